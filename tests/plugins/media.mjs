// A test-runner command that emulates media features @web/test-runner-commands' emulateMedia cannot
// reach through Puppeteer, notably forced colours (Windows high contrast):
//   executeServerCommand('media-features', { 'prefers-color-scheme': 'dark', 'forced-colors': 'active' })
// Each call replaces the previous emulation; an empty object ends it.
export function mediaFeaturesPlugin() {
  // Chromium drops a session's emulation when the session ends, so each page keeps its own open.
  const sessions = new WeakMap();
  return {
    name: 'media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'media-features') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const features = Object.entries(payload).map(([name, value]) => ({ name, value }));
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features });
      return true;
    },
  };
}

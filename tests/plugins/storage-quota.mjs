// A test-runner command that gives the test page's origin a real, smaller storage quota, as a phone
// that is nearly full would (Chromium's DevTools protocol; the quota manager then refuses writes):
//   executeServerCommand('storage-quota', { bytes: 200_000 })   a quota of 200 kB
//   executeServerCommand('storage-quota', {})                   the browser's own quota again
export function storageQuotaPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'storage-quota',
    async executeCommand({ command, payload, session }) {
      if (command !== 'storage-quota') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const origin = new URL(page.url()).origin;
      await sessions
        .get(page)
        .send('Storage.overrideQuotaForOrigin', { origin, ...(payload.bytes ? { quotaSize: payload.bytes } : {}) });
      return true;
    },
  };
}

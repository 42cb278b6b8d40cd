// A test-runner command that sets what the browser's real geolocation answers for the test page:
//   executeServerCommand('geolocation', { lat, lng })   the visitor allows it and is there
//   executeServerCommand('geolocation', { denied: true }) the visitor refuses
export function geolocationPlugin() {
  return {
    name: 'geolocation',
    async executeCommand({ command, payload, session }) {
      if (command !== 'geolocation') return undefined;
      const page = session.browser.getPage(session.id);
      const origin = new URL(page.url()).origin;
      // Granting a list of permissions refuses every other one, so an empty list refuses geolocation.
      await page.browserContext().overridePermissions(origin, payload.denied ? [] : ['geolocation']);
      if (!payload.denied) await page.setGeolocation({ latitude: payload.lat, longitude: payload.lng });
      return true;
    },
  };
}

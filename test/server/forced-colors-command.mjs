/**
 * A test-runner command `forced-colors` ({ active: boolean }): emulates Windows high-contrast
 * mode (`forced-colors: active`) in Chromium through the DevTools protocol. The runner's own
 * `emulateMedia` offers `forcedColors` only for Playwright, and Puppeteer refuses the feature.
 * The DevTools session stays open: its emulation ends with it.
 */
export function forcedColorsCommand() {
  const sessions = new WeakMap();
  return {
    name: 'forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}

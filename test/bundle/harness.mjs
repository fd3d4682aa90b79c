// What the bundle tests share: the repository (or a folder) on 127.0.0.1 with a few extra
// pages, and headless Chromium to load them in.
import puppeteer from 'puppeteer-core';
import { serveFolder } from '../../bench/serve.mjs';
import { BROWSER_ARGS, findBrowser } from '../../scripts/browser-path.mjs';

/**
 * Serves `root`; `page(pathname)` answers a request itself with `{ html, headers, status }`, or
 * with undefined for a file of `root`. Resolves to the origin, the browser, the server (a test may
 * stop it to take the network away) and `close()`.
 */
export async function bundleHarness(root, page, { args = [] } = {}) {
  const server = await serveFolder(root, (name, res) => {
    const answer = page(name);
    if (!answer) return false;
    res.writeHead(answer.status ?? 200, {
      'content-type': 'text/html; charset=utf-8',
      ...answer.headers,
    });
    res.end(answer.html);
    return true;
  });
  const browser = await puppeteer.launch({
    executablePath: findBrowser(),
    args: [...BROWSER_ARGS, ...args],
  });
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    browser,
    server,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

// The drop-in loader starts a widget's feed beside the widget's code, not after it
// (src/feed/prefetch.ts), and the widget then uses that answer: over a slow network the feed
// request goes out before the widget's chunk has arrived, and the feed is fetched once.
// Run by `npm run test:bundle` in `npm test`, after the build.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { serveFolder } from '../../bench/serve.mjs';
import { BROWSER_ARGS, findBrowser } from '../../scripts/browser-path.mjs';

const FEED = '/test/fixtures/events-basic.json';
const PAGE = `<!doctype html><html lang="de"><meta charset="utf-8"><body>
<sonnec-events src="${FEED}" now="2026-12-04T18:00"></sonnec-events>
<script type="module" src="/dist/sonnec.js"></script>`;

let server;
let browser;
let origin;

before(async () => {
  server = await serveFolder('.', (name, res) => {
    if (name !== '/prefetch-page') return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    return true;
  });
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

describe('the drop-in loader prefetches the feed', () => {
  it('requests the feed before the widget chunk arrives, and only once', async () => {
    const page = await browser.newPage();
    try {
      // Each response a round trip of 100 ms: the order of requests then shows what waits.
      const cdp = await page.createCDPSession();
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 100,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
      const log = [];
      page.on('request', (r) => log.push(['request', new URL(r.url()).pathname]));
      page.on('requestfinished', (r) => log.push(['finished', new URL(r.url()).pathname]));
      await page.goto(`${origin}/prefetch-page`);
      await page.waitForFunction(() => document.querySelector('sonnec-events')?.state === 'ready', {
        timeout: 10_000,
      });
      const feedRequests = log.filter(([what, path]) => what === 'request' && path === FEED);
      assert.equal(feedRequests.length, 1, 'the feed is fetched once');
      const feedAsked = log.findIndex(([what, path]) => what === 'request' && path === FEED);
      const chunkArrived = log.findIndex(
        ([what, path]) => what === 'finished' && /\/sonnec-events-[\w-]+\.js$/.test(path),
      );
      assert.ok(chunkArrived >= 0, 'the events chunk loaded');
      assert.ok(
        feedAsked < chunkArrived,
        `the feed waited for the widget's code: ${JSON.stringify(log)}`,
      );
    } finally {
      await page.close();
    }
  });
});

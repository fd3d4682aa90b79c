// The kiosk's opt-in offline shell (dist/sonnec-kiosk-sw.js, registered by the kiosk page as
// demo/kiosk.html does): a kiosk that restarts while the network is down still comes up, with
// the page, our script and its chunks, and the last feed of each of its two sources.
// Run by `npm run test:bundle` in `npm test`, after the build.
/* global navigator, localStorage -- inside the page (tab.evaluate) */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { bundleHarness } from './harness.mjs';

const SRC = '/test/fixtures/feed-good.json /test/fixtures/news-basic.json';
const KIOSK = `<!doctype html><html lang="de"><head><meta charset="utf-8">
<title>Kiosk</title><script type="module" src="/dist/sonnec.js"></script>
<script type="module">
  navigator.serviceWorker?.register('/dist/sonnec-kiosk-sw.js', { scope: '/' });
</script></head>
<body><main><h1>Kiosk</h1>
<sonnec-kiosk src="${SRC}" views="place,news" rotate="600"><p>Die Anzeige lädt …</p></sonnec-kiosk>
</main></body></html>`;

let harness;
let port;

before(async () => {
  harness = await bundleHarness('.', (name) => {
    if (name === '/kiosk.html') return { html: KIOSK };
    if (name === '/plain.html')
      return { html: KIOSK.replace(/<script type="module">[^]*?<\/script>/, '') };
    if (name === '/dist/sonnec-kiosk-sw.js') {
      return {
        html: readFileSync('dist/sonnec-kiosk-sw.js'),
        // The worker lives in dist/ and serves the page above it (as the demo server says too).
        headers: { 'content-type': 'text/javascript', 'service-worker-allowed': '/' },
      };
    }
    return undefined;
  });
  port = harness.server.address().port;
});

after(() => harness?.close());

/** The network goes away: no connection to the server is possible any more. */
function networkDown() {
  return new Promise((resolve) => {
    harness.server.close(resolve);
    harness.server.closeAllConnections();
  });
}

function networkUp() {
  return new Promise((resolve) => harness.server.listen(port, '127.0.0.1', resolve));
}

/** What the kiosk shows: the place of the day, the news, and the "Stand: …" note. */
async function shown(tab) {
  await tab.waitForFunction(
    () => {
      const kiosk = document.querySelector('sonnec-kiosk');
      const news = kiosk?.shadowRoot?.querySelector('sonnec-news');
      return kiosk?.state === 'ready' && news?.state === 'ready';
    },
    { timeout: 15_000 },
  );
  return tab.evaluate(() => {
    const root = document.querySelector('sonnec-kiosk').shadowRoot;
    const news = root.querySelector('sonnec-news').shadowRoot;
    return {
      place: root.querySelector('[part="place"]').textContent.replace(/\s+/g, ' '),
      news: news.textContent.replace(/\s+/g, ' '),
      stale: root.querySelector('[part="place"] [part="stale"]')?.textContent.trim() ?? '',
    };
  });
}

describe('kiosk offline shell', () => {
  it('comes up again with the network down, from the worker and the last feeds', async () => {
    const tab = await harness.browser.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(`${harness.origin}/kiosk.html`);
    const online = await shown(tab);
    assert.match(online.place, /Museum der Deutschen Spielzeugindustrie/);
    assert.match(online.news, /Neues Bürgerbüro im Rathaus Sonneberg/);
    assert.equal(online.stale, '');
    await tab.waitForFunction(() => navigator.serviceWorker.controller !== null, {
      timeout: 15_000,
    });

    // A restart with the network down, right after the first visit: the page and the script
    // from the worker, each source's feed from the copy the kiosk kept.
    await networkDown();
    await tab.reload();
    const first = await shown(tab);
    assert.match(first.place, /Museum der Deutschen Spielzeugindustrie/);
    assert.match(first.news, /Neues Bürgerbüro im Rathaus Sonneberg/);
    assert.match(first.stale, /^Stand: \d\d\.\d\d\.\d{4}, \d\d:\d\d$/);

    // Online again: the feeds go through the worker, which keeps them too. With the kiosk's
    // own copies gone, a restart offline shows the worker's copies, still marked as old.
    await networkUp();
    await tab.reload();
    const again = await shown(tab);
    assert.equal(again.stale, '');
    await tab.evaluate(() => localStorage.clear());
    await networkDown();
    await tab.reload();
    const fromWorker = await shown(tab);
    assert.match(fromWorker.place, /Museum der Deutschen Spielzeugindustrie/);
    assert.match(fromWorker.news, /Neues Bürgerbüro im Rathaus Sonneberg/);
    assert.match(fromWorker.stale, /^Stand: /);
    assert.equal(await tab.evaluate(() => localStorage.length), 0);
    assert.deepEqual(errors, []);
    await networkUp();
    await tab.close();
  });

  it('a kiosk page that does not register it has none: the widgets never register one', async () => {
    const context = await harness.browser.createBrowserContext();
    try {
      const tab = await context.newPage();
      await tab.goto(`${harness.origin}/plain.html`);
      await shown(tab);
      assert.equal(
        await tab.evaluate(() => navigator.serviceWorker.getRegistrations()).then((r) => r.length),
        0,
      );
    } finally {
      await context.close();
    }
  });
});

// The drop-in loader starts what a widget needs beside the widget's code, not after it: its
// feed (src/feed/prefetch.ts; the widget then uses that answer, so the feed is fetched once),
// and with `filters` the filter bar (src/define/*-filters.ts), with an events `layout` of
// cards or compact that layout (src/define/sonnec-events-*.ts); a map in view loads its Leaflet
// side with the widget (define/sonnec-map-drawn.ts). Over a slow network these requests go out
// together, not one round trip after another.
// Run by `npm run test:bundle` in `npm test`, after the build.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { bundleHarness } from './harness.mjs';

const FEED = '/test/fixtures/events-basic.json';
const PAGES = {
  '/plain': `<sonnec-events src="${FEED}" now="2026-12-04T18:00"></sonnec-events>`,
  '/filters': `<sonnec-events src="${FEED}" now="2026-12-04T18:00" filters></sonnec-events>`,
  '/cards': `<sonnec-events src="${FEED}" now="2026-12-04T18:00" layout="cards"></sonnec-events>`,
  '/compact': `<sonnec-events src="${FEED}" now="2026-12-04T18:00" layout="compact" filters></sonnec-events>`,
  '/map': '<sonnec-map src="/test/fixtures/map-feed.json"></sonnec-map>',
  '/map-below':
    '<div style="height:4000px"></div><sonnec-map src="/test/fixtures/map-feed.json"></sonnec-map>',
  '/map-list': '<sonnec-map src="/test/fixtures/map-feed.json" view="list"></sonnec-map>',
  '/history':
    '<sonnec-news src="/test/fixtures/news-basic.json" layout="timeline" filters></sonnec-news>',
};
const page = (body) => `<!doctype html><html lang="de"><meta charset="utf-8"><body>${body}
<script type="module" src="/dist/sonnec.js"></script>`;

let harness;

before(async () => {
  harness = await bundleHarness('.', (name) =>
    name in PAGES ? { html: page(PAGES[name]) } : undefined,
  );
});

after(() => harness?.close());

/**
 * Loads `path` with each response a round trip of 100 ms away (the order of requests then
 * shows what waits for what) until the widget is ready; the log of requests and arrivals.
 */
async function requestLog(path, tag = 'sonnec-events', drawn = false) {
  const tab = await harness.browser.newPage();
  try {
    const cdp = await tab.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 100,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    const log = [];
    tab.on('request', (r) => log.push(['request', new URL(r.url()).pathname]));
    tab.on('requestfinished', (r) => log.push(['finished', new URL(r.url()).pathname]));
    await tab.goto(`${harness.origin}${path}`);
    await tab.waitForFunction(
      (name, map) => {
        const el = document.querySelector(name);
        return map ? el?.mapState === 'ready' : ['ready', 'empty'].includes(el?.state);
      },
      { timeout: 10_000 },
      tag,
      drawn,
    );
    return log;
  } finally {
    await tab.close();
  }
}

const at = (log, what, pattern) =>
  log.findIndex(
    ([w, path]) =>
      w === what && (typeof pattern === 'string' ? path === pattern : pattern.test(path)),
  );
// The events widget's code: a prebuilt set (src/loader/widget-sets.ts) for these pages, else
// rollup's chunk (the module's name and an 8-character hash).
const WIDGET_CHUNK = /\/(chunks\/sonnec-events-[\w-]{6}|sets\/events[\w-]*)\.js$/;

/**
 * Code the page's settings do not decide: the series expander (events-series with the RRULE
 * code), which the feed asks for once it is parsed (the demo feed has series), and the holiday
 * tables, which content does not wait for.
 */
/** The map's Leaflet side: its chunk, or the second file of a prebuilt map set. */
const LEAFLET_SIDE = /\/(chunks\/sonnec-map-drawn-[\w-]{6}|sets\/map_map-drawn\.leaflet)\.js$/;
const FEED_DRIVEN = /\/chunks\/(events-series|recurrence|(event-)?holidays)-[\w-]{6}\.js$/;

/** The requests for code made after the widget's own chunk arrived (each a round trip more). */
function lateCode(log, widgetChunk) {
  const arrived = at(log, 'finished', widgetChunk);
  assert.ok(arrived >= 0, 'the widget chunk loaded');
  return log
    .slice(arrived)
    .filter(([w, path]) => w === 'request' && /\.js$/.test(path) && !FEED_DRIVEN.test(path));
}

describe("the drop-in loader's head start", () => {
  it('requests the feed before the widget chunk arrives, and only once', async () => {
    const log = await requestLog('/plain');
    const feedRequests = log.filter(([what, path]) => what === 'request' && path === FEED);
    assert.equal(feedRequests.length, 1, 'the feed is fetched once');
    const chunkArrived = at(log, 'finished', WIDGET_CHUNK);
    assert.ok(chunkArrived >= 0, 'the events chunk loaded');
    assert.ok(
      at(log, 'request', FEED) < chunkArrived,
      `the feed waited for the widget's code: ${JSON.stringify(log)}`,
    );
    assert.equal(at(log, 'request', /filter/), -1, 'a plain list loads no filter bar');
  });

  it('with `filters`, requests all its code with the widget, the filter bar included', async () => {
    const log = await requestLog('/filters');
    assert.deepEqual(lateCode(log, WIDGET_CHUNK), []);
    assert.ok(at(log, 'request', /filters/) >= 0, 'the filter bar loaded');
  });

  for (const layout of ['cards', 'compact']) {
    it(`layout="${layout}": its layout comes with the widget, the other layout not at all`, async () => {
      const log = await requestLog(`/${layout}`);
      assert.deepEqual(lateCode(log, WIDGET_CHUNK), []);
      const other = layout === 'cards' ? 'compact' : 'cards';
      // Its chunk, or the prebuilt set with it (sets/events_events-cards.js).
      assert.ok(at(log, 'request', new RegExp(`events-${layout}[-.]`)) >= 0, 'loaded');
      assert.equal(at(log, 'request', new RegExp(`events-${other}[-.]`)), -1, 'not loaded');
    });
  }

  it('a plain list loads neither the cards nor the compact layout', async () => {
    const log = await requestLog('/plain');
    assert.equal(at(log, 'request', /events-(cards|compact)[-.]/), -1, JSON.stringify(log));
  });

  it('a news timeline with filters: its code with the widget, the timeline included', async () => {
    const log = await requestLog('/history', 'sonnec-news');
    assert.deepEqual(lateCode(log, /\/sonnec-news-[\w-]{6}\.js$/), []);
    assert.ok(at(log, 'request', /timeline/) >= 0, 'the timeline loaded');
  });

  it('a map in view: Leaflet, its plugin, CSS and the region come with the widget, not after it', async () => {
    const log = await requestLog('/map', 'sonnec-map', true);
    // The prebuilt set of a map drawn at once, or else the widget's chunk.
    const widget = /\/(chunks\/sonnec-map-[\w-]{6}|sets\/map_map-drawn)\.js$/;
    const late = lateCode(log, widget).map(([, path]) => path);
    assert.deepEqual(late, [], `requested after the widget's code: ${late.join(', ')}`);
    assert.ok(at(log, 'request', LEAFLET_SIDE) >= 0, "the map's Leaflet side loaded");
  });

  for (const [path, where] of [
    ['/map-below', 'far below the fold'],
    ['/map-list', 'that starts as a list'],
  ]) {
    it(`a map ${where} loads no Leaflet with the widget`, async () => {
      const log = await requestLog(path, 'sonnec-map');
      assert.equal(at(log, 'request', LEAFLET_SIDE), -1, JSON.stringify(log));
    });
  }
});

// The drop-in loader's prebuilt sets (src/loader/widget-sets.ts): a page whose widgets a set holds
// loads that one file and no chunk of the widgets; a widget added later still loads (from the
// chunks) and shares the feed; a missing set falls back to the chunks; other pages use the chunks.
// Run by `npm run test:bundle` in `npm test`, after the build.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { bundleHarness } from './harness.mjs';

const FEED = '/test/fixtures/map-feed.json';
const NOW = 'now="2026-12-04T10:00"';
const PAGES = {
  '/events': `<sonnec-events src="${FEED}" ${NOW}></sonnec-events>`,
  // In another order on the page than in the set's name.
  '/home': `<sonnec-news src="/test/fixtures/news-basic.json" ${NOW}></sonnec-news>
    <sonnec-events src="${FEED}" ${NOW}></sonnec-events>
    <sonnec-downloads src="${FEED}"></sonnec-downloads>`,
  '/events-news': `<sonnec-events src="${FEED}" ${NOW}></sonnec-events>
    <sonnec-news src="/test/fixtures/news-basic.json" ${NOW}></sonnec-news>`,
  // A town's page: no set holds exactly its modules; the all_ set of its widgets does.
  '/town': `<sonnec-events src="${FEED}" ${NOW} filters></sonnec-events>
    <sonnec-news src="/test/fixtures/news-basic.json" ${NOW} layout="cards" filters></sonnec-news>
    <sonnec-downloads src="${FEED}" filters></sonnec-downloads>
    <sonnec-events src="${FEED}" ${NOW} layout="compact"></sonnec-events>`,
  // One widget that no exact set holds: not a set with widgets the page does not show.
  '/history': `<sonnec-news src="/test/fixtures/news-basic.json" ${NOW} layout="timeline" filters></sonnec-news>`,
};
const page = (body, script = '/dist/sonnec.js') =>
  `<!doctype html><html lang="de"><meta charset="utf-8"><body>${body}
<script type="module" src="${script}"></script>`;

let harness;

before(async () => {
  harness = await bundleHarness('.', (name) => {
    if (name in PAGES) return { html: page(PAGES[name]) };
    // The same page where the webmaster did not upload sets/.
    if (name === '/events-without-sets') return { html: page(PAGES['/events'], '/copy/sonnec.js') };
    if (name.startsWith('/copy/sets/')) return { status: 404, html: 'not found' };
    if (name.startsWith('/copy/')) {
      const js = readFileSync(path.join('dist', name.slice('/copy/'.length)), 'utf8');
      return { html: js, headers: { 'content-type': 'text/javascript; charset=utf-8' } };
    }
    return undefined;
  });
});

after(() => harness?.close());

/** Opens `path`, runs `then` in the page once every widget in it is ready; the requests made. */
async function open(path, then) {
  const tab = await harness.browser.newPage();
  const requests = [];
  const warnings = [];
  tab.on('request', (r) => requests.push(new URL(r.url()).pathname));
  tab.on('console', (m) => m.type() === 'warn' && warnings.push(m.text()));
  try {
    await tab.goto(`${harness.origin}${path}`);
    const ready = () =>
      [...document.querySelectorAll('sonnec-events, sonnec-news, sonnec-map')].every((el) =>
        ['ready', 'empty'].includes(el.state),
      );
    await tab.waitForFunction(ready, { timeout: 10_000 });
    const result = then ? await then(tab, ready) : undefined;
    const items = await tab.evaluate(() =>
      [...document.querySelectorAll('sonnec-events, sonnec-news, sonnec-map')].map(
        (el) => el.shadowRoot.querySelectorAll('[part~="item"]').length,
      ),
    );
    return { requests, warnings, items, result };
  } finally {
    await tab.close();
  }
}

const code = (requests) => requests.filter((p) => p.endsWith('.js'));

describe('prebuilt widget sets', () => {
  it('an events page loads one set file beside the loader, and the feed once', async () => {
    const { requests, items } = await open('/events');
    // Code the feed asks for (it has series): the series expander and the holiday tables.
    const scripts = code(requests).filter(
      (p) => !/\/chunks\/(events-series|recurrence|(event-)?holidays)-/.test(p),
    );
    assert.deepEqual(scripts, ['/dist/sonnec.js', '/dist/sets/events.js']);
    assert.equal(requests.filter((p) => p === FEED).length, 1);
    assert.ok(items[0] > 0, 'events are listed');
  });

  it('a home page with news, events and downloads loads their one set file', async () => {
    const { requests, items } = await open('/home');
    assert.ok(requests.includes('/dist/sets/downloads_events_news.js'), requests.join(' '));
    assert.ok(!requests.some((p) => p.includes('/chunks/core-')), requests.join(' '));
    assert.ok(items[0] > 0 && items[1] > 0, `${items}`);
  });

  it("a town's page of events, news and downloads, with filters and layouts, loads one set file", async () => {
    const { requests, items } = await open('/town');
    assert.ok(requests.includes('/dist/sets/all_downloads_events_news.js'), requests.join(' '));
    assert.ok(!requests.some((p) => p.includes('/chunks/core-')), requests.join(' '));
    assert.ok(
      !requests.some((p) => /\/chunks\/(sonnec-|filter-bar|events-filters)/.test(p)),
      requests.join(' '),
    );
    assert.ok(items.length === 3 && items.every((n) => n > 0), `${items}`);
  });

  it('a page of one widget that no set holds exactly loads from the chunks, not a larger set', async () => {
    const { requests, items } = await open('/history');
    assert.ok(!requests.some((p) => p.includes('/sets/')), requests.join(' '));
    assert.ok(items[0] > 0, `${items}`);
  });

  it('a widget added later loads from the chunks and shares the feed', async () => {
    const { requests, items } = await open('/events', async (tab, ready) => {
      await tab.evaluate((feed) => {
        const map = document.createElement('sonnec-map');
        map.setAttribute('src', feed);
        map.setAttribute('view', 'list');
        document.body.append(map);
      }, FEED);
      await tab.waitForFunction(ready, { timeout: 10_000 });
    });
    assert.ok(code(requests).some((p) => /\/chunks\/sonnec-map-[\w-]{6}\.js$/.test(p)));
    assert.equal(requests.filter((p) => p === FEED).length, 1, 'one request for the feed');
    assert.ok(items[0] > 0 && items[1] > 0, `both widgets list items: ${items}`);
  });

  it('without sets/ on the server, the widgets load from the chunks', async () => {
    // /copy/ serves the same build except sets/.
    const { requests, items } = await open('/events-without-sets');
    assert.ok(requests.includes('/copy/sets/events.js'), 'the set was tried');
    assert.ok(code(requests).some((p) => /\/copy\/chunks\/sonnec-events-[\w-]{6}\.js$/.test(p)));
    assert.ok(items[0] > 0, 'events are listed');
  });

  it('a page no set holds loads the widgets from the chunks', async () => {
    const { requests, items } = await open('/events-news');
    assert.ok(!requests.some((p) => p.includes('/sets/')), requests.join(' '));
    assert.ok(
      items.every((n) => n > 0),
      `${items}`,
    );
  });
});

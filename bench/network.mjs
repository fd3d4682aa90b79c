/* global performance, PointerEvent -- in functions that run in the page */
// `npm run bench:network`: the drop-in bundle over a slow mobile network, as a visitor on a
// phone gets it. Not a test: it prints a table and writes the "Over a slow network" section of
// bench/RESULTS.md. The other benchmarks start with the feed fetched; here every byte and every
// round trip counts: the script, its chunks one after another where they wait for each other,
// the feed, the lazy parts. Headless Chromium emulates the network (Chrome DevTools' "Fast 3G":
// 150 ms latency, 1.6 Mbit/s down), the cache is off, the feed is the bundled sample feed
// (compact, as published), and the server compresses (gzip) as a web server would.
//
//   npm run bench:network [-- --runs 7]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { BROWSER_ARGS, findBrowser } from '../scripts/browser-path.mjs';
import { buildDropIn } from './bundle.mjs';
import { writeSection } from './results-section.mjs';
import { serveFolder } from './serve.mjs';
import { stats } from './stats.mjs';

const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : 7;
const NETWORK = { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
const NOW = '2026-12-04T18:00';

/** Each case: a page, and what "done" means in it. */
const CASES = [
  {
    name: 'events, first content',
    body: `<sonnec-events src="/feed.json" now="${NOW}"></sonnec-events>`,
    done: () => document.querySelector('sonnec-events')?.state === 'ready',
  },
  {
    name: 'events, first content, feed of events only (--only events)',
    body: `<sonnec-events src="/feed-events.json" now="${NOW}"></sonnec-events>`,
    done: () => document.querySelector('sonnec-events')?.state === 'ready',
  },
  {
    name: 'events with filters, first content',
    body: `<sonnec-events src="/feed.json" now="${NOW}" filters></sonnec-events>`,
    done: () => document.querySelector('sonnec-events')?.state === 'ready',
  },
  {
    name: 'city page: events with filters, sync-url and structured-data',
    body: `<sonnec-events src="/feed.json" now="${NOW}" filters sync-url structured-data></sonnec-events>`,
    done: () => document.querySelector('sonnec-events')?.state === 'ready',
  },
  {
    name: 'events + news + downloads, all shown',
    body:
      `<sonnec-events src="/feed.json" now="${NOW}"></sonnec-events>` +
      '<sonnec-news src="/feed.json"></sonnec-news>' +
      '<sonnec-downloads src="/feed.json"></sonnec-downloads>',
    done: () =>
      ['sonnec-events', 'sonnec-news', 'sonnec-downloads'].every(
        (tag) => document.querySelector(tag)?.state === 'ready',
      ),
  },
  {
    name: 'town page: events with filters and compact, news cards and downloads with filters',
    body:
      `<sonnec-events src="/feed.json" now="${NOW}" filters></sonnec-events>` +
      '<sonnec-news src="/feed.json" layout="cards" filters></sonnec-news>' +
      '<sonnec-downloads src="/feed.json" filters></sonnec-downloads>' +
      `<sonnec-events src="/feed.json" now="${NOW}" layout="compact"></sonnec-events>`,
    done: () =>
      [...document.querySelectorAll('sonnec-events, sonnec-news, sonnec-downloads')].every(
        (el) => el.state === 'ready',
      ),
  },
  {
    name: 'history page: news timeline with filters, first content',
    body: '<sonnec-news src="/feed.json" layout="timeline" category="Geschichte" filters></sonnec-news>',
    done: () => document.querySelector('sonnec-news')?.state === 'ready',
  },
  {
    name: 'map, drawn (Leaflet, markers)',
    body: '<sonnec-map src="/feed.json"></sonnec-map>',
    done: () => document.querySelector('sonnec-map')?.mapState === 'ready',
  },
  {
    name: 'event dialog, from the click to open',
    body: `<sonnec-events src="/feed.json" now="${NOW}"></sonnec-events>`,
    done: () => document.querySelector('sonnec-events')?.state === 'ready',
    // Timed from the click on the first title to the open dialog (its code loads on the click).
    after: (page) => openDialog(page, 0),
  },
  {
    name: 'event dialog, a tap: pointing 100 ms before the click',
    body: `<sonnec-events src="/feed.json" now="${NOW}"></sonnec-events>`,
    done: () => document.querySelector('sonnec-events')?.state === 'ready',
    // A finger touches the title about 0.1 s before the click fires; a mouse hovers longer.
    after: (page) => openDialog(page, 100),
  },
];

/** Points at the first title, clicks it `pointing` ms later; the time from click to open. */
async function openDialog(page, pointing) {
  if (pointing > 0) {
    await page.evaluate(() =>
      document
        .querySelector('sonnec-events')
        .shadowRoot.querySelector('button[part~="title"]')
        .dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true })),
    );
    await new Promise((resolve) => setTimeout(resolve, pointing));
  }
  const start = await page.evaluate(() => {
    const el = document.querySelector('sonnec-events');
    el.shadowRoot.querySelector('button[part~="title"]').click();
    return performance.now();
  });
  await page.waitForFunction(
    () => document.querySelector('sonnec-events').shadowRoot.querySelector('dialog')?.open,
    { polling: 5, timeout: 60_000 },
  );
  return page.evaluate((t) => performance.now() - t, start);
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'sonnec-network-'));
const log = (...parts) => console.error('·', ...parts);

/** The bundle, the sample feed and one page per case, in the temp folder. */
function build() {
  buildDropIn(path.join(tmp, 'dist'));
  // The sample feed as `sonnec-feed build` publishes it: compact; and with `--only events`.
  const feed = JSON.parse(readFileSync('demo/feeds/sonnec.json', 'utf8'));
  writeFileSync(path.join(tmp, 'feed.json'), JSON.stringify(feed));
  const eventsOnly = { ...feed, news: [], places: [], downloads: [] };
  writeFileSync(path.join(tmp, 'feed-events.json'), JSON.stringify(eventsOnly));
  CASES.forEach((c, i) =>
    writeFileSync(
      path.join(tmp, `case-${i}.html`),
      `<!doctype html><html lang="de"><meta charset="utf-8"><body>${c.body}` +
        '<script type="module" src="/dist/sonnec.js"></script>',
    ),
  );
}

async function measure(browser, origin, c, index) {
  const page = await browser.newPage();
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...NETWORK });
    let requests = 0;
    page.on('request', () => requests++);
    const start = Date.now();
    await page.goto(`${origin}/case-${index}.html`);
    await page.waitForFunction(c.done, { polling: 5, timeout: 60_000 });
    const ms = c.after ? await c.after(page) : Date.now() - start;
    return { ms, requests };
  } finally {
    await page.close();
  }
}

async function main() {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('No Chromium or Chrome found (set CHROME_PATH).');
  log('building the drop-in bundle in', tmp);
  build();
  const server = await serveFolder(tmp, undefined, { gzip: true });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath, args: BROWSER_ARGS, headless: true });
  const rows = [];
  try {
    for (const [index, c] of CASES.entries()) {
      const results = [];
      for (let i = 0; i < RUNS; i++) results.push(await measure(browser, origin, c, index));
      const time = stats(results.map((r) => r.ms));
      rows.push({ name: c.name, ...time, requests: stats(results.map((r) => r.requests)).median });
      log(c.name, `${Math.round(time.median)} ms`);
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  const ms = (x) => `${Math.round(x)} ms`;
  const table = [
    '| Case | Median (min–max) | Requests |',
    '| --- | --- | --- |',
    ...rows.map(
      (r) => `| ${r.name} | ${ms(r.median)} (${ms(r.min)}–${ms(r.max)}) | ${r.requests} |`,
    ),
  ].join('\n');
  console.log(table);
  writeSection(
    'network',
    [
      '## Over a slow network',
      '',
      'Written by `npm run bench:network` (bench/network.mjs): the drop-in bundle and the sample',
      'feed (compact as `sonnec-feed build` writes it: 173 kB, 21 kB gzip; events only: 14 kB',
      'gzip), served with gzip, in headless Chromium over an emulated network',
      `(latency ${NETWORK.latency} ms, 1.6 Mbit/s down, 750 kbit/s up, cache off), ${RUNS} runs a`,
      'case, from navigation to content (the dialog: from the click). Requests: the page, the',
      'script, its chunks, the feed and the pictures shown (the dialog: its total).',
      '',
      `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      '',
      table,
    ].join('\n'),
  );
  console.log('\nWritten to bench/RESULTS.md ("Over a slow network")');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

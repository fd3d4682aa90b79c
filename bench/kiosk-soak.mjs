// `npm run bench:kiosk`: soak test of <sonnec-kiosk>. Not a test: it prints a table and writes
// the "Kiosk soak" section of bench/RESULTS.md. Like bench/run.mjs it bundles its page with
// esbuild into a temp folder, serves it on 127.0.0.1 and drives headless Chromium with
// puppeteer-core. The kiosk runs on a fake clock: hundreds of rotations (20 s each), refreshes
// (every fifth one fails: the last good copy shows) and visitors (an event dialog, an article,
// the map list, then the idle reset) take a minute instead of days.
//
//   npm run bench:kiosk [-- --rotations 600]
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { findBrowser } from '../scripts/browser-path.mjs';
import { bundleBenchPages } from './bundle.mjs';
import { writeSection } from './results-section.mjs';
import { serveFolder } from './serve.mjs';

const args = process.argv.slice(2);
const rotationsArg = args.indexOf('--rotations');
const ROTATIONS = rotationsArg >= 0 ? Number(args[rotationsArg + 1]) : 600;
const REFRESH_EVERY = 3; // rotations between refreshes (a refresh every minute of kiosk time)
const VISIT_EVERY = 10; // rotations between visitors
const FAIL_EVERY = 5; // every fifth feed request fails
const CHECKPOINTS = 4;

const tmp = mkdtempSync(path.join(os.tmpdir(), 'sonnec-kiosk-soak-'));
const log = (...parts) => console.error('·', ...parts);

async function bundle() {
  await bundleBenchPages({ 'kiosk-soak': 'bench/pages/kiosk-soak.ts' }, tmp, {
    splitting: true,
    head: '<style>html,body{margin:0;height:100%;overflow:hidden}</style>',
  });
  copyFileSync('demo/feeds/sonnec.json', path.join(tmp, 'feed.json'));
}

let feedRequests = 0;
let feedFailures = 0;

function serve() {
  return serveFolder(tmp, (name, res) => {
    if (name !== '/feed') return false;
    // The feed, without an extension (never cached); every FAIL_EVERY-th request fails.
    feedRequests++;
    if (feedRequests > 1 && feedRequests % FAIL_EVERY === 0) {
      feedFailures++;
      res.writeHead(503, { 'cache-control': 'no-store' }).end('down');
      return true;
    }
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(readFileSync(path.join(tmp, 'feed.json')));
    return true;
  });
}

async function measure(page, cdp) {
  await page.evaluate(() => {
    window.gc();
    window.gc();
  });
  const { JSHeapUsedSize } = await page.metrics();
  const counters = await cdp.send('Memory.getDOMCounters');
  const info = await page.evaluate(() => window.soak.info());
  return {
    heap: JSHeapUsedSize,
    nodes: counters.nodes,
    listeners: counters.jsEventListeners,
    ...info,
  };
}

const MB = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
const signed = (n, unit = '') => `${n >= 0 ? '+' : ''}${n}${unit}`;

function table(rows) {
  const head =
    '| After | Rotations | Refreshes (failed) | Visitors / resets | JS heap | DOM nodes | JS listeners |';
  const sep = '| --- | ---: | ---: | ---: | ---: | ---: | ---: |';
  return [
    head,
    sep,
    ...rows.map(
      (r) =>
        `| ${r.label} | ${r.rotations} | ${r.refreshes} (${r.failed}) | ${r.visits} | ${MB(r.heap)} | ${r.nodes} | ${r.listeners} |`,
    ),
  ].join('\n');
}

async function main() {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('No Chromium or Chrome found (set CHROME_PATH).');
  log('bundling the soak page in', tmp);
  await bundle();
  const server = await serve();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--headless=new',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-renderer-backgrounding',
      '--disable-background-timer-throttling',
      '--js-flags=--expose-gc',
    ],
  });
  const started = Date.now();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1080, height: 1920 });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (req) => {
      if (!req.url().startsWith(origin)) errors.push(`third-party request: ${req.url()}`);
    });
    const cdp = await page.createCDPSession();
    await page.goto(`${origin}/kiosk-soak.html`);
    await page.waitForFunction('window.soak');
    await page.evaluate((src) => window.soak.start(src), `${origin}/feed`);
    // Warm-up: one full round of every view, a refresh and a visitor, so that every lazy module
    // (Leaflet, the dialog, the QR library) is loaded before the first measurement.
    await page.evaluate((r, v) => window.soak.run(10, r, v), REFRESH_EVERY, VISIT_EVERY);
    const rows = [];
    const base = await measure(page, cdp);
    const counts = await page.evaluate(() => window.soak.run(0, 1, 1));
    rows.push({ label: 'warm-up', ...counts, failed: feedFailures, ...base });
    log('warm-up', MB(base.heap), base.nodes, 'nodes');
    const step = Math.ceil(ROTATIONS / CHECKPOINTS);
    for (let done = 0; done < ROTATIONS; done += step) {
      const c = await page.evaluate(
        (n, r, v) => window.soak.run(n, r, v),
        Math.min(step, ROTATIONS - done),
        REFRESH_EVERY,
        VISIT_EVERY,
      );
      const m = await measure(page, cdp);
      rows.push({ label: `${c.rotations} rotations`, ...c, failed: feedFailures, ...m });
      log(`${c.rotations} rotations`, MB(m.heap), m.nodes, 'nodes', m.listeners, 'listeners');
    }
    const last = rows.at(-1);
    const first = rows[0];
    const kioskHours = ((last.rotations * 20 + last.visits * 80) / 3600).toFixed(1);
    const heapDelta = last.heap - first.heap;
    const summary = [
      `Heap after − warm-up: ${signed(((heapDelta / 1e6) * 1000).toFixed(0) / 1000, ' MB')} ` +
        `(${signed(((heapDelta / first.heap) * 100).toFixed(1), ' %')}); DOM nodes ` +
        `${signed(last.nodes - first.nodes)}; JS listeners ${signed(last.listeners - first.listeners)}.`,
      `Kiosk time simulated: about ${kioskHours} h (20 s per view, visitors of 80 s); ` +
        `wall time ${((Date.now() - started) / 1000).toFixed(0)} s.`,
      `Feed requests: ${feedRequests}, of which ${feedFailures} failed (503) and showed the last ` +
        `good copy; pending kiosk timers at the end: ${last.timers}; page errors: ${errors.length}.`,
    ];
    const section = [
      '## Kiosk soak',
      '',
      'Written by `npm run bench:kiosk` (bench/kiosk-soak.mjs): `<sonnec-kiosk>` with the sample',
      'feed in headless Chromium (1080 × 1920), driven through its injected clock. Each rotation',
      `is 20 s of kiosk time; a refresh every ${REFRESH_EVERY} rotations (every ${FAIL_EVERY}th feed request`,
      `answers 503), a visitor every ${VISIT_EVERY} rotations (opens an event dialog with its QR code, an`,
      'article and the map list, then leaves: "Noch da?" and the reset). Figures after',
      '`window.gc()` (Chromium started with `--js-flags=--expose-gc`); DOM nodes and listeners',
      'from CDP `Memory.getDOMCounters` (the whole renderer: page and detached nodes).',
      '',
      `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)}; ${await browser.version()}`,
      '',
      table(rows),
      '',
      ...summary.map((s) => `- ${s}`),
      ...(errors.length ? ['', 'Errors:', ...errors.slice(0, 5).map((e) => `- ${e}`)] : []),
    ].join('\n');
    writeSection('kiosk-soak', section);
    console.log(table(rows));
    console.log();
    for (const s of summary) console.log(s);
    if (errors.length) console.log('\nErrors:\n' + errors.join('\n'));
    console.log('\nWritten to bench/RESULTS.md ("Kiosk soak")');
  } finally {
    await browser.close();
    server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

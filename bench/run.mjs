// `npm run bench`: our widgets against FullCalendar 6.1 in headless Chromium. Not a test: it
// prints a table and writes bench/RESULTS.md. It builds everything it needs into a temp folder
// (sample feeds, the pages bundled with esbuild, the drop-in bundle for the size case), serves
// that folder on 127.0.0.1 and drives Chromium with puppeteer-core.
//
//   npm run bench [-- --runs 9] [-- --quick]   (--quick: 3 runs, for trying changes)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findBrowser } from '../scripts/browser-path.mjs';
import { buildDropIn, bundleBenchPages } from './bundle.mjs';
import { serveFolder } from './serve.mjs';
import { stats } from './stats.mjs';
import { measureBundle, readBudgets } from '../scripts/size-report.mjs';

/** Before the benchmark loads the machine itself: what other jobs were doing. */
const loadAtStart = os.loadavg()[0];
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : quick ? 3 : 9;
/** FullCalendar at 10,000 events takes seconds a run: fewer runs there. */
const FC_BIG_RUNS = Math.min(RUNS, quick ? 2 : 3);
const SIZES = [100, 1000, 10_000];
const FEED_FROM = '2026-12-01';
/** 1 December 2026, 08:00 in Berlin (CET): the clock of both calendars. */
const NOW = Date.UTC(2026, 11, 1, 7, 0);
const FILTER_CHANGES = 100;

/** Medians the targets are checked against. */
const measured = {};

const tmp = mkdtempSync(path.join(os.tmpdir(), 'sonnec-bench-'));
const started = Date.now();
const log = (...parts) =>
  console.error(`· ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s`, ...parts);

// ---------------------------------------------------------------------------------------------
// Build

function makeFeeds() {
  for (const n of SIZES) {
    execFileSync(process.execPath, [
      'scripts/make-sample-feed.mjs',
      '--from',
      FEED_FROM,
      '--events',
      String(n),
      '--out',
      path.join(tmp, `feed-${n}.json`),
    ]);
  }
}

function bundlePages() {
  return bundleBenchPages(
    { ours: 'bench/pages/ours.ts', fullcalendar: 'bench/pages/fullcalendar.js' },
    tmp,
  );
}

/** FullCalendar core + list + German locale, bundled and minified: its bytes for events alone. */
async function fullCalendarBytes() {
  const result = await build({
    stdin: {
      contents:
        "import { Calendar } from '@fullcalendar/core';" +
        "import de from '@fullcalendar/core/locales/de';" +
        "import list from '@fullcalendar/list';" +
        'window.FC = { Calendar, de, list };',
      resolveDir: process.cwd(),
    },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    conditions: ['production'],
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}

function bundleSizes() {
  const dir = path.join(tmp, 'dist');
  buildDropIn(dir);
  return measureBundle(dir, readBudgets());
}

// ---------------------------------------------------------------------------------------------
// Serve and drive

function serve() {
  return serveFolder(tmp);
}

let browser;
let origin;

/** A fresh page (cold caches, cold JIT, as a visitor's) with the bench API of `name` loaded. */
async function withPage(name, fn) {
  const page = await browser.newPage();
  try {
    page.on('pageerror', (error) => log(`${name}: page error`, error.message));
    await page.goto(`${origin}/${name}.html`);
    await page.waitForFunction('window.bench');
    return await fn(page);
  } finally {
    await page.close();
  }
}

async function heap(page) {
  await page.evaluate(() => {
    window.gc();
    window.gc();
  });
  return (await page.metrics()).JSHeapUsedSize;
}

async function repeat(runs, fn) {
  const values = [];
  for (let i = 0; i < runs; i++) values.push(await fn(i));
  return values;
}

// ---------------------------------------------------------------------------------------------
// Statistics and output

const ms = (v) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
const span = (s) => `${ms(s.median)} ms (${ms(s.min)}–${ms(s.max)})`;
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const MB = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const ratio = (theirs, ours) => `${(theirs / ours).toFixed(1)}×`;

// ---------------------------------------------------------------------------------------------
// The cases

async function caseParse(rows) {
  // Second, with Intl's time-zone data loaded before timing: the one-time cost a page pays at
  // its first date, which validation happens to pay when it comes first (bench/pages/ours.ts).
  for (const [n, intlStarted] of [
    [1000, false],
    [10_000, false],
    [10_000, true],
  ]) {
    const results = await repeat(RUNS, () =>
      withPage('ours', (page) =>
        page.evaluate(
          (url, started) => window.bench.parse(url, started),
          `/feed-${n}.json`,
          intlStarted,
        ),
      ),
    );
    const ours = stats(results.map((r) => r.ms));
    const floor = stats(results.map((r) => r.floorMs));
    const each = stats(results.map((r) => r.ms / r.floorMs));
    rows.push({
      case:
        `1. parse + validate, ${n.toLocaleString('en')} events` +
        (intlStarted ? ", Intl's zone data loaded first" : ''),
      ours: span(ours),
      theirs: `JSON.parse alone: ${span(floor)}; each run's ratio, median ${each.median.toFixed(2)}×`,
      ratio: '',
      median: ours.median,
    });
  }
}

async function caseRender(rows, curve) {
  for (const n of SIZES) {
    const url = `/feed-${n}.json`;
    const ourRuns = await repeat(RUNS, () =>
      withPage('ours', (page) =>
        page.evaluate((u, now) => window.bench.render(u, now, false), url, NOW),
      ),
    );
    const events = await withPage('ours', (page) =>
      page.evaluate((u, now) => window.bench.occurrences(u, now), url, NOW),
    );
    const fcRuns = await repeat(n >= 10_000 ? FC_BIG_RUNS : RUNS, () =>
      withPage('fullcalendar', (page) =>
        page.evaluate((e, now) => window.bench.render(e, now), events, NOW),
      ),
    );
    const ours = stats(ourRuns.map((r) => r.ms));
    const theirs = stats(fcRuns.map((r) => r.ms));
    curve.push({ n, occurrences: events.length, ours, theirs });
    measured[`render-${n}`] = { ours: ours.median, theirs: theirs.median };
    rows.push({
      case: `2. first content, ${n.toLocaleString('en')} events (${events.length.toLocaleString('en')} occurrences)`,
      ours: span(ours),
      theirs: span(theirs),
      ratio: ratio(theirs.median, ours.median),
      median: ours.median,
    });
  }
}

async function caseFilter(rows, heapRows) {
  const url = '/feed-10000.json';
  const changes = [
    { label: 'city select → Neustadt', change: { name: 'city', value: 'neustadt' } },
    { label: 'search "konzert"', change: { name: 'q', value: 'konzert' } },
  ];
  const results = await repeat(RUNS, () =>
    withPage('ours', async (page) => {
      await page.evaluate((u, now) => window.bench.render(u, now, true), url, NOW);
      // A visitor reads before choosing: the widget builds its search index in idle time.
      await page.evaluate(() => window.bench.idle());
      const out = [];
      for (const { change } of changes) {
        out.push(await page.evaluate((c) => window.bench.filter(c), change));
      }
      return out;
    }),
  );
  const events = await withPage('ours', (page) =>
    page.evaluate((u, now) => window.bench.occurrences(u, now), url, NOW),
  );
  // FullCalendar's heap after rendering (case 5) is read in the same pages.
  const fcRuns = await repeat(FC_BIG_RUNS, () =>
    withPage('fullcalendar', async (page) => {
      await page.evaluate((e, now) => window.bench.render(e, now), events, NOW);
      const rendered = await heap(page);
      return { ...(await page.evaluate(() => window.bench.filter('neustadt'))), rendered };
    }),
  );
  const theirs = stats(fcRuns.map((r) => r.ms));
  changes.forEach(({ label }, i) => {
    const ours = stats(results.map((r) => r[i].ms));
    measured[`filter-${i}`] = { ours: ours.median };
    rows.push({
      case: `3. ${label}, 10,000 events`,
      ours: span(ours),
      theirs: i === 0 ? `${span(theirs)} (events replaced)` : 'no search',
      ratio: i === 0 ? ratio(theirs.median, ours.median) : '',
      median: ours.median,
    });
  });

  // Case 5: heap after rendering 10,000 events and after 100 filter changes.
  log('case 5: heap');
  const ourHeap = await repeat(Math.min(RUNS, 3), () =>
    withPage('ours', async (page) => {
      await page.evaluate((u, now) => window.bench.render(u, now, true), url, NOW);
      const rendered = await heap(page);
      await page.evaluate(async (count) => {
        const values = [
          { name: 'city', value: 'neustadt' },
          { name: 'q', value: 'markt' },
          { name: 'city', value: 'sonneberg' },
          { name: 'q', value: '' },
          { name: 'city', value: 'all' },
        ];
        for (let i = 0; i < count; i++) await window.bench.filter(values[i % values.length]);
      }, FILTER_CHANGES);
      return { rendered, filtered: await heap(page) };
    }),
  );
  const fcHeap = fcRuns.map((r) => r.rendered);
  const baseline = await withPage('ours', (page) => heap(page));
  const fcBaseline = await withPage('fullcalendar', (page) => heap(page));
  const rendered = stats(ourHeap.map((h) => h.rendered));
  const filtered = stats(ourHeap.map((h) => h.filtered));
  const fcRendered = stats(fcHeap);
  heapRows.push(
    {
      case: '5. JS heap, empty page (bundle loaded)',
      ours: MB(baseline),
      theirs: MB(fcBaseline),
      ratio: '',
    },
    {
      case: '5. JS heap after rendering 10,000 events',
      ours: MB(rendered.median),
      theirs: MB(fcRendered.median),
      ratio: ratio(fcRendered.median, rendered.median),
    },
    {
      case: `5. JS heap after ${FILTER_CHANGES} filter changes`,
      ours: MB(filtered.median),
      theirs: '–',
      ratio: '',
    },
  );
}

/** Case 4's sizes, for the targets table. */
let sizes;

async function caseBytes(rows) {
  const { pages, chunks } = (sizes = bundleSizes());
  const fc = await fullCalendarBytes();
  const find = (name) => pages.find((p) => p.page === name);
  for (const name of ['events only', 'events + news + downloads']) {
    const page = find(name);
    if (!page) continue;
    rows.push({
      case: `4. gzip, ${name}`,
      ours: `${kB(page.bytes)} (budget ${kB(page.budget)})`,
      theirs: name === 'events only' ? `${kB(fc)} (core + list + de)` : '',
      ratio: name === 'events only' ? ratio(fc, page.bytes) : '',
    });
  }
  for (const chunk of chunks) {
    rows.push({
      case: `4. gzip, chunk ${chunk.name} (without Leaflet)`,
      ours: `${kB(chunk.bytes)} (budget ${kB(chunk.budget)})`,
      theirs: '',
      ratio: '',
    });
  }
}

// ---------------------------------------------------------------------------------------------

function table(rows) {
  rows.sort((a, b) => parseInt(a.case, 10) - parseInt(b.case, 10));
  const head = ['Case', 'SON.NEC (median, min–max)', 'FullCalendar 6.1', 'Ratio'];
  const body = rows.map((r) => [r.case, r.ours, r.theirs, r.ratio]);
  return [head, head.map(() => '---'), ...body].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

function curveTable(curve) {
  const head = [
    'Events',
    'Occurrences',
    'SON.NEC',
    'per 1,000 occ.',
    'FullCalendar',
    'per 1,000 occ.',
  ];
  const body = curve.map((c) => [
    c.n.toLocaleString('en'),
    c.occurrences.toLocaleString('en'),
    `${ms(c.ours.median)} ms`,
    `${ms((c.ours.median / c.occurrences) * 1000)} ms`,
    `${ms(c.theirs.median)} ms`,
    `${ms((c.theirs.median / c.occurrences) * 1000)} ms`,
  ]);
  return [head, head.map(() => '---'), ...body].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

/** The targets, met or not, on this run's medians. */
function targets() {
  const r1 = measured['render-1000'];
  const r10 = measured['render-10000'];
  const f = [measured['filter-0'], measured['filter-1']].filter(Boolean);
  const rows = [
    ['First content, 1,000 events', '≤ 60 ms', r1 && `${ms(r1.ours)} ms`, r1 && r1.ours <= 60],
    [
      'First content, 10,000 events',
      '≤ 150 ms',
      r10 && `${ms(r10.ours)} ms`,
      r10 && r10.ours <= 150,
    ],
    [
      'First content, 10,000 events, vs FullCalendar',
      '≥ 25×',
      r10 && ratio(r10.theirs, r10.ours),
      r10 && r10.theirs / r10.ours >= 25,
    ],
    ...f.map((x, i) => [
      i === 0 ? 'City filter, 10,000 events' : 'Search, 10,000 events',
      '≤ 50 ms',
      `${ms(x.ours)} ms`,
      x.ours <= 50,
    ]),
    // The size goals of size-budget.json (`goal`), on this run's build.
    ...(sizes?.pages ?? [])
      .filter((p) => p.goal !== undefined)
      .map((p) => [
        `Script before content, ${p.page}`,
        `≤ ${kB(p.goal)} gzip`,
        kB(p.bytes),
        p.bytes <= p.goal,
      ]),
    ...(sizes?.chunks ?? [])
      .filter((c) => c.goal !== undefined)
      .map((c) => [
        `Chunk ${c.name} (without Leaflet)`,
        `≤ ${kB(c.goal)} gzip`,
        kB(c.bytes),
        c.bytes <= c.goal,
      ]),
  ];
  const head = ['Target', 'Goal', 'Median (sizes: as built)', 'Met'];
  const body = rows.map(([a, b, c, d]) => [a, b, c ?? '–', d ? 'yes' : 'no']);
  return [head, head.map(() => '---'), ...body].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

function machine(browserVersion) {
  const cpus = os.cpus();
  return [
    `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- OS: ${os.type()} ${os.release()} (${os.arch()})`,
    `- CPU: ${cpus[0]?.model ?? 'unknown'}, ${cpus.length} cores; load average ${loadAtStart.toFixed(1)} at the start, ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')} at the end (the benchmark itself keeps the cores busy)`,
    `- Memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- Browser: ${browserVersion} (headless), Node ${process.version}`,
    `- Runs: ${RUNS} per case (FullCalendar at 10,000 events: ${FC_BIG_RUNS}), each in a fresh page`,
  ].join('\n');
}

/** Sections other benchmarks keep in RESULTS.md between markers (e.g. the kiosk soak). */
function otherSections() {
  let text;
  try {
    text = readFileSync('bench/RESULTS.md', 'utf8');
  } catch {
    return '';
  }
  const blocks = text.match(/<!-- ([\w-]+):start -->[\s\S]*?<!-- \1:end -->/g) ?? [];
  return blocks.map((block) => `\n${block}\n`).join('');
}

async function main() {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('No Chromium or Chrome found (set CHROME_PATH).');
  log('building feeds and pages in', tmp);
  makeFeeds();
  await bundlePages();
  const server = await serve();
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--headless=new',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--js-flags=--expose-gc',
    ],
  });
  const rows = [];
  const curve = [];
  try {
    log('case 4: bytes');
    await caseBytes(rows);
    log('case 1: parse + validate');
    await caseParse(rows);
    log('case 2: first content');
    await caseRender(rows, curve);
    log('case 3 and 5: filter changes, heap');
    const heapRows = [];
    await caseFilter(rows, heapRows);
    rows.push(...heapRows);
    const version = await browser.version();
    const report = [
      '# Benchmark results',
      '',
      'Written by `npm run bench` (bench/run.mjs); see README, "Speed and size". Times are measured',
      'in the page with `performance.now()`, each run in a fresh page; FullCalendar 6.1 (core + list',
      'view, German, Europe/Berlin, a 366-day range) gets the same occurrences our widget shows,',
      'generated by `scripts/make-sample-feed.mjs --from 2026-12-01 --events N`.',
      '',
      '## Machine',
      '',
      machine(version),
      ...(loadAtStart > os.cpus().length
        ? [
            '',
            `**Busy machine:** the load average (${loadAtStart.toFixed(0)}) was above the number of`,
            'cores when this started (other jobs), so absolute times are inflated and noisy. Ratios to',
            'FullCalendar, measured in the same run, are the more reliable figures.',
          ]
        : []),
      '',
      '## Results',
      '',
      table(rows),
      '',
      '## Targets (issue 8)',
      '',
      targets(),
      '',
      '## Growth of case 2 (first content)',
      '',
      curveTable(curve),
      '',
    ].join('\n');
    writeFileSync('bench/RESULTS.md', report + otherSections());
    console.log(table(rows));
    console.log();
    console.log(curveTable(curve));
    console.log('\nWritten to bench/RESULTS.md');
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

// Which bytes of a page's script run before its first content: `npm run size:coverage -- [page]`
// (a page of size-budget.json, default "events only"; run `npm run build:bundle` first). Opens
// the page with the sample feed in headless Chromium, takes the block coverage of every script
// file until each widget's `state` is `ready`, and shares the bytes that never ran out among the
// source modules by the build's source maps. Code that never runs before first content is what
// may move behind a lazy import; an attribution for deciding that, not a measurement.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import puppeteer from 'puppeteer-core';
import { serveFolder } from '../bench/serve.mjs';
import { BROWSER_ARGS, findBrowser } from './browser-path.mjs';
import { readBudgets } from './size-report.mjs';

const args = process.argv.slice(2);
const linesAt = args.indexOf('--lines');
/** `--lines <part of a module path>`: also list that module's source lines with idle bytes. */
const linesOf = linesAt === -1 ? undefined : args.splice(linesAt, 2)[1];
const pageName = args[0] ?? 'events only';
const page = readBudgets().pages[pageName];
if (!page) {
  console.error(`No page "${pageName}" in size-budget.json.`);
  process.exit(1);
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'sonnec-coverage-'));
cpSync('dist', path.join(tmp, 'dist'), { recursive: true });
writeFileSync(path.join(tmp, 'feed.json'), readFileSync('demo/feeds/sonnec.json'));
const widgets = page.widgets
  .map((tag) => `<${tag} src="/feed.json" now="2026-12-04T18:00"></${tag}>`)
  .join('');
writeFileSync(
  path.join(tmp, 'page.html'),
  `<!doctype html><html lang="de"><meta charset="utf-8"><body>${widgets}` +
    '<script type="module" src="/dist/sonnec.js"></script>',
);

const server = await serveFolder(tmp);
const browser = await puppeteer.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
let coverage;
try {
  const tab = await browser.newPage();
  await tab.coverage.startJSCoverage({ resetOnNavigation: false });
  await tab.goto(`http://127.0.0.1:${server.address().port}/page.html`);
  await tab.waitForFunction(
    (tags) => tags.every((tag) => document.querySelector(tag)?.state === 'ready'),
    { polling: 5, timeout: 30_000 },
    page.widgets,
  );
  coverage = await tab.coverage.stopJSCoverage();
} finally {
  await browser.close();
  server.close();
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1).padStart(5)} kB`;

/** Per source module: bytes of minified code that ran, and that never ran. */
const modules = new Map();
/** Gzip bytes of each file as loaded, and of only the code in it that ran. */
let gzipLoaded = 0;
let gzipRan = 0;
const files = [];
/** With --lines: idle minified bytes per `source:line`. */
const idleLines = new Map();
for (const file of coverage) {
  const name = file.url.replace(/^.*?\/dist\//, '');
  const code = readFileSync(path.join(tmp, 'dist', name), 'utf8');
  const map = new TraceMap(readFileSync(path.join(tmp, 'dist', `${name}.map`), 'utf8'));
  const ran = new Uint8Array(code.length);
  for (const range of file.ranges) ran.fill(1, range.start, range.end);
  const loaded = gzipSync(code, { level: 9 }).length;
  const ranOnly = file.ranges.map((range) => code.slice(range.start, range.end)).join('');
  const ranGzip = gzipSync(ranOnly, { level: 9 }).length;
  files.push(`  ${name}: ${kb(loaded)} gzip, ${kb(ranGzip)} of it ran`);
  gzipLoaded += loaded;
  gzipRan += ranGzip;
  let line = 1;
  let lineStart = 0;
  let source = '?';
  for (let i = 0; i < code.length; i++) {
    const position = originalPositionFor(map, { line, column: i - lineStart });
    if (position.source) source = position.source.replace(/^.*?\b(src|node_modules)\//, '$1/');
    if (linesOf && !ran[i] && source.includes(linesOf) && position.line) {
      const key = `${source}:${position.line}`;
      idleLines.set(key, (idleLines.get(key) ?? 0) + 1);
    }
    if (code[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
    const entry = modules.get(source) ?? { file: name, ran: 0, idle: 0 };
    if (ran[i]) entry.ran++;
    else entry.idle++;
    modules.set(source, entry);
  }
}
rmSync(tmp, { recursive: true, force: true });

const rows = [...modules].sort((a, b) => b[1].idle - a[1].idle);
const idle = rows.reduce((sum, [, e]) => sum + e.idle, 0);
const ran = rows.reduce((sum, [, e]) => sum + e.ran, 0);
console.log(
  `"${pageName}" before first content: ${kb(ran)} of minified code ran, ${kb(idle)} never ran.`,
);
// A floor for moving code behind lazy imports: the page's files with everything that never ran
// cut out (not a working script; the loading code a split adds is not counted).
console.log(
  `Gzip: ${kb(gzipLoaded)} loaded; ${kb(gzipRan)} if only the code that ran were loaded.`,
);
console.log(files.join('\n'));
console.log('Never ran / ran (minified bytes), by module:');
for (const [source, e] of rows) {
  if (e.idle + e.ran >= 100) console.log(`  ${kb(e.idle)} ${kb(e.ran)}  ${source}  (${e.file})`);
}

if (linesOf) {
  console.log(`Source lines of "${linesOf}" with code that never ran (minified bytes):`);
  const byLine = [...idleLines].sort((a, b) => {
    const [fa, la] = a[0].split(':');
    const [fb, lb] = b[0].split(':');
    return fa.localeCompare(fb) || Number(la) - Number(lb);
  });
  for (const [key, bytes] of byLine)
    if (bytes >= 10) console.log(`  ${String(bytes).padStart(5)}  ${key}`);
}

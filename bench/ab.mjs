// A/B of case 2 (first content) or case 1 (parse + validate) between two versions of the code,
// for deciding whether a change is worth it: runs are interleaved in one browser, so both see the
// same machine noise.
//
//   node bench/ab.mjs save a        bundle the bench page of the current tree as version "a"
//   (change the code)
//   node bench/ab.mjs save b
//   node bench/ab.mjs compare [events=1000] [runs=15] [render|parse|parse-intl-started]
//
// SONNEC_AB_DIR names the folder of the versions (default: sonnec-ab in the temp folder), so
// that several people on one machine do not overwrite each other's.
//
// Medians differ by ±5 % between identical versions on a quiet 2-core machine: trust a
// difference only well beyond that, and re-run.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { findBrowser } from '../scripts/browser-path.mjs';
import { bundleBenchPages } from './bundle.mjs';
import { serveFolder } from './serve.mjs';
import { stats } from './stats.mjs';

const dir = process.env.SONNEC_AB_DIR ?? path.join(os.tmpdir(), 'sonnec-ab');
const NOW = Date.UTC(2026, 11, 1, 7, 0);
const [command, ...rest] = process.argv.slice(2);
mkdirSync(dir, { recursive: true });

async function save(name) {
  await bundleBenchPages({ [name]: 'bench/pages/ours.ts' }, dir);
  console.log(`saved version ${name} in ${dir}`);
}

async function compare(events = '1000', runs = '15', which = 'render') {
  const feed = `feed-${events}.json`;
  if (!existsSync(path.join(dir, feed))) {
    execFileSync(process.execPath, [
      'scripts/make-sample-feed.mjs',
      ...['--from', '2026-12-01', '--events', events, '--out', path.join(dir, feed)],
    ]);
  }
  const server = await serveFolder(dir);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: findBrowser(),
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--no-first-run'],
  });
  const times = { a: [], b: [] };
  /** Case 1 also times JSON.parse alone on the same text, in the same page: the floor. */
  const floors = { a: [], b: [] };
  try {
    for (let i = 0; i < Number(runs); i++) {
      for (const name of ['a', 'b']) {
        const page = await browser.newPage();
        await page.goto(`${origin}/${name}.html`);
        await page.waitForFunction('window.bench');
        const result = await page.evaluate(
          (url, now, kind) =>
            kind.startsWith('parse')
              ? window.bench.parse(url, kind === 'parse-intl-started')
              : window.bench.render(url, now, false),
          `/${feed}`,
          NOW,
          which,
        );
        times[name].push(result.ms);
        if (result.floorMs !== undefined) floors[name].push(result.floorMs);
        await page.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  for (const name of ['a', 'b']) {
    const all = times[name].map((t) => t.toFixed(0)).join(' ');
    // Each run's own ratio to JSON.parse in the same page: steadier than either median when the
    // machine is busy.
    const ratios = floors[name].map((floor, i) => times[name][i] / floor);
    const floor = floors[name].length
      ? `  JSON.parse alone: median ${stats(floors[name]).median.toFixed(1)} ms, ratio median ${stats(ratios).median.toFixed(2)}×`
      : '';
    console.log(`${name}: median ${stats(times[name]).median.toFixed(1)} ms  (${all})${floor}`);
  }
}

if (command === 'save' && rest[0]) await save(rest[0]);
else if (command === 'compare') await compare(...rest);
else console.error('usage: node bench/ab.mjs save <a|b> | compare [events] [runs]');

// `node bench/profile.mjs [render|filter|parse] [events] [--inclusive]`: a CPU profile (Chrome's
// Profiler domain) of one benchmark case, printed as the functions with the most self time
// (with --inclusive, first the time spent in each function and what it called). The page is
// bundled without minification so the names are readable. For finding hot spots, not timing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { findBrowser } from '../scripts/browser-path.mjs';
import { bundleBenchPages } from './bundle.mjs';

const inclusiveWanted = process.argv.includes('--inclusive');
const [what = 'render', count = '10000'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const NOW = Date.UTC(2026, 11, 1, 7, 0);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'sonnec-profile-'));

execFileSync(process.execPath, [
  'scripts/make-sample-feed.mjs',
  '--from',
  '2026-12-01',
  '--events',
  count,
  '--out',
  path.join(tmp, 'feed.json'),
]);
await bundleBenchPages({ ours: 'bench/pages/ours.ts' }, tmp, { minify: false });
const server = createServer((req, res) => {
  try {
    const file = path.join(tmp, new URL(req.url, 'http://x').pathname);
    const type = file.endsWith('.js')
      ? 'text/javascript'
      : file.endsWith('.json')
        ? 'application/json'
        : 'text/html';
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': type }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await puppeteer.launch({
  executablePath: findBrowser(),
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/ours.html`);
  await page.waitForFunction('window.bench');
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  if (what === 'filter') {
    await page.evaluate((now) => window.bench.render('/feed.json', now, true), NOW);
    await page.evaluate(() => window.bench.idle());
  }
  if (what === 'render') await page.evaluate(() => window.bench.prime('/feed.json'));
  await cdp.send('Profiler.start');
  const result = await page.evaluate(
    (kind, now) =>
      kind === 'parse'
        ? window.bench.parse('/feed.json')
        : kind === 'filter'
          ? window.bench
              .filter({ name: 'city', value: 'neustadt' })
              .then(() => window.bench.filter({ name: 'q', value: 'konzert' }))
          : window.bench.render('/feed.json', now, false),
    what,
    NOW,
  );
  const { profile } = await cdp.send('Profiler.stop');
  console.log(what, count, JSON.stringify(result));
  const self = new Map();
  const dt = profile.timeDeltas;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    const f = n.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  // Inclusive time per function name (a node's samples count for it and all its callers).
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map();
  profile.samples.forEach((id, i) => {
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const name = byId.get(cur).callFrame.functionName || '(anonymous)';
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + (dt[i] ?? 0) / 1000);
    }
  });
  if (inclusiveWanted) {
    for (const [name, t] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 45)) {
      console.log(`${t.toFixed(1).padStart(8)} ms incl  ${name}`);
    }
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`total sampled ${total.toFixed(1)} ms`);
  const source = readFileSync(path.join(tmp, 'ours.js'), 'utf8').split('\n');
  for (const [key, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
    const line = Number(key.split(':').pop());
    const code = key.includes('ours.js') ? source[line - 1]?.trim().slice(0, 70) : '';
    console.log(`${t.toFixed(1).padStart(8)} ms  ${key}  ${code}`);
  }
} finally {
  await browser.close();
  server.close();
  rmSync(tmp, { recursive: true, force: true });
}

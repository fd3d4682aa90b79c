// Runs axe (WCAG 2.1 A/AA) on every story of the built Storybook (storybook-static/) in headless
// Chromium and prints each violation. Exit code 1 when any story has one.
// Usage: npm run build-storybook && node scripts/check-stories.mjs
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { BROWSER_ARGS, findBrowser } from './browser-path.mjs';

const ROOT = path.resolve('storybook-static');
if (!existsSync(path.join(ROOT, 'index.json'))) {
  console.error('storybook-static/ is missing: run `npm run build-storybook` first.');
  process.exit(1);
}
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
};

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const file = path.join(ROOT, decodeURIComponent(url.pathname));
  if (!file.startsWith(ROOT) || !existsSync(file) || file.endsWith(path.sep)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(readFileSync(path.join(ROOT, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const browser = await puppeteer.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
let failed = 0;
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  // axe judges one frame: a fade caught half-way would read as low contrast. Reduced motion
  // shows the final frame at once (the widgets honour it), so colours are judged as seen.
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  for (const story of stories) {
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
    // Widgets settle (feed loaded or failed) within a moment; the loading stories stay loading.
    await page
      .waitForFunction(
        () =>
          [...document.querySelectorAll('*')]
            .filter((el) => el.localName.startsWith('sonnec-') && el.localName !== 'sonnec-feed')
            .every((el) => el.getAttribute('state') !== 'loading'),
        { timeout: 4000 },
      )
      .catch(() => {});
    await new Promise((r) => setTimeout(r, 300));
    await page.evaluate(axeSource);
    // Storybook's a11y addon runs axe in the page too: wait for its run to end, then run ours.
    const violations = await page.evaluate(async () => {
      for (let attempt = 0; ; attempt++) {
        try {
          const result = await window.axe.run(
            document.querySelector('#storybook-root') ?? document,
            {
              runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
            },
          );
          return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}×)`);
        } catch (error) {
          if (attempt > 20 || !String(error).includes('already running')) throw error;
          await new Promise((r) => setTimeout(r, 250));
        }
      }
    });
    if (violations.length) {
      failed++;
      console.log(`✗ ${story.title} / ${story.name}\n    ${violations.join('\n    ')}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${stories.length - failed} of ${stories.length} stories without axe violations.`);
process.exit(failed ? 1 : 0);

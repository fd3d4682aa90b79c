// English texts (src/loader/english.ts) are one file of their own: a German page never
// downloads it; a page with English on it gets it from the loader, beside the set's file (no
// round trip after it), and the set finds the same file rather than a second copy.
// Run by `npm run test:bundle` in `npm test`, after the build.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { bundleHarness } from './harness.mjs';

const FEED = '/test/fixtures/map-feed.json';
const page = (lang) =>
  `<!doctype html><html lang="${lang}"><meta charset="utf-8"><body>
<sonnec-events src="${FEED}" now="2026-12-04T10:00"></sonnec-events>
<script type="module" src="/dist/sonnec.js"></script>`;

/** The English file a built file imports, by its name. */
const englishIn = (file) => readFileSync(file, 'utf8').match(/chunks\/(english-[\w-]+\.js)/)?.[1];

let harness;

before(async () => {
  harness = await bundleHarness('.', (name) =>
    name === '/de' ? { html: page('de') } : name === '/en' ? { html: page('en') } : undefined,
  );
});

after(() => harness?.close());

/** Opens `path` until the widget is ready: the scripts requested, and what the widget says. */
async function open(path) {
  const tab = await harness.browser.newPage();
  const scripts = [];
  tab.on('request', (r) => r.url().endsWith('.js') && scripts.push(new URL(r.url()).pathname));
  try {
    await tab.goto(`${harness.origin}${path}`);
    await tab.waitForFunction(() => document.querySelector('sonnec-events')?.state === 'ready', {
      timeout: 10_000,
    });
    const text = await tab.evaluate(
      () => document.querySelector('sonnec-events').shadowRoot.textContent,
    );
    return { scripts, text };
  } finally {
    await tab.close();
  }
}

describe('English texts', () => {
  it('the set and the loader import the same English file', () => {
    const name = englishIn('dist/sonnec.js');
    assert.ok(name, 'the loader imports no English file');
    assert.equal(englishIn('dist/sets/events.js'), name);
  });

  it("a German page's set holds no English and the page loads none", async () => {
    assert.ok(!readFileSync('dist/sets/events.js', 'utf8').includes('No events are announced'));
    const { scripts, text } = await open('/de');
    assert.deepEqual(scripts, ['/dist/sonnec.js', '/dist/sets/events.js']);
    assert.match(text, /Veranstaltung/);
  });

  it('an English page loads the English file once, from the loader, and speaks English', async () => {
    const { scripts, text } = await open('/en');
    const english = scripts.filter((p) => p.includes('/english-'));
    assert.deepEqual(english, [`/dist/chunks/${englishIn('dist/sonnec.js')}`]);
    // Requested by the loader beside the set's file: before anything the set imports.
    assert.deepEqual(
      scripts.slice(0, 3).sort(),
      ['/dist/sets/events.js', '/dist/sonnec.js', english[0]].sort(),
    );
    assert.match(text, /\bevents?\b/);
    assert.doesNotMatch(text, /Veranstaltung/);
  });
});

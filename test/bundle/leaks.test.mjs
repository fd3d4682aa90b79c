// The drop-in bundle (dist/sonnec.js, built by `npm run build`) in a plain page: a removed
// widget, the drawn Leaflet map included, is garbage-collected. The browser tests check the
// widgets from the sources (test/robustness/leaks.test.ts); this checks the bundle visitors
// get. Run by `npm run test:bundle` in `npm test`, after the build.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { bundleHarness } from './harness.mjs';

const PAGE = `<!doctype html><html lang="de"><meta charset="utf-8"><body><script type="module">
import '/dist/sonnec.js';
// Creates a widget, waits until it is ready (and its map drawn), removes it, keeps a WeakRef.
window.useAndDrop = async (markup, drawn) => {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  document.body.append(holder);
  const el = holder.firstElementChild;
  await customElements.whenDefined(el.localName);
  const done = () => (drawn ? el.mapState === 'ready' : el.state === 'ready');
  for (let i = 0; i < 500 && !done(); i++) await new Promise((r) => setTimeout(r, 20));
  const reached = done();
  holder.remove();
  window.ref = new WeakRef(el);
  return reached;
};
</script>`;

let harness;

before(async () => {
  harness = await bundleHarness(
    '.',
    (name) => (name === '/leak-page' ? { html: PAGE } : undefined),
    {
      args: ['--js-flags=--expose-gc'],
    },
  );
});

after(() => harness?.close());

/** True when the dropped widget is still alive after several garbage collections. */
async function stillAlive(page) {
  for (let i = 0; i < 20; i++) {
    // deref() keeps its target for the rest of a task: gc() runs in another one.
    await new Promise((r) => setTimeout(r, 50));
    await page.evaluate(() => globalThis.gc());
    await new Promise((r) => setTimeout(r, 50));
    if (!(await page.evaluate(() => Boolean(window.ref.deref())))) return false;
  }
  return true;
}

describe('the drop-in bundle leaves nothing behind', () => {
  const cases = [
    ['the drawn map (Leaflet, clusters)', '<sonnec-map src="/test/fixtures/map-feed.json">', true],
    ['the events list', '<sonnec-events src="/test/fixtures/events-basic.json">', false],
  ];
  for (const [name, open, drawn] of cases) {
    it(`${name} is collected after removal`, async () => {
      const page = await harness.browser.newPage();
      try {
        await page.goto(`${harness.origin}/leak-page`);
        await page.waitForFunction('window.useAndDrop');
        const tag = open.slice(1, open.indexOf(' '));
        const ready = await page.evaluate(
          (markup, d) => window.useAndDrop(markup, d),
          `${open}</${tag}>`,
          drawn,
        );
        assert.equal(ready, true, `${name} did not get ready`);
        assert.equal(await stillAlive(page), false, `${name} is still alive after removal`);
      } finally {
        await page.close();
      }
    });
  }
});

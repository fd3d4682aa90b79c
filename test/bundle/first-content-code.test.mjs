// Code a page needs only in some cases stays out of the script it loads before content shows
// (issue 22): each of these loads as a lazy chunk, when its case comes.
// Run by `npm run test:bundle` in `npm test`, after the build.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { it } from 'node:test';
import { measureBundle } from '../../scripts/size-report.mjs';

/** What only some page views need, by a string only its code holds. */
const LATE = [
  // The error panel: its texts in German and English, and "Erneut versuchen".
  { what: 'the error panel (German)', marker: 'Die Inhalte laden zu lange' },
  { what: 'the error panel (English)', marker: 'is taking too long to load' },
  { what: 'the retry button', marker: 'Erneut versuchen' },
  // The announcer that waits for typing to pause: with the filter bar's search field. (Its
  // clock, as terser writes it.)
  // A page with a filter bar shows its search field at once: its set holds it (the `all_`
  // sets hold every filter bar of their widgets).
  {
    what: 'the typing pause',
    marker: 'now:()=>performance.now()',
    withSet: /(-filters|\/all_[\w-]+)\.js$/,
  },
  // A map's upcoming events and their date line: with `show-events` only.
  { what: "the map's events", marker: 'kind:"event"' },
];

const { files } = measureBundle();
const text = (file) => readFileSync(file, 'utf8');
// Before content a page loads the loader and one prebuilt set (src/loader/widget-sets.ts); the
// loader names its set in a template string, which the bundle's own graph does not follow.
const sets = readdirSync('dist/sets')
  .filter((name) => name.endsWith('.js'))
  .map((name) => `dist/sets/${name}`);
const eager = [...files.filter(({ lazy }) => !lazy).map(({ file }) => file), ...sets];
const lazy = files.filter(({ lazy }) => lazy).map(({ file }) => file);

it('checks the loader and every prebuilt set', () => {
  assert.ok(eager.includes('dist/sets/events.js'), eager.join(', '));
  assert.ok(eager.length > 5, eager.join(', '));
});

for (const { what, marker, withSet } of LATE) {
  it(`${what} loads lazily, not before first content`, () => {
    assert.deepEqual(
      eager.filter((file) => !withSet?.test(file) && text(file).includes(marker)),
      [],
      'in a file every page loads',
    );
    assert.ok(
      lazy.some((file) => text(file).includes(marker)),
      'in a lazy chunk',
    );
  });
}

// The focus hand-off of the map's consent buttons ("Detailkarte laden"/"ausblenden"): a chunk
// of its own, not in either file of a map drawn at once (its focus call, as terser writes it).
it('a map drawn at once loads the focus hand-off lazily, not with its set', () => {
  const marker = 'preventScroll:!1';
  for (const file of ['dist/sets/map_map-drawn.js', 'dist/sets/map_map-drawn.leaflet.js']) {
    assert.ok(!text(file).includes(marker), `in ${file}`);
  }
  assert.ok(
    lazy.some((file) => text(file).includes(marker)),
    'in a lazy chunk',
  );
});

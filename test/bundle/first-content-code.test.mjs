// Code a page needs only in some cases stays out of the script it loads before content shows
// (issue 22): each of these loads as a lazy chunk, when its case comes.
// Run by `npm run test:bundle` in `npm test`, after the build.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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
  { what: 'the typing pause', marker: 'now:()=>performance.now()' },
  // A map's upcoming events and their date line: with `show-events` only.
  { what: "the map's events", marker: 'kind:"event"' },
];

const { files } = measureBundle();
const text = (file) => readFileSync(file, 'utf8');
const eager = files.filter(({ lazy }) => !lazy).map(({ file }) => file);
const lazy = files.filter(({ lazy }) => lazy).map(({ file }) => file);

for (const { what, marker } of LATE) {
  it(`${what} loads lazily, not before first content`, () => {
    assert.deepEqual(
      eager.filter((file) => text(file).includes(marker)),
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

// Texts that only a lazy part shows stay out of the files a page with a size goal loads before
// content (issue 22): they live beside the part that shows them and load with it.
// Run by `npm run test:bundle` in `npm test`, after the build.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import { measureBundle } from '../../scripts/size-report.mjs';

// Pages given by their tags alone. A page with `modules` (a town's page with filter bars and
// layouts) loads those parts before content by design, and their texts with them.
const pages = measureBundle().pages.filter(
  ({ widgets, modules }) => widgets.length > 0 && !modules,
);
const chunks = readdirSync('dist/chunks')
  .filter((name) => name.endsWith('.js'))
  .map((name) => path.join('dist', 'chunks', name));
const text = (file) => readFileSync(file, 'utf8');

/** Per widget, texts only one of its lazy parts shows (German and English). */
const LATE = [
  {
    widget: 'sonnec-map',
    what: "the date lines of a map's events (show-events)",
    markers: ['Läuft bis', 'Running until'],
  },
  {
    widget: 'sonnec-events',
    what: "the empty list after the visitor's choices (filters or sync-url)",
    markers: [
      'Für diese Auswahl gibt es keine Veranstaltungen.',
      'There are no events for this selection.',
    ],
  },
  {
    widget: 'sonnec-news',
    what: 'the empty list after the filter bar',
    markers: ['Keine Meldungen passen zu diesen Filtern.', 'No news matches these filters.'],
  },
];

for (const { widget, what, markers } of LATE) {
  it(`${what} loads with its part, not before first content`, () => {
    const withWidget = pages.filter(({ widgets }) => widgets.includes(widget));
    assert.ok(withWidget.length > 0, `a budgeted page with <${widget}>`);
    for (const marker of markers) {
      for (const { page, files } of withWidget) {
        assert.deepEqual(
          files.filter((file) => text(file).includes(marker)),
          [],
          `"${marker}" before first content on "${page}"`,
        );
      }
      assert.ok(
        chunks.some((file) => text(file).includes(marker)),
        `"${marker}" in a lazy chunk`,
      );
    }
  });
}

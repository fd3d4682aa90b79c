/**
 * Property-based tests of the source adapters (ICS, RSS/Atom, GeoJSON) and of format detection:
 * whatever a source contains, `parseSource` yields a well-formed model or rejects with a typed
 * `FeedError`, never anything else. Inputs are built from each format's own vocabulary (so the
 * parsers get far, not only rejected at the first byte) and from arbitrary text.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseSource, type SourceFormat } from '../../src/feed/sources/index.js';
import { ANY_FORMAT, holdsFor, readChecked } from './source-checks.js';

const RUNS = { numRuns: 150 };
const BASE = 'https://www.sonneberg.de/feeds/';

/** Parses and checks: a well-formed model, or a FeedError. */
async function parsesSafely(text: string, format?: SourceFormat): Promise<void> {
  await readChecked(text, format, BASE);
}

const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    '\u0000\u202e\ufeff',
    '&lt;img src=x onerror=alert(1)&gt;',
    ']]>',
    '"},{"',
  ),
);
const icsDate = fc.oneof(
  fc.constantFrom('20261224', '20261224T180000', '20261224T180000Z', '20260329T023000', ''),
  fc.string(),
);
const icsLine = fc.oneof(
  fc.constantFrom('BEGIN:VEVENT', 'END:VEVENT', 'BEGIN:VCALENDAR', 'END:VCALENDAR', 'BEGIN:VALARM'),
  hostile.map((s) => `SUMMARY:${s}`),
  hostile.map((s) => `DESCRIPTION:${s}`),
  hostile.map((s) => `LOCATION:${s}`),
  hostile.map((s) => `URL:${s}`),
  hostile.map((s) => `UID:${s}`),
  hostile.map((s) => `CATEGORIES:${s}`),
  icsDate.map((d) => `DTSTART:${d}`),
  icsDate.map((d) => `DTSTART;TZID=Europe/Berlin:${d}`),
  icsDate.map((d) => `DTSTART;VALUE=DATE:${d}`),
  icsDate.map((d) => `DTEND:${d}`),
  icsDate.map((d) => `EXDATE:${d}`),
  fc.oneof(fc.constant('FREQ=WEEKLY;BYDAY=SA'), fc.string()).map((r) => `RRULE:${r}`),
  fc.string().map((s) => ` ${s}`), // a folded continuation line
  fc.string(),
);
const ics = fc
  .tuple(fc.array(icsLine, { maxLength: 30 }), fc.constantFrom('\r\n', '\n'))
  .map(([lines, eol]) =>
    ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', ...lines, 'END:VCALENDAR'].join(eol),
  );

const xmlText = fc.oneof(
  hostile.map((s) => s.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))),
  hostile.map((s) => `<![CDATA[${s}]]>`),
  hostile, // raw: often not well-formed XML at all
);
const rssItem = fc
  .record({
    title: xmlText,
    link: xmlText,
    description: xmlText,
    pubDate: fc.oneof(fc.constant('Tue, 24 Nov 2026 10:00:00 +0100'), xmlText),
    category: xmlText,
    enclosure: xmlText,
  })
  .map(
    (f) =>
      `<item><title>${f.title}</title><link>${f.link}</link><description>${f.description}</description>` +
      `<pubDate>${f.pubDate}</pubDate><category>${f.category}</category>` +
      `<enclosure url="${f.enclosure.replace(/"/g, '')}" type="image/jpeg"/></item>`,
  );
const rss = fc
  .array(rssItem, { maxLength: 6 })
  .map(
    (items) => `<?xml version="1.0"?><rss version="2.0"><channel>${items.join('')}</channel></rss>`,
  );
const atomEntry = fc
  .record({ title: xmlText, href: xmlText, updated: xmlText, content: xmlText, id: xmlText })
  .map(
    (f) =>
      `<entry><title>${f.title}</title><link href="${f.href.replace(/"/g, '')}"/><id>${f.id}</id>` +
      `<updated>${f.updated}</updated><content type="html">${f.content}</content></entry>`,
  );
const atom = fc
  .array(atomEntry, { maxLength: 6 })
  .map((entries) => `<feed xmlns="http://www.w3.org/2005/Atom">${entries.join('')}</feed>`);

const coordinate = fc.oneof(fc.double(), fc.integer({ min: -200, max: 200 }), fc.anything());
const feature = fc.record(
  {
    type: fc.oneof(fc.constant('Feature'), fc.anything()),
    id: fc.anything(),
    geometry: fc.oneof(
      fc.record({
        type: fc.constantFrom('Point', 'LineString', 'Polygon', 'Nope'),
        coordinates: fc.oneof(fc.tuple(coordinate, coordinate), fc.anything()),
      }),
      fc.anything(),
    ),
    properties: fc.oneof(
      fc.record(
        { name: hostile, title: hostile, url: hostile, kind: hostile, city: hostile },
        { requiredKeys: [] },
      ),
      fc.anything(),
    ),
  },
  { requiredKeys: [] },
);
const geojson = fc
  .record({ type: fc.constant('FeatureCollection'), features: fc.array(feature, { maxLength: 8 }) })
  .map((value) => JSON.stringify(value));

describe('source adapters (property-based)', function () {
  // Thousands of generated sources: generous on a busy CI machine.
  this.timeout(120_000);

  it('ICS: a well-formed model or a typed error', async () => {
    await holdsFor(ics, (text) => parsesSafely(text, 'ics'), RUNS);
  });

  it('RSS: a well-formed model or a typed error', async () => {
    await holdsFor(rss, (text) => parsesSafely(text, 'rss'), RUNS);
  });

  it('Atom: a well-formed model or a typed error', async () => {
    await holdsFor(atom, (text) => parsesSafely(text, 'atom'), RUNS);
  });

  it('GeoJSON: a well-formed model or a typed error', async () => {
    await holdsFor(geojson, (text) => parsesSafely(text, 'geojson'), RUNS);
  });

  it('any text in any forced format, or detected: a model or a typed error', async () => {
    const format = fc.constantFrom(...ANY_FORMAT);
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json()), format, (text, f) =>
        parsesSafely(text, f),
      ),
      RUNS,
    );
  });

  it('the generators reach the adapters: good sources of each format give items', async () => {
    // Guards the properties above against testing only the rejection of the first byte.
    const good = {
      ics: 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Konzert\r\nDTSTART:20261224T180000Z\r\nEND:VEVENT\r\nEND:VCALENDAR',
      rss: '<rss version="2.0"><channel><item><title>Neu</title><link>https://www.sonneberg.de/a</link><pubDate>Tue, 24 Nov 2026 10:00:00 +0100</pubDate></item></channel></rss>',
      geojson: JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [11.17, 50.36] },
            properties: { name: 'Museum', city: 'sonneberg' },
          },
        ],
      }),
    };
    const ics = await parseSource(good.ics, { format: 'ics', baseUrl: BASE });
    expect(ics.events.length).to.equal(1);
    const rssFeed = await parseSource(good.rss, { format: 'rss', baseUrl: BASE });
    expect(rssFeed.news.length).to.equal(1);
    const geo = await parseSource(good.geojson, { format: 'geojson', baseUrl: BASE });
    expect(geo.places.length).to.equal(1);
  });
});

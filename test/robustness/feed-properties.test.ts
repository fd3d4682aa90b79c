/**
 * Property-based tests: whatever a feed contains, the validator never throws anything but a
 * typed FeedError, and what it returns is a well-formed model.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseIsoDate } from '../../src/feed/berlin-time.js';
import { FeedError } from '../../src/feed/errors.js';
import { parseSonnecJson } from '../../src/feed/sources/sonnec-json.js';
import { safeUrl } from '../../src/feed/url.js';
import { validateFeed } from '../../src/feed/validate.js';
import { assertWellFormed } from './well-formed.js';

const text = fc.oneof(
  fc.string(),
  fc.dictionary(fc.constantFrom('de', 'en', 'fr', 'x', '__proto__'), fc.anything()),
  fc.anything(),
);
const date = fc.oneof(
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('2026-12-24', '2026-03-29T02:30', '2026-10-25T02:30:00', '2026-02-30', ''),
  fc.anything(),
);
const city = fc.oneof(fc.constantFrom('sonneberg', 'neustadt', 'both', 'coburg'), fc.anything());
const item = fc.record(
  {
    id: fc.oneof(fc.string(), fc.integer(), fc.anything()),
    title: text,
    name: text,
    start: date,
    end: date,
    date,
    city,
    url: fc.oneof(fc.webUrl(), fc.string(), fc.constant('javascript:alert(1)')),
    mediaType: fc.oneof(fc.constant('application/pdf'), fc.string()),
    lat: fc.oneof(fc.double(), fc.anything()),
    lon: fc.oneof(fc.double(), fc.anything()),
    categories: fc.oneof(fc.array(text), fc.anything()),
    image: fc.oneof(fc.record({ src: fc.string(), alt: text }), fc.anything()),
    location: fc.anything(),
    rrule: fc.oneof(fc.constant('FREQ=WEEKLY;BYDAY=SA'), fc.string()),
    exdates: fc.oneof(fc.array(date), fc.anything()),
  },
  { requiredKeys: [] },
);
const section = fc.oneof(fc.array(item, { maxLength: 8 }), fc.anything());
const feedLike = fc.oneof(
  fc.record(
    {
      version: fc.oneof(fc.constant(1), fc.integer(), fc.anything()),
      title: text,
      updated: date,
      cities: section,
      events: section,
      news: section,
      places: section,
      downloads: section,
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);

describe('feed validation (property-based)', function () {
  // Thousands of generated feeds: generous on a busy CI machine.
  this.timeout(60_000);
  it('never throws anything but a FeedError, and always yields a well-formed model', () => {
    fc.assert(
      fc.property(feedLike, (raw) => {
        try {
          assertWellFormed(validateFeed(raw));
        } catch (error) {
          if (!(error instanceof FeedError)) throw error;
          expect(error.kind).to.equal('invalid');
        }
      }),
      { numRuns: 400 },
    );
  });

  it('turns any text into a model or a typed parse error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (body) => {
        try {
          assertWellFormed(parseSonnecJson(body));
        } catch (error) {
          expect(error).to.be.instanceOf(FeedError);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('reads any date string without throwing, and round-trips real instants', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const parsed = parseIsoDate(value);
        if (parsed) expect(Number.isFinite(parsed.epoch)).to.be.true;
      }),
    );
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }),
        (d) => {
          const iso = new Date(Math.floor(d.getTime() / 1000) * 1000).toISOString();
          expect(parseIsoDate(iso)!.epoch).to.equal(Date.parse(iso));
        },
      ),
    );
  });

  it('never lets a URL with a script scheme through, however it is spelled', () => {
    const scheme = fc.constantFrom('javascript', 'vbscript', 'data').chain((s) =>
      fc
        .array(fc.constantFrom('', '\t', '\n', '\r', '\u0000', ' ', '\u200b'), {
          minLength: s.length + 1,
          maxLength: s.length + 1,
        })
        .chain((gaps) =>
          fc.array(fc.boolean(), { minLength: s.length, maxLength: s.length }).map((upper) =>
            [...s]
              .map((ch, i) => gaps[i] + (upper[i] ? ch.toUpperCase() : ch))
              .join('')
              .concat(gaps[s.length]!),
          ),
        ),
    );
    fc.assert(
      fc.property(scheme, fc.string(), (s, rest) => {
        expect(safeUrl(`${s}:${rest}`)).to.equal(undefined);
      }),
      { numRuns: 500 },
    );
  });
});

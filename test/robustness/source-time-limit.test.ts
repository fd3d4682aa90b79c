/**
 * No source may hang a page: arbitrary bytes, and text built from the values that make parsers
 * loop (endless durations, huge COUNTs, sub-daily time zone rules, far years, deep nesting), end
 * in every format within the sources' time limit, with a well-formed model or a typed FeedError.
 * A hang would freeze this page: the runner's timeout then fails the test.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { FeedError } from '../../src/feed/errors.js';
import { parseSource, type SourceFormat } from '../../src/feed/sources/index.js';
import { SOURCE_TIME_LIMIT_MS } from '../../src/feed/sources/deadline.js';
import { MAX_SOURCE_CHARS } from '../../src/feed/sources/limits.js';
import { ANY_FORMAT as FORMATS, holdsFor, readChecked } from './source-checks.js';

const RUNS = { numRuns: 120 };

async function endsInTime(text: string, format: SourceFormat | undefined): Promise<void> {
  const started = performance.now();
  const error = await readChecked(text, format);
  if (error) expect(['parse', 'invalid', 'timeout']).to.include(error.kind);
  expect(performance.now() - started).to.be.below(SOURCE_TIME_LIMIT_MS);
}

/** Bytes as a server might send them, read as UTF-8 (invalid sequences become U+FFFD). */
const bytes = fc.uint8Array({ maxLength: 2000 }).map((b) => new TextDecoder('utf-8').decode(b));

const bigNumber = fc.oneof(
  fc.constantFrom('999999999999999999', '99999999999', '0', '1'),
  fc.bigInt({ min: 0n, max: 10n ** 20n }).map(String),
);
const icsTrap = fc.oneof(
  bigNumber.map((n) => `DURATION:P${n}W`),
  bigNumber.map((n) => `DURATION:PT${n}S`),
  bigNumber.map((n) => `DURATION:P${n}DT${n}H`),
  bigNumber.map((n) => `RRULE:FREQ=DAILY;COUNT=${n}`),
  bigNumber.map((n) => `RRULE:FREQ=YEARLY;INTERVAL=${n}`),
  fc.constantFrom(
    'RRULE:FREQ=SECONDLY',
    'RRULE:FREQ=MINUTELY;INTERVAL=1',
    'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30',
    'RRULE:FREQ=MONTHLY;BYDAY=5FR;BYSETPOS=-1',
    'RRULE:FREQ=WEEKLY;BYDAY=MO, TU',
    'RRULE:FREQ=WEEKLY;UNTIL=99991231T235959Z',
    'DTSTART:99991231T235959Z',
    'DTSTART:10000101T000000',
    'DTSTART;TZID=Trap:20260301T020000',
    'DTSTART:16010101T000000',
    'RDATE;VALUE=PERIOD:20260101T000000Z/P999999999999W',
    'EXDATE:99991231T000000Z',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:-2359',
    'TZID:Trap',
    'BEGIN:VTIMEZONE',
    'END:VTIMEZONE',
    'BEGIN:STANDARD',
    'END:STANDARD',
    'BEGIN:DAYLIGHT',
    'END:DAYLIGHT',
    'BEGIN:VEVENT',
    'END:VEVENT',
    'BEGIN:VALARM',
    'TRIGGER:-P999999999999999999W',
    'RECURRENCE-ID;RANGE=THISANDFUTURE:20260301T020000',
    'UID:trap',
    'SUMMARY:Falle',
    'SEQUENCE:99999999999999999999',
  ),
  fc.string({ maxLength: 40 }),
);
const icsTraps = fc
  .array(icsTrap, { maxLength: 40 })
  .map((lines) =>
    ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'UID:a', 'SUMMARY:A', ...lines, 'END:VCALENDAR'].join(
      '\r\n',
    ),
  );

describe('every source ends within its time limit (property-based)', function () {
  this.timeout(180_000);

  it('arbitrary bytes in every format: a model or a typed error, in time', async () => {
    await holdsFor(
      fc.tuple(bytes, fc.constantFrom(...FORMATS)),
      ([text, format]) => endsInTime(text, format),
      RUNS,
    );
  });

  it('ICS made of the values that make parsers loop: a model or a typed error, in time', async () => {
    await holdsFor(icsTraps, (text) => endsInTime(text, 'ics'), RUNS);
  });

  it('deeply nested JSON and XML: a model or a typed error, in time', async () => {
    const depth = fc.integer({ min: 1, max: 5000 });
    await fc.assert(
      fc.asyncProperty(depth, fc.constantFrom(...FORMATS), async (n, format) => {
        await endsInTime(`${'['.repeat(n)}${']'.repeat(n)}`, format);
        await endsInTime(`<rss>${'<a>'.repeat(n)}${'</a>'.repeat(n)}</rss>`, format);
        await endsInTime(`BEGIN:VCALENDAR\r\n${'BEGIN:X\r\n'.repeat(n)}END:VCALENDAR`, format);
      }),
      { numRuns: 20 },
    );
  });

  it('a calendar or GeoJSON past the size limit is refused before its parser reads it', async () => {
    // (The store refuses any body past the same size before parsing; the CLI checks its files.)
    for (const format of ['ics', 'geojson'] as const) {
      try {
        await parseSource(' '.repeat(MAX_SOURCE_CHARS + 1), { format });
        expect.fail(`no error for ${format}`);
      } catch (error) {
        expect((error as FeedError).kind, format).to.equal('parse');
        expect((error as FeedError).message, format).to.match(/^The source is too large/);
      }
    }
  });
});

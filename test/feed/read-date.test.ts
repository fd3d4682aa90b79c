/**
 * `readDate` reads the forms feeds write without the regular expression (a fast path for big
 * feeds): whatever the string, its answer must be `parseIsoDate`'s.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseIsoDate } from '../../src/feed/berlin-time.js';
import { readDate } from '../../src/feed/normalize-fields.js';
import { fromZoneWall } from '../../src/feed/zone-time.js';

const digits = (n: number) =>
  fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((d) => d.join(''));
/** Two characters that are mostly digits in range, sometimes not. */
const field = (max: number) =>
  fc.oneof(
    { arbitrary: fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0')), weight: 8 },
    { arbitrary: digits(2), weight: 1 },
    { arbitrary: fc.constantFrom('1', '1a', ' 1', '+1', '-1', '٣٤', '00'), weight: 1 },
  );
const year = fc.oneof(fc.integer({ min: 1990, max: 2040 }).map(String), digits(4));
/** Mostly the usual separator: a string must look right for its fields to be tried. */
const separator = (usual: string) =>
  fc.oneof(
    { arbitrary: fc.constant(usual), weight: 12 },
    { arbitrary: fc.constantFrom('-', ':', 'T', ' ', 't', '/', 'x'), weight: 1 },
  );
const offset = fc.oneof(
  fc.constantFrom('', 'Z', 'z', '+01:00', '+02:00', '-05:30', '+0100', '+01', '+14:00', 'Y'),
  fc
    .tuple(fc.constantFrom('+', '-', '~'), field(99), separator(':'), field(99))
    .map((p) => p.join('')),
);
const isoLike = fc
  .tuple(
    year,
    separator('-'),
    field(13),
    separator('-'),
    field(32),
    fc.oneof(
      fc.constant(''),
      fc
        .tuple(
          separator('T'),
          field(25),
          separator(':'),
          field(61),
          separator(':'),
          field(61),
          offset,
        )
        .map((p) => p.join('')),
    ),
  )
  .map((p) => p.join(''));

describe('readDate', () => {
  it('gives what parseIsoDate gives, in Berlin and in another zone', () => {
    fc.assert(
      fc.property(isoLike, (text) => {
        expect(readDate(text), text).to.deep.equal(parseIsoDate(text));
        expect(readDate(text, 'America/New_York'), text).to.deep.equal(
          parseIsoDate(text, (wall) => fromZoneWall('America/New_York', wall)),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the usual forms as parseIsoDate does, the rare ones too', () => {
    for (const text of [
      '2026-12-05',
      '2028-02-29',
      '2027-02-29',
      '2026-04-31',
      '2026-12-05T19:00:00',
      '2026-03-29T02:30:00',
      '2026-10-25T02:30:00',
      '2026-12-05T19:00:00Z',
      '2026-12-05T19:00:00+01:00',
      '2026-07-05T19:00:00-05:30',
      '2026-12-05T24:00:00+01:00',
      '2026-12-05T24:30:00+01:00',
      '2026-12-31T23:59:60Z',
      '2026-12-05t19:00:00',
      '2026-12-05 19:00:00',
      ' 2026-12-05T19:00:00+01:00 ',
      '2026-13-05',
      '2026-00-10',
      '2026-00-10T10:00:00Z',
      '2026-02-30T10:00:00Z',
      '2028-02-29T10:00:00Z',
      '2026-04-31T10:00:00+01:00',
      '2026-12-05T19:00:00-00:00',
      '2026-12-00',
      '0099-12-05T19:00:00Z',
    ]) {
      expect(readDate(text), text).to.deep.equal(parseIsoDate(text));
    }
    expect(readDate('2026-12-05T19:00:00+01:00')!.epoch).to.equal(Date.parse('2026-12-05T18:00Z'));
    expect(readDate(20261205)).to.equal(undefined);
  });
});

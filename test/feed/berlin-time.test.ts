import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  addBerlinDays,
  berlinDayKey,
  berlinOffset,
  berlinParts,
  berlinWallTime,
  fromWall,
  parseIsoDate,
  startOfBerlinDay,
  toWall,
} from '../../src/feed/berlin-time.js';

describe('berlin-time', () => {
  it('runs in a browser whose clock is not Berlin’s (the tests prove independence)', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.not.equal('Europe/Berlin');
  });

  it('reads wall times without offset as Berlin time, in winter and in summer', () => {
    expect(parseIsoDate('2026-12-06T19:00')!.epoch).to.equal(Date.parse('2026-12-06T18:00:00Z'));
    expect(parseIsoDate('2026-07-06T19:00:00')!.epoch).to.equal(Date.parse('2026-07-06T17:00:00Z'));
  });

  it('reads explicit offsets exactly', () => {
    expect(parseIsoDate('2026-12-06T19:00:00+01:00')!.epoch).to.equal(
      Date.parse('2026-12-06T18:00:00Z'),
    );
    expect(parseIsoDate('2026-12-06T18:00:00Z')!.epoch).to.equal(
      Date.parse('2026-12-06T18:00:00Z'),
    );
    expect(parseIsoDate('2026-12-06T19:00:00-0500')!.epoch).to.equal(
      Date.parse('2026-12-07T00:00:00Z'),
    );
  });

  it('reads plain dates as all-day Berlin midnight', () => {
    const parsed = parseIsoDate('2026-12-24')!;
    expect(parsed.dateOnly).to.be.true;
    expect(parsed.epoch).to.equal(Date.parse('2026-12-23T23:00:00Z'));
  });

  it('rejects malformed and impossible dates', () => {
    for (const bad of ['', 'morgen', '2026-13-01', '2026-02-30', '2026-12-06T25:00', 42, null]) {
      expect(parseIsoDate(bad), String(bad)).to.equal(undefined);
    }
  });

  it('handles the spring gap and the autumn overlap of 2026', () => {
    // 29 March 2026, 02:30 does not exist in Berlin: read as 03:30 CEST.
    expect(berlinWallTime(2026, 3, 29, 2, 30)).to.equal(Date.parse('2026-03-29T01:30:00Z'));
    // 25 October 2026, 02:30 happens twice: the earlier (CEST) instant.
    expect(berlinWallTime(2026, 10, 25, 2, 30)).to.equal(Date.parse('2026-10-25T00:30:00Z'));
    expect(berlinWallTime(2026, 10, 25, 3, 0)).to.equal(Date.parse('2026-10-25T02:00:00Z'));
  });

  it('adds calendar days across the DST switch', () => {
    const saturday = berlinWallTime(2026, 3, 28);
    const sunday = addBerlinDays(saturday, 1);
    const monday = addBerlinDays(saturday, 2);
    expect(berlinDayKey(sunday)).to.equal('2026-03-29');
    expect(monday - sunday).to.equal(23 * 3_600_000);
    expect(berlinParts(monday).hour).to.equal(0);
  });
});

/** Berlin's day and UTC offset (minutes) of an instant, as Intl reads them. */
const intlFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});
function intlBerlin(t: number): { day: string; offset: number } {
  const p = Object.fromEntries(intlFormat.formatToParts(t).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  return {
    day: `${p.year}-${p.month}-${p.day}`,
    offset: (asUtc - Math.floor(t / 1000) * 1000) / 60_000,
  };
}

describe('berlin-time: the fast wall clock', () => {
  it('agrees with Intl on the offset, day and midnight at any instant (2020–2040)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2040, 0, 1) }), (t) => {
        const intl = intlBerlin(t);
        expect(berlinOffset(t)).to.equal(intl.offset);
        expect(berlinDayKey(t)).to.equal(intl.day);
        const p = berlinParts(t);
        expect(startOfBerlinDay(t)).to.equal(berlinWallTime(p.year, p.month, p.day));
      }),
      { numRuns: 300 },
    );
  });

  it('is exact at both switches of 2027', () => {
    const spring = Date.UTC(2027, 2, 28, 1); // 03:00 CEST
    expect(berlinOffset(spring - 1)).to.equal(60);
    expect(berlinOffset(spring)).to.equal(120);
    const autumn = Date.UTC(2027, 9, 31, 1); // 02:00 CET again
    expect(berlinOffset(autumn - 1)).to.equal(120);
    expect(berlinOffset(autumn)).to.equal(60);
    expect(fromWall(toWall(spring))).to.equal(spring);
    // The spring gap moves forward, the autumn overlap takes the earlier instant.
    expect(fromWall(Date.UTC(2027, 2, 28, 2, 30))).to.equal(berlinWallTime(2027, 3, 28, 2, 30));
    expect(fromWall(Date.UTC(2027, 9, 31, 2, 30))).to.equal(berlinWallTime(2027, 10, 31, 2, 30));
  });
});

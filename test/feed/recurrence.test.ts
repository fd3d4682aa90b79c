import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { berlinParts, berlinWallTime } from '../../src/feed/berlin-time.js';
import { formatRule } from '../../src/feed/format-rule.js';
import { expandOccurrences, parseRule } from '../../src/feed/recurrence.js';

const at = (y: number, m: number, d: number, h = 0, min = 0) => berlinWallTime(y, m, d, h, min);
/** "2026-10-22 19:00" in Berlin, for readable expectations. */
function wall(epoch: number): string {
  const p = berlinParts(epoch);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}
function expand(
  start: number,
  rrule: string | undefined,
  from: number,
  to: number,
  exdates: number[] = [],
  duration = 0,
): string[] {
  return expandOccurrences(start, rrule, exdates, from, to, { duration }).map(wall);
}

describe('recurrence: parseRule', () => {
  it('reads the supported parts', () => {
    const rule = parseRule('RRULE:FREQ=MONTHLY;INTERVAL=2;BYDAY=1FR,-1SA;BYSETPOS=1;WKST=MO')!;
    expect(rule.freq).to.equal('MONTHLY');
    expect(rule.interval).to.equal(2);
    expect(rule.byDay).to.deep.equal([
      { weekday: 5, nth: 1 },
      { weekday: 6, nth: -1 },
    ]);
    expect(rule.bySetPos).to.deep.equal([1]);
  });

  it('refuses what it cannot expand', () => {
    for (const text of [
      'FREQ=HOURLY',
      'FREQ=WEEKLY;BYHOUR=9',
      'FREQ=YEARLY;BYWEEKNO=20',
      'FREQ=WEEKLY;BYDAY=1MO',
      'FREQ=DAILY;INTERVAL=0',
      'FREQ=DAILY;COUNT=2;UNTIL=20270101',
      'FREQ=MONTHLY;BYMONTHDAY=0',
      'FREQ=MONTHLY;BYMONTH=13',
      'INTERVAL=2',
      'FREQ=DAILY;FREQ=WEEKLY',
      // RFC 5545: BYMONTHDAY MUST NOT be specified when FREQ is WEEKLY.
      'FREQ=WEEKLY;BYMONTHDAY=1,15',
      'FREQ=WEEKLY;WKST=XX',
      'nonsense',
      '',
    ]) {
      expect(parseRule(text), text).to.equal(null);
    }
  });

  it('formatRule writes a rule that reads back the same, with its WKST (MO by default)', () => {
    for (const text of [
      'FREQ=WEEKLY;BYDAY=TH',
      'rrule:freq=monthly;interval=2;byday=1fr,-1sa;bysetpos=1',
      'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1;COUNT=5',
      'FREQ=MONTHLY;BYMONTHDAY=1,15;WKST=SU',
    ]) {
      const written = formatRule(parseRule(text)!);
      expect(written, text).to.match(/;WKST=(MO|SU)$/);
      expect(parseRule(written), text).to.deep.equal(parseRule(text));
    }
    expect(formatRule(parseRule('FREQ=WEEKLY;INTERVAL=2;BYDAY=SA,SU')!)).to.equal(
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=SA,SU;WKST=MO',
    );
    expect(formatRule(parseRule('FREQ=DAILY;UNTIL=20270415;WKST=SU')!, '20270415')).to.equal(
      'FREQ=DAILY;UNTIL=20270415;WKST=SU',
    );
  });
});

describe('recurrence: expandOccurrences', () => {
  const year = [at(2026, 11, 1), at(2027, 11, 1)] as const;

  it('returns a single event when it lies in the range, and nothing otherwise', () => {
    const start = at(2026, 12, 6, 19);
    expect(expand(start, undefined, ...year)).to.deep.equal(['2026-12-06 19:00']);
    expect(expand(start, undefined, at(2026, 12, 7), at(2027, 1, 1))).to.deep.equal([]);
    // Still running at `from`: kept when its duration reaches into the range.
    expect(
      expand(start, undefined, at(2026, 12, 6, 20), at(2027, 1, 1), [], 7_200_000),
    ).to.deep.equal(['2026-12-06 19:00']);
    expect(
      expand(start, undefined, at(2026, 12, 6, 21), at(2027, 1, 1), [], 7_200_000),
    ).to.deep.equal([]);
  });

  it('keeps a weekly 19:00 event at 19:00 across the autumn switch (wall time)', () => {
    const start = at(2026, 10, 15, 19);
    const got = expandOccurrences(start, 'FREQ=WEEKLY;COUNT=4', [], start, at(2027, 1, 1));
    expect(got.map(wall)).to.deep.equal([
      '2026-10-15 19:00',
      '2026-10-22 19:00',
      '2026-10-29 19:00',
      '2026-11-05 19:00',
    ]);
    // 17:00 UTC in summer time, 18:00 UTC after the switch on 25 October.
    expect(new Date(got[1]!).toISOString()).to.equal('2026-10-22T17:00:00.000Z');
    expect(new Date(got[2]!).toISOString()).to.equal('2026-10-29T18:00:00.000Z');
  });

  it('keeps wall time across the spring switch, and moves a time in the gap forward', () => {
    const weekly = at(2027, 3, 18, 19);
    expect(expand(weekly, 'FREQ=WEEKLY;COUNT=3', weekly, at(2027, 5, 1))).to.deep.equal([
      '2027-03-18 19:00',
      '2027-03-25 19:00',
      '2027-04-01 19:00',
    ]);
    const night = at(2027, 3, 27, 2, 30);
    expect(expand(night, 'FREQ=DAILY;COUNT=3', night, at(2027, 4, 1))).to.deep.equal([
      '2027-03-27 02:30',
      '2027-03-28 03:30',
      '2027-03-29 02:30',
    ]);
  });

  it('removes exception dates, exact or as a plain date', () => {
    const start = at(2026, 12, 3, 19);
    const rule = 'FREQ=WEEKLY;COUNT=5';
    expect(expand(start, rule, ...year, [at(2026, 12, 24, 19)])).to.deep.equal([
      '2026-12-03 19:00',
      '2026-12-10 19:00',
      '2026-12-17 19:00',
      '2026-12-31 19:00',
    ]);
    // A plain date (Berlin midnight) cancels that day's occurrence; COUNT still counts it.
    expect(expand(start, rule, ...year, [at(2026, 12, 10), at(2026, 12, 17, 18)])).to.deep.equal([
      '2026-12-03 19:00',
      '2026-12-17 19:00',
      '2026-12-24 19:00',
      '2026-12-31 19:00',
    ]);
    // Cancelling the first occurrence.
    expect(expand(start, 'FREQ=WEEKLY;COUNT=2', ...year, [start])).to.deep.equal([
      '2026-12-10 19:00',
    ]);
  });

  it('stops at UNTIL (a date includes that day; UTC and floating date-times)', () => {
    const start = at(2026, 12, 1, 10);
    expect(expand(start, 'FREQ=DAILY;UNTIL=20261203', ...year)).to.have.length(3);
    expect(expand(start, 'FREQ=DAILY;UNTIL=20261203T090000Z', ...year)).to.deep.equal([
      '2026-12-01 10:00',
      '2026-12-02 10:00',
      '2026-12-03 10:00',
    ]);
    expect(expand(start, 'FREQ=DAILY;UNTIL=20261203T095959', ...year)).to.have.length(2);
  });

  it('honours INTERVAL and BYDAY in weekly rules', () => {
    const start = at(2026, 11, 2, 18); // a Monday
    expect(expand(start, 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=5', ...year)).to.deep.equal([
      '2026-11-02 18:00',
      '2026-11-05 18:00',
      '2026-11-16 18:00',
      '2026-11-19 18:00',
      '2026-11-30 18:00',
    ]);
    // Sunday in a week starting on Monday.
    expect(expand(start, 'FREQ=WEEKLY;BYDAY=SU;COUNT=3', ...year)).to.deep.equal([
      '2026-11-02 18:00',
      '2026-11-08 18:00',
      '2026-11-15 18:00',
    ]);
  });

  it('finds the first Friday and the last Saturday of each month', () => {
    const first = at(2026, 12, 4, 20);
    expect(expand(first, 'FREQ=MONTHLY;BYDAY=1FR;COUNT=4', ...year)).to.deep.equal([
      '2026-12-04 20:00',
      '2027-01-01 20:00',
      '2027-02-05 20:00',
      '2027-03-05 20:00',
    ]);
    const last = at(2026, 11, 28, 9);
    expect(expand(last, 'FREQ=MONTHLY;BYDAY=-1SA;COUNT=4', ...year)).to.deep.equal([
      '2026-11-28 09:00',
      '2026-12-26 09:00',
      '2027-01-30 09:00',
      '2027-02-27 09:00',
    ]);
  });

  it('reads BYMONTHDAY (also from the end), skipping months without that day', () => {
    const start = at(2026, 11, 30, 12);
    expect(expand(start, 'FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=4', ...year)).to.deep.equal([
      '2026-11-30 12:00',
      '2026-12-31 12:00',
      '2027-01-31 12:00',
      '2027-02-28 12:00',
    ]);
    const the31st = at(2026, 12, 31, 12);
    expect(expand(the31st, 'FREQ=MONTHLY;COUNT=3', ...year)).to.deep.equal([
      '2026-12-31 12:00',
      '2027-01-31 12:00',
      '2027-03-31 12:00',
    ]);
    // Friday the 13th.
    expect(
      expand(at(2026, 11, 13, 20), 'FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13;COUNT=3', ...year),
    ).to.deep.equal(['2026-11-13 20:00', '2027-08-13 20:00']);
  });

  it('handles yearly rules with BYMONTH and ordinals, and 29 February', () => {
    const start = at(2027, 3, 28, 10);
    expect(expand(start, 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', start, at(2031, 1, 1))).to.deep.equal([
      '2027-03-28 10:00',
      '2028-03-26 10:00',
      '2029-03-25 10:00',
      '2030-03-31 10:00',
    ]);
    const leap = at(2028, 2, 29, 10);
    expect(expand(leap, 'FREQ=YEARLY', leap, at(2037, 1, 1))).to.deep.equal([
      '2028-02-29 10:00',
      '2032-02-29 10:00',
      '2036-02-29 10:00',
    ]);
    expect(expand(at(2026, 12, 6, 15), 'FREQ=YEARLY;BYMONTH=6,12', ...year)).to.deep.equal([
      '2026-12-06 15:00',
      '2027-06-06 15:00',
    ]);
  });

  it('applies BYSETPOS: the last working day of the month', () => {
    const start = at(2026, 11, 30, 16);
    expect(
      expand(start, 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=4', ...year),
    ).to.deep.equal([
      '2026-11-30 16:00',
      '2026-12-31 16:00',
      '2027-01-29 16:00',
      '2027-02-26 16:00',
    ]);
  });

  it('returns only occurrences within the range, also for rules that began long ago', () => {
    const start = at(2001, 1, 1, 8);
    expect(expand(start, 'FREQ=DAILY', at(2027, 1, 1), at(2027, 1, 4))).to.deep.equal([
      '2027-01-01 08:00',
      '2027-01-02 08:00',
      '2027-01-03 08:00',
    ]);
    expect(expand(start, 'FREQ=MONTHLY;INTERVAL=5', at(2027, 1, 1), at(2028, 1, 1))).to.deep.equal([
      '2027-04-01 08:00',
      '2027-09-01 08:00',
    ]);
    // A long-running occurrence that began before the range still counts.
    expect(
      expand(
        at(2026, 12, 1, 10),
        'FREQ=WEEKLY',
        at(2026, 12, 9),
        at(2026, 12, 16),
        [],
        2 * 86_400_000,
      ),
    ).to.deep.equal(['2026-12-08 10:00', '2026-12-15 10:00']);
  });

  it('terminates on rules that never match, and caps the number of occurrences', () => {
    const start = at(2026, 12, 1, 10);
    expect(expand(start, 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', ...year)).to.deep.equal([
      '2026-12-01 10:00',
    ]);
    const many = expandOccurrences(start, 'FREQ=DAILY', [], start, at(2036, 1, 1), {
      maxOccurrences: 50,
    });
    expect(many).to.have.length(50);
  });

  it('yields the first occurrence for an unsupported rule, and never throws', () => {
    const start = at(2026, 12, 6, 19);
    expect(expand(start, 'FREQ=HOURLY;INTERVAL=2', ...year)).to.deep.equal(['2026-12-06 19:00']);
    expect(expand(start, 'FREQ=WEEKLY;BYDAY=XX', ...year)).to.deep.equal(['2026-12-06 19:00']);
    expect(
      expandOccurrences(start, 'FREQ=DAILY', [], ...year, { timeZone: 'Mars/Olympus_Mons' }),
    ).to.deep.equal([start]);
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.integer(), (rule, shift) => {
        const got = expandOccurrences(start + shift, rule, [], ...year);
        expect(got).to.be.an('array');
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(
        fc.constantFrom('DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'),
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.constantFrom('MO', 'TU', '1FR', '-1SA', '2WE', 'SU'), { maxLength: 3 }),
        fc.array(fc.integer({ min: -31, max: 31 }), { maxLength: 3 }),
        (freq, interval, days, monthDays) => {
          const parts = [`FREQ=${freq}`, `INTERVAL=${interval}`];
          if (days.length) parts.push(`BYDAY=${days.join(',')}`);
          if (monthDays.length) parts.push(`BYMONTHDAY=${monthDays.join(',')}`);
          const got = expandOccurrences(start, parts.join(';'), [], ...year);
          // In order, unique, inside the range, and all at 19:00 Berlin time.
          expect([...new Set(got)].sort((a, b) => a - b)).to.deep.equal(got);
          for (const t of got) {
            expect(t >= year[0] && t < year[1]).to.equal(true);
            expect(wall(t).endsWith('19:00')).to.equal(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('recurrence: RFC 5545 details', () => {
  const far = [at(2026, 1, 1), at(2045, 1, 1)] as const;

  it('limits BYMONTHDAY by an ordinal BYDAY, in monthly and yearly rules', () => {
    const days = Array.from({ length: 14 }, (_, i) => i + 1).join(',');
    const start = at(2026, 1, 2, 19);
    expect(
      expand(start, `FREQ=MONTHLY;BYDAY=1FR;BYMONTHDAY=${days};COUNT=4`, ...far),
    ).to.deep.equal([
      '2026-01-02 19:00',
      '2026-02-06 19:00',
      '2026-03-06 19:00',
      '2026-04-03 19:00',
    ]);
    // The fifth Friday of the year on the 1st of a month: 1 February when 4 January is a Friday.
    expect(expand(start, 'FREQ=YEARLY;BYMONTHDAY=1;BYDAY=5FR;COUNT=3', ...far)).to.deep.equal([
      '2026-01-02 19:00',
      '2030-02-01 19:00',
      '2036-02-01 19:00',
    ]);
    // The last Saturday of the year on a 31st.
    expect(expand(start, 'FREQ=YEARLY;BYMONTHDAY=31;BYDAY=-1SA;COUNT=3', ...far)).to.deep.equal([
      '2026-01-02 19:00',
      '2033-12-31 19:00',
      '2039-12-31 19:00',
    ]);
  });

  it('reads a BYDAY of ordinals and plain days as either (python-dateutil reads both at once)', () => {
    const start = at(2026, 6, 1, 18); // the first Monday of June
    expect(expand(start, 'FREQ=MONTHLY;BYDAY=1MO,FR;COUNT=7', ...far)).to.deep.equal([
      '2026-06-01 18:00',
      '2026-06-05 18:00',
      '2026-06-12 18:00',
      '2026-06-19 18:00',
      '2026-06-26 18:00',
      '2026-07-03 18:00',
      '2026-07-06 18:00',
    ]);
  });

  it('lists a day BYSETPOS picks twice once, and counts it once', () => {
    const start = at(2026, 1, 1, 19);
    expect(expand(start, 'FREQ=MONTHLY;BYMONTHDAY=1;BYSETPOS=1,-1;COUNT=3', ...far)).to.deep.equal([
      '2026-01-01 19:00',
      '2026-02-01 19:00',
      '2026-03-01 19:00',
    ]);
  });

  it('keeps the wall time of a start in the spring gap on the other days', () => {
    // "2026-03-29T02:30" in Berlin: 03:30 that day; the feed keeps 02:30 as wallStart.
    const start = at(2026, 3, 29, 2, 30);
    const got = expandOccurrences(start, 'FREQ=DAILY;COUNT=3', [], ...far, {
      wallStart: Date.UTC(2026, 2, 29, 2, 30),
    });
    expect(got.map(wall)).to.deep.equal([
      '2026-03-29 03:30',
      '2026-03-30 02:30',
      '2026-03-31 02:30',
    ]);
  });

  it('starts weeks on WKST', () => {
    const start = at(2026, 8, 4, 9); // a Tuesday
    const rule = 'FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU';
    expect(expand(start, `${rule};WKST=SU`, ...far)).to.deep.equal([
      '2026-08-04 09:00',
      '2026-08-16 09:00',
      '2026-08-18 09:00',
      '2026-08-30 09:00',
    ]);
    expect(expand(start, `${rule};WKST=MO`, ...far)).to.deep.equal([
      '2026-08-04 09:00',
      '2026-08-09 09:00',
      '2026-08-18 09:00',
      '2026-08-23 09:00',
    ]);
  });

  it('recurs in the series’ own zone and shows Berlin time', () => {
    // 20:00 in New York on Mondays: Tuesdays 02:00 in Berlin, 01:00 while only the US keeps
    // summer time (8 to 29 March 2026).
    const ny = Date.UTC(2026, 2, 3, 1); // 2026-03-02T20:00-05:00
    const got = expandOccurrences(ny, 'FREQ=WEEKLY;BYDAY=MO;COUNT=6', [], ...far, {
      timeZone: 'America/New_York',
    });
    expect(got.map(wall)).to.deep.equal([
      '2026-03-03 02:00',
      '2026-03-10 01:00',
      '2026-03-17 01:00',
      '2026-03-24 01:00',
      '2026-03-31 02:00',
      '2026-04-07 02:00',
    ]);
    // 18:00 UTC stays 18:00 UTC: 19:00 in Berlin's winter, 20:00 in its summer.
    const utc = Date.UTC(2026, 2, 16, 18);
    const weekly = expandOccurrences(utc, 'FREQ=WEEKLY;COUNT=3', [], ...far, { timeZone: 'UTC' });
    expect(weekly.map(wall)).to.deep.equal([
      '2026-03-16 19:00',
      '2026-03-23 19:00',
      '2026-03-30 20:00',
    ]);
    // UNTIL as a plain date ends with that day of the series' zone.
    expect(
      expandOccurrences(ny, 'FREQ=DAILY;UNTIL=20260304', [], ...far, {
        timeZone: 'America/New_York',
      }).map(wall),
    ).to.deep.equal(['2026-03-03 02:00', '2026-03-04 02:00', '2026-03-05 02:00']);
  });
});

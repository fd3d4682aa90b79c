// RFC 5545, 3.8.5.3: the recurrence examples, typed from the RFC's text. Each has its DTSTART in
// America/New_York (as the RFC writes them) and the dates the RFC lists; an unbounded rule is
// compared on its first dates. Examples with parts the widgets do not expand must be reported
// by `ruleProblem` (and show their first date only).
import { expect } from '@open-wc/testing';
import { expandOccurrences } from '../../src/feed/recurrence.js';
import { ruleProblem } from '../../src/feed/rule-problem.js';
import { fromZoneWall, toZoneWall } from '../../src/feed/zone-time.js';

const NY = 'America/New_York';

/** An instant from New York wall time `1997-09-02T09:00`. */
function ny(text: string): number {
  return fromZoneWall(NY, Date.parse(`${text}Z`));
}
/** The New York wall time of an instant: `1997-09-02 09:00`. */
function nyWall(epoch: number): string {
  return new Date(toZoneWall(NY, epoch)).toISOString().slice(0, 16).replace('T', ' ');
}
/** Dates of one month at 09:00: `on('1997-09', 2, 3)`. */
function on(month: string, ...days: number[]): string[] {
  return days.map((d) => `${month}-${String(d).padStart(2, '0')} 09:00`);
}
function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

interface Example {
  readonly name: string;
  readonly start: string;
  readonly rule: string;
  readonly exdates?: readonly string[];
  /** The RFC's dates; for an unbounded rule its first ones. */
  readonly dates: readonly string[];
  /** The rule is unbounded: compare only the first `dates.length`. */
  readonly unbounded?: boolean;
  /** For long lists the RFC shows in full but we check by count, first and last. */
  readonly count?: number;
}

const S = '1997-09-02T09:00';

const EXAMPLES: readonly Example[] = [
  {
    name: 'Daily for 10 occurrences',
    start: S,
    rule: 'FREQ=DAILY;COUNT=10',
    dates: on('1997-09', ...range(2, 11)),
  },
  {
    name: 'Daily until December 24, 1997',
    start: S,
    rule: 'FREQ=DAILY;UNTIL=19971224T000000Z',
    dates: [...on('1997-09', 2, 3), ...on('1997-12', 22, 23)],
    count: 113,
  },
  {
    name: 'Every other day - forever',
    start: S,
    rule: 'FREQ=DAILY;INTERVAL=2',
    dates: [
      ...on('1997-09', 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30),
      ...on('1997-10', 2, 4, 6),
    ],
    unbounded: true,
  },
  {
    name: 'Every 10 days, 5 occurrences',
    start: S,
    rule: 'FREQ=DAILY;INTERVAL=10;COUNT=5',
    dates: [...on('1997-09', 2, 12, 22), ...on('1997-10', 2, 12)],
  },
  ...[
    'FREQ=YEARLY;UNTIL=20000131T140000Z;BYMONTH=1;BYDAY=SU,MO,TU,WE,TH,FR,SA',
    'FREQ=DAILY;UNTIL=20000131T140000Z;BYMONTH=1',
  ].map((rule) => ({
    name: `Every day in January, for 3 years (${rule.slice(0, 11)})`,
    start: '1998-01-01T09:00',
    rule,
    dates: [
      ...on('1998-01', ...range(1, 31)),
      ...on('1999-01', ...range(1, 31)),
      ...on('2000-01', ...range(1, 31)),
    ],
  })),
  {
    name: 'Weekly for 10 occurrences',
    start: S,
    rule: 'FREQ=WEEKLY;COUNT=10',
    dates: [
      ...on('1997-09', 2, 9, 16, 23, 30),
      ...on('1997-10', 7, 14, 21, 28),
      ...on('1997-11', 4),
    ],
  },
  {
    name: 'Weekly until December 24, 1997',
    start: S,
    rule: 'FREQ=WEEKLY;UNTIL=19971224T000000Z',
    dates: [
      ...on('1997-09', 2, 9, 16, 23, 30),
      ...on('1997-10', 7, 14, 21, 28),
      ...on('1997-11', 4, 11, 18, 25),
      ...on('1997-12', 2, 9, 16, 23),
    ],
  },
  {
    name: 'Every other week - forever',
    start: S,
    rule: 'FREQ=WEEKLY;INTERVAL=2;WKST=SU',
    dates: [
      ...on('1997-09', 2, 16, 30),
      ...on('1997-10', 14, 28),
      ...on('1997-11', 11, 25),
      ...on('1997-12', 9, 23),
      ...on('1998-01', 6, 20),
      ...on('1998-02', 3, 17),
    ],
    unbounded: true,
  },
  ...[
    'FREQ=WEEKLY;UNTIL=19971007T000000Z;WKST=SU;BYDAY=TU,TH',
    'FREQ=WEEKLY;COUNT=10;WKST=SU;BYDAY=TU,TH',
  ].map((rule) => ({
    name: `Weekly on Tuesday and Thursday for five weeks (${rule.slice(12, 17)})`,
    start: S,
    rule,
    dates: [...on('1997-09', 2, 4, 9, 11, 16, 18, 23, 25, 30), ...on('1997-10', 2)],
  })),
  {
    name: 'Every other week on Monday, Wednesday, and Friday until December 24, 1997',
    start: '1997-09-01T09:00',
    rule: 'FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR',
    dates: [
      ...on('1997-09', 1, 3, 5, 15, 17, 19, 29),
      ...on('1997-10', 1, 3, 13, 15, 17, 27, 29, 31),
      ...on('1997-11', 10, 12, 14, 24, 26, 28),
      ...on('1997-12', 8, 10, 12, 22),
    ],
  },
  {
    name: 'Every other week on Tuesday and Thursday, for 8 occurrences',
    start: S,
    rule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH',
    dates: [...on('1997-09', 2, 4, 16, 18, 30), ...on('1997-10', 2, 14, 16)],
  },
  {
    name: 'Monthly on the first Friday for 10 occurrences',
    start: '1997-09-05T09:00',
    rule: 'FREQ=MONTHLY;COUNT=10;BYDAY=1FR',
    dates: [
      ...on('1997-09', 5),
      ...on('1997-10', 3),
      ...on('1997-11', 7),
      ...on('1997-12', 5),
      ...on('1998-01', 2),
      ...on('1998-02', 6),
      ...on('1998-03', 6),
      ...on('1998-04', 3),
      ...on('1998-05', 1),
      ...on('1998-06', 5),
    ],
  },
  {
    name: 'Monthly on the first Friday until December 24, 1997',
    start: '1997-09-05T09:00',
    rule: 'FREQ=MONTHLY;UNTIL=19971224T000000Z;BYDAY=1FR',
    dates: [...on('1997-09', 5), ...on('1997-10', 3), ...on('1997-11', 7), ...on('1997-12', 5)],
  },
  {
    name: 'Every other month on the first and last Sunday of the month for 10 occurrences',
    start: '1997-09-07T09:00',
    rule: 'FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU',
    dates: [
      ...on('1997-09', 7, 28),
      ...on('1997-11', 2, 30),
      ...on('1998-01', 4, 25),
      ...on('1998-03', 1, 29),
      ...on('1998-05', 3, 31),
    ],
  },
  {
    name: 'Monthly on the second-to-last Monday of the month for 6 months',
    start: '1997-09-22T09:00',
    rule: 'FREQ=MONTHLY;COUNT=6;BYDAY=-2MO',
    dates: [
      ...on('1997-09', 22),
      ...on('1997-10', 20),
      ...on('1997-11', 17),
      ...on('1997-12', 22),
      ...on('1998-01', 19),
      ...on('1998-02', 16),
    ],
  },
  {
    name: 'Monthly on the third-to-the-last day of the month, forever',
    start: '1997-09-28T09:00',
    rule: 'FREQ=MONTHLY;BYMONTHDAY=-3',
    dates: [
      ...on('1997-09', 28),
      ...on('1997-10', 29),
      ...on('1997-11', 28),
      ...on('1997-12', 29),
      ...on('1998-01', 29),
      ...on('1998-02', 26),
    ],
    unbounded: true,
  },
  {
    name: 'Monthly on the 2nd and 15th of the month for 10 occurrences',
    start: S,
    rule: 'FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15',
    dates: [
      ...on('1997-09', 2, 15),
      ...on('1997-10', 2, 15),
      ...on('1997-11', 2, 15),
      ...on('1997-12', 2, 15),
      ...on('1998-01', 2, 15),
    ],
  },
  {
    name: 'Monthly on the first and last day of the month for 10 occurrences',
    start: '1997-09-30T09:00',
    rule: 'FREQ=MONTHLY;COUNT=10;BYMONTHDAY=1,-1',
    dates: [
      ...on('1997-09', 30),
      ...on('1997-10', 1, 31),
      ...on('1997-11', 1, 30),
      ...on('1997-12', 1, 31),
      ...on('1998-01', 1, 31),
      ...on('1998-02', 1),
    ],
  },
  {
    name: 'Every 18 months on the 10th thru 15th of the month for 10 occurrences',
    start: '1997-09-10T09:00',
    rule: 'FREQ=MONTHLY;INTERVAL=18;COUNT=10;BYMONTHDAY=10,11,12,13,14,15',
    dates: [...on('1997-09', 10, 11, 12, 13, 14, 15), ...on('1999-03', 10, 11, 12, 13)],
  },
  {
    name: 'Every Tuesday, every other month',
    start: S,
    rule: 'FREQ=MONTHLY;INTERVAL=2;BYDAY=TU',
    dates: [
      ...on('1997-09', 2, 9, 16, 23, 30),
      ...on('1997-11', 4, 11, 18, 25),
      ...on('1998-01', 6, 13, 20, 27),
      ...on('1998-03', 3, 10, 17, 24, 31),
    ],
    unbounded: true,
  },
  {
    name: 'Yearly in June and July for 10 occurrences',
    start: '1997-06-10T09:00',
    rule: 'FREQ=YEARLY;COUNT=10;BYMONTH=6,7',
    dates: ['1997', '1998', '1999', '2000', '2001'].flatMap((y) => [
      ...on(`${y}-06`, 10),
      ...on(`${y}-07`, 10),
    ]),
  },
  {
    name: 'Every other year on January, February, and March for 10 occurrences',
    start: '1997-03-10T09:00',
    rule: 'FREQ=YEARLY;INTERVAL=2;COUNT=10;BYMONTH=1,2,3',
    dates: [
      ...on('1997-03', 10),
      ...['1999', '2001', '2003'].flatMap((y) => [
        ...on(`${y}-01`, 10),
        ...on(`${y}-02`, 10),
        ...on(`${y}-03`, 10),
      ]),
    ],
  },
  {
    name: 'Every 20th Monday of the year, forever',
    start: '1997-05-19T09:00',
    rule: 'FREQ=YEARLY;BYDAY=20MO',
    dates: [...on('1997-05', 19), ...on('1998-05', 18), ...on('1999-05', 17)],
    unbounded: true,
  },
  {
    name: 'Every Thursday in March, forever',
    start: '1997-03-13T09:00',
    rule: 'FREQ=YEARLY;BYMONTH=3;BYDAY=TH',
    dates: [
      ...on('1997-03', 13, 20, 27),
      ...on('1998-03', 5, 12, 19, 26),
      ...on('1999-03', 4, 11, 18, 25),
    ],
    unbounded: true,
  },
  {
    name: 'Every Thursday, but only during June, July, and August, forever',
    start: '1997-06-05T09:00',
    rule: 'FREQ=YEARLY;BYDAY=TH;BYMONTH=6,7,8',
    dates: [
      ...on('1997-06', 5, 12, 19, 26),
      ...on('1997-07', 3, 10, 17, 24, 31),
      ...on('1997-08', 7, 14, 21, 28),
      ...on('1998-06', 4, 11, 18, 25),
      ...on('1998-07', 2, 9, 16, 23, 30),
      ...on('1998-08', 6, 13, 20, 27),
      ...on('1999-06', 3, 10, 17, 24),
      ...on('1999-07', 1, 8, 15, 22, 29),
      ...on('1999-08', 5, 12, 19, 26),
    ],
    unbounded: true,
  },
  {
    name: 'Every Friday the 13th, forever (DTSTART excluded by EXDATE)',
    start: S,
    rule: 'FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13',
    exdates: [S],
    dates: [
      ...on('1998-02', 13),
      ...on('1998-03', 13),
      ...on('1998-11', 13),
      ...on('1999-08', 13),
      ...on('2000-10', 13),
    ],
    unbounded: true,
  },
  {
    name: 'The first Saturday that follows the first Sunday of the month, forever',
    start: '1997-09-13T09:00',
    rule: 'FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13',
    dates: [
      ...on('1997-09', 13),
      ...on('1997-10', 11),
      ...on('1997-11', 8),
      ...on('1997-12', 13),
      ...on('1998-01', 10),
      ...on('1998-02', 7),
      ...on('1998-03', 7),
      ...on('1998-04', 11),
      ...on('1998-05', 9),
      ...on('1998-06', 13),
    ],
    unbounded: true,
  },
  {
    name: 'Every 4 years, the first Tuesday after a Monday in November, forever',
    start: '1996-11-05T09:00',
    rule: 'FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8',
    dates: [...on('1996-11', 5), ...on('2000-11', 7), ...on('2004-11', 2)],
    unbounded: true,
  },
  {
    name: 'The third instance into the month of one of Tuesday, Wednesday, or Thursday, for the next 3 months',
    start: '1997-09-04T09:00',
    rule: 'FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3',
    dates: [...on('1997-09', 4), ...on('1997-10', 7), ...on('1997-11', 6)],
  },
  {
    name: 'The second-to-last weekday of the month',
    start: '1997-09-29T09:00',
    rule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2',
    dates: [
      ...on('1997-09', 29),
      ...on('1997-10', 30),
      ...on('1997-11', 27),
      ...on('1997-12', 30),
      ...on('1998-01', 29),
      ...on('1998-02', 26),
      ...on('1998-03', 30),
    ],
    unbounded: true,
  },
  {
    name: 'WKST: every other week on Tuesday and Sunday, weeks from Monday',
    start: '1997-08-05T09:00',
    rule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO',
    dates: on('1997-08', 5, 10, 19, 24),
  },
  {
    name: 'WKST: every other week on Tuesday and Sunday, weeks from Sunday',
    start: '1997-08-05T09:00',
    rule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU',
    dates: on('1997-08', 5, 17, 19, 31),
  },
  {
    name: 'An invalid date (February 30) is ignored',
    start: '2007-01-15T09:00',
    rule: 'FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5',
    dates: [...on('2007-01', 15, 30), ...on('2007-02', 15), ...on('2007-03', 15, 30)],
  },
];

/** The RFC's examples with parts the widgets do not expand. */
const UNSUPPORTED: readonly { readonly rule: string; readonly reason: RegExp }[] = [
  { rule: 'FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200', reason: /BYYEARDAY/ },
  { rule: 'FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO', reason: /BYWEEKNO/ },
  { rule: 'FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T170000Z', reason: /HOURLY/ },
  { rule: 'FREQ=MINUTELY;INTERVAL=15;COUNT=6', reason: /MINUTELY/ },
  { rule: 'FREQ=MINUTELY;INTERVAL=90;COUNT=4', reason: /MINUTELY/ },
  { rule: 'FREQ=DAILY;BYHOUR=9,10,11,12,13,14,15,16;BYMINUTE=0,20,40', reason: /BYHOUR/ },
  { rule: 'FREQ=MINUTELY;INTERVAL=20;BYHOUR=9,10,11,12,13,14,15,16', reason: /MINUTELY/ },
];

describe('RFC 5545, 3.8.5.3: the recurrence examples', () => {
  const end = ny('2010-01-01T00:00');
  for (const example of EXAMPLES) {
    it(example.name, () => {
      const start = ny(example.start);
      const exdates = (example.exdates ?? []).map(ny);
      const got = expandOccurrences(start, example.rule, exdates, start, end, {
        timeZone: NY,
        ...(example.unbounded && { maxOccurrences: example.dates.length }),
      }).map(nyWall);
      expect(ruleProblem(example.rule), 'supported').to.equal(undefined);
      if (example.count !== undefined) {
        expect(got.length).to.equal(example.count);
        expect(got.slice(0, 2)).to.deep.equal(example.dates.slice(0, 2));
        expect(got.slice(-2)).to.deep.equal(example.dates.slice(-2));
      } else {
        expect(got).to.deep.equal(example.dates);
      }
    });
  }

  it('the examples with parts the widgets do not expand are reported, and show their first date', () => {
    const start = ny(S);
    for (const { rule, reason } of UNSUPPORTED) {
      expect(ruleProblem(rule), rule).to.match(reason);
      const got = expandOccurrences(start, rule, [], start, ny('2010-01-01T00:00'), {
        timeZone: NY,
      });
      expect(got, rule).to.deep.equal([start]);
    }
  });
});

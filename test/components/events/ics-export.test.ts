import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { berlinParts, berlinWallTime } from '../../../src/feed/berlin-time.js';
import { expandOccurrences, parseRule } from '../../../src/feed/recurrence.js';
import {
  escapeText,
  foldLine,
  googleCalendarUrl,
  icsFileName,
  outlookCalendarUrl,
  toIcs,
  type CalendarEntry,
} from '../../../src/internal/ics-export.js';

const STAMP = Date.UTC(2026, 10, 20, 8, 0, 0);
const timed: CalendarEntry = {
  uid: 'stars-1;2@sonnec',
  title: 'Beobachtung, Vortrag; Diskussion \\ Fragen',
  start: berlinWallTime(2027, 3, 25, 19),
  end: berlinWallTime(2027, 3, 25, 21),
  allDay: false,
  description: 'Zeile eins\nZeile zwei, mit Komma',
  location: 'Sternwarte Sonneberg, Sternwartestraße 32',
  url: 'https://www.sternwarte-sonneberg.de/?a=1;b=2',
};

const utf8 = new TextEncoder();

describe('ics-export', () => {
  it('writes a VCALENDAR with CRLF line ends, a UID, a DTSTAMP in UTC and Berlin times', () => {
    const ics = toIcs(timed, STAMP);
    expect(ics.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).to.not.match(/[\r\n]/);
    const lines = ics.split('\r\n');
    expect(lines[0]).to.equal('BEGIN:VCALENDAR');
    expect(lines).to.include('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:'))).to.equal(true);
    expect(lines).to.include('UID:stars-1\\;2@sonnec');
    expect(lines).to.include('DTSTAMP:20261120T080000Z');
    expect(lines).to.include('DTSTART;TZID=Europe/Berlin:20270325T190000');
    expect(lines).to.include('DTEND;TZID=Europe/Berlin:20270325T210000');
    expect(lines).to.include('TZID:Europe/Berlin');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).to.have.length(1);
  });

  it('writes a single time of the hour that occurs twice (end of summer time) in UTC', () => {
    // 02:30 CEST and 02:30 CET on 31 October 2027: RFC 5545 reads the wall time as the first,
    // ical.js as the second; in UTC both read the same instant.
    for (const start of [Date.UTC(2027, 9, 31, 0, 30), Date.UTC(2027, 9, 31, 1, 30)]) {
      const lines = toIcs({ ...timed, start, end: start + 5_400_000 }, STAMP).split('\r\n');
      expect(lines).to.include(
        `DTSTART:${new Date(start).toISOString().replace(/[-:]|\.000/g, '')}`,
      );
    }
    expect(toIcs(timed, STAMP)).to.contain('DTSTART;TZID=Europe/Berlin:20270325T190000');
  });

  it('escapes TEXT values and keeps URIs as they are', () => {
    const ics = toIcs(timed, STAMP).replace(/\r\n /g, '');
    expect(ics).to.contain('SUMMARY:Beobachtung\\, Vortrag\\; Diskussion \\\\ Fragen\r\n');
    expect(ics).to.contain('DESCRIPTION:Zeile eins\\nZeile zwei\\, mit Komma\r\n');
    expect(ics).to.contain('LOCATION:Sternwarte Sonneberg\\, Sternwartestraße 32\r\n');
    expect(ics).to.contain('URL:https://www.sternwarte-sonneberg.de/?a=1;b=2\r\n');
    expect(escapeText('a\r\nb\u0007c')).to.equal('a\\nbc');
  });

  it('folds lines at 75 octets without splitting a UTF-8 character', () => {
    const long = 'Größte Ausstellung für Spielzeug 🧸 '.repeat(8);
    const ics = toIcs({ ...timed, title: long, description: long }, STAMP);
    for (const line of ics.split('\r\n')) expect(utf8.encode(line).length).to.be.at.most(75);
    expect(ics.replace(/\r\n /g, '')).to.contain(`SUMMARY:${escapeText(long)}\r\n`);
    const whole = (part: string) => new TextDecoder().decode(utf8.encode(part)) === part;
    // Characters outside the BMP at every offset: some fold falls inside a surrogate pair.
    for (let pad = 0; pad < 4; pad++) {
      const parts = foldLine(`DESCRIPTION:${'x'.repeat(pad)}${'🧸'.repeat(40)}`).split('\r\n');
      expect(parts.every(whole), `offset ${pad}`).to.equal(true);
    }
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const folded = foldLine(`DESCRIPTION:${text}`);
        for (const part of folded.split('\r\n')) {
          expect(utf8.encode(part).length).to.be.at.most(75);
          // A split character (a lone surrogate) would not survive UTF-8: U+FFFD comes back.
          // (Not "contains no U+FFFD": the text itself may hold one, and did in one run.)
          expect(whole(part), 'no split character').to.equal(true);
        }
        expect(folded.replace(/\r\n /g, '')).to.equal(`DESCRIPTION:${text}`);
      }),
      { numRuns: 200 },
    );
  });

  it('writes all-day events as dates with an exclusive end and no time zone', () => {
    const ics = toIcs(
      {
        uid: 'f',
        title: 'Fasching',
        start: berlinWallTime(2027, 2, 6),
        end: berlinWallTime(2027, 2, 10),
        allDay: true,
      },
      STAMP,
    );
    expect(ics).to.contain('\r\nDTSTART;VALUE=DATE:20270206\r\nDTEND;VALUE=DATE:20270210\r\n');
    expect(ics).to.not.contain('TZID');
  });

  it('keeps summer time right in the links (UTC) and names the file safely', () => {
    const g = new URL(googleCalendarUrl(timed));
    expect(g.searchParams.get('dates')).to.equal('20270325T180000Z/20270325T200000Z');
    const summer = {
      ...timed,
      start: berlinWallTime(2027, 4, 1, 19),
      end: berlinWallTime(2027, 4, 1, 21),
    };
    expect(new URL(googleCalendarUrl(summer)).searchParams.get('dates')).to.equal(
      '20270401T170000Z/20270401T190000Z',
    );
    const o = new URL(
      outlookCalendarUrl({
        ...timed,
        allDay: true,
        start: berlinWallTime(2027, 2, 6),
        end: berlinWallTime(2027, 2, 10),
      }),
    );
    expect(o.searchParams.get('startdt')).to.equal('2027-02-06');
    expect(o.searchParams.get('enddt')).to.equal('2027-02-10');
    expect(o.searchParams.get('allday')).to.equal('true');
    expect(icsFileName('Öffentliche Beobachtung: "Jupiter" / 2027')).to.equal(
      'Offentliche-Beobachtung-Jupiter-2027.ics',
    );
    expect(icsFileName('<>')).to.equal('termin.ics');
  });
});

/** The starts a calendar app computes from our file: ical.js expands it (RRULE, EXDATE, zone). */
function calendarAppStarts(ics: string, before: number): string[] {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown as [string, [], []]);
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(zone);
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
  const out: string[] = [];
  const it = event.iterator();
  for (let next = it.next(); next && out.length < 500; next = it.next()) {
    if (next.isDate) {
      if (next.toString() >= dayText(before)) break;
      out.push(next.toString());
    } else {
      const epoch = next.toJSDate().getTime();
      if (epoch >= before) break;
      out.push(new Date(epoch).toISOString());
    }
  }
  return out;
}

function dayText(epoch: number): string {
  const p = berlinParts(epoch);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

describe('ics-export of a series', () => {
  const before = berlinWallTime(2028, 1, 1);
  const cases: {
    name: string;
    start: number;
    allDay: boolean;
    rrule: string;
    exdates: number[];
    timeZone?: string;
    wallStart?: number;
  }[] = [
    {
      name: 'weekly, across both summer-time switches, an exact and a whole-day exception',
      start: berlinWallTime(2027, 1, 7, 8),
      allDay: false,
      rrule: 'FREQ=WEEKLY;BYDAY=TH',
      exdates: [berlinWallTime(2027, 4, 1, 8), berlinWallTime(2027, 12, 23)],
    },
    {
      name: 'the first Friday of each month, until a plain date',
      start: berlinWallTime(2027, 1, 1, 20),
      allDay: false,
      rrule: 'FREQ=MONTHLY;BYDAY=1FR;UNTIL=20271105',
      exdates: [],
    },
    {
      name: 'every second Saturday, ten times',
      start: berlinWallTime(2027, 3, 13, 7),
      allDay: false,
      rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=SA;COUNT=10',
      exdates: [],
    },
    {
      name: 'all day: the last Sunday of March, June, September and December, with an exception',
      start: berlinWallTime(2027, 3, 28),
      allDay: true,
      rrule: 'FREQ=MONTHLY;BYMONTH=3,6,9,12;BYDAY=-1SU',
      exdates: [berlinWallTime(2027, 9, 26)],
    },
    {
      name: 'yearly on the 3rd of October, until a UTC time',
      start: berlinWallTime(2026, 10, 3, 11),
      allDay: false,
      rrule: 'FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=3;UNTIL=20271003T090000Z',
      exdates: [],
    },
    {
      name: 'the first Friday among the 1st to 14th (BYDAY limits BYMONTHDAY)',
      start: berlinWallTime(2027, 1, 1, 19),
      allDay: false,
      rrule: 'FREQ=MONTHLY;BYDAY=1FR;BYMONTHDAY=1,2,3,4,5,6,7,8,9,10,11,12,13,14;COUNT=8',
      exdates: [],
    },
    {
      name: 'BYSETPOS picking one day twice, a week from Sunday (WKST)',
      start: berlinWallTime(2027, 1, 1, 19),
      allDay: false,
      rrule: 'FREQ=MONTHLY;BYMONTHDAY=1;BYSETPOS=1,-1;COUNT=5',
      exdates: [],
    },
    {
      name: 'every other week on Tuesday and Sunday, weeks from Sunday',
      start: berlinWallTime(2027, 3, 2, 9),
      allDay: false,
      rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU;WKST=SU;UNTIL=20271231',
      exdates: [],
    },
    {
      name: 'a start in the spring gap keeps its wall time on the other days',
      start: berlinWallTime(2027, 3, 28, 2, 30),
      wallStart: Date.UTC(2027, 2, 28, 2, 30),
      allDay: false,
      rrule: 'FREQ=DAILY;COUNT=5',
      exdates: [],
    },
    {
      name: 'New York, Mondays 20:00, across both zones’ switches, with a whole-day exception',
      start: Date.UTC(2027, 0, 5, 1), // 2027-01-04T20:00-05:00
      timeZone: 'America/New_York',
      allDay: false,
      rrule: 'FREQ=WEEKLY;BYDAY=MO',
      // The Berlin day of the occurrence of Monday 15 March in New York.
      exdates: [berlinWallTime(2027, 3, 16)],
    },
    {
      name: 'New York, the last Sunday of each month until a floating date',
      start: Date.UTC(2027, 0, 31, 23), // 2027-01-31T18:00-05:00
      timeZone: 'America/New_York',
      allDay: false,
      rrule: 'FREQ=MONTHLY;BYDAY=-1SU;UNTIL=20271231',
      exdates: [],
    },
    {
      name: 'UTC, weekly at 18:00 (19:00 or 20:00 in Berlin)',
      start: Date.UTC(2027, 2, 15, 18),
      timeZone: 'UTC',
      allDay: false,
      rrule: 'FREQ=WEEKLY;COUNT=12',
      exdates: [Date.UTC(2027, 2, 29, 18)],
    },
    {
      name: 'Sydney (summer time from October to April), on the 1st and last day of the month',
      start: Date.UTC(2026, 11, 31, 22), // 2027-01-01T09:00+11:00
      timeZone: 'Australia/Sydney',
      allDay: false,
      rrule: 'FREQ=MONTHLY;BYMONTHDAY=1,-1;COUNT=20',
      exdates: [],
    },
    {
      name: 'Kolkata (no summer time, +05:30), every third day',
      start: Date.UTC(2027, 1, 26, 13, 30), // 2027-02-26T19:00+05:30
      timeZone: 'Asia/Kolkata',
      allDay: false,
      rrule: 'FREQ=DAILY;INTERVAL=3;COUNT=30',
      exdates: [],
    },
  ];

  for (const c of cases) {
    it(`a calendar app shows the dates the list shows: ${c.name}`, () => {
      const rule = parseRule(c.rrule)!;
      const ics = toIcs(
        {
          uid: 'series@sonnec',
          title: 'Reihe',
          start: c.start,
          end: c.start + (c.allDay ? 86_400_000 : 3_600_000),
          allDay: c.allDay,
          recurrence: { rule, exdates: c.exdates, timeZone: c.timeZone, wallStart: c.wallStart },
        },
        STAMP,
      );
      const ours = expandOccurrences(c.start, c.rrule, c.exdates, c.start, before, {
        timeZone: c.timeZone,
        wallStart: c.wallStart,
      });
      expect(ours.length, 'the case has more than one date').to.be.greaterThan(1);
      const app = calendarAppStarts(ics, before);
      if (c.wallStart !== undefined) {
        // The file names the wall time as written (02:30), so calendars move only that day.
        expect(ics).to.contain('DTSTART;TZID=Europe/Berlin:20270328T023000');
        // ical.js reads a time in the gap with the offset after it (01:30 CET); RFC 5545
        // (3.3.5) and the list read it with the offset before it (03:30 CEST): an hour apart.
        expect(Date.parse(app[0]!)).to.equal(ours[0]! - 3_600_000);
        app[0] = new Date(ours[0]!).toISOString();
      }
      expect(app).to.deep.equal(
        ours.map((epoch) => (c.allDay ? dayText(epoch) : new Date(epoch).toISOString())),
      );
    });
  }

  it('writes a series of another zone in that zone, with its VTIMEZONE; UTC as UTC', () => {
    const entry = (timeZone: string, start: number): CalendarEntry => ({
      uid: 'x@sonnec',
      title: 'Reihe',
      start,
      end: start + 3_600_000,
      allDay: false,
      recurrence: { rule: parseRule('FREQ=WEEKLY;BYDAY=MO')!, exdates: [], timeZone },
    });
    const ny = toIcs(entry('America/New_York', Date.UTC(2026, 2, 3, 1)), STAMP).split('\r\n');
    expect(ny).to.include('DTSTART;TZID=America/New_York:20260302T200000');
    expect(ny).to.include('DTEND;TZID=America/New_York:20260302T210000');
    expect(ny).to.include('TZID:America/New_York');
    expect(ny).to.include('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU');
    expect(ny).to.include('RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU');
    expect(ny).to.not.include('TZID:Europe/Berlin');
    const utc = toIcs(entry('UTC', Date.UTC(2026, 2, 16, 18)), STAMP).split('\r\n');
    expect(utc).to.include('DTSTART:20260316T180000Z');
    expect(utc.some((l) => l.startsWith('BEGIN:VTIMEZONE'))).to.equal(false);
  });

  it('writes RRULE with the week start we expand with, and EXDATE at the series’ time', () => {
    const ics = toIcs(
      {
        uid: 'markt@sonnec',
        title: 'Markt',
        start: berlinWallTime(2027, 1, 7, 8),
        allDay: false,
        recurrence: {
          rule: parseRule('rrule:freq=weekly;byday=th')!,
          exdates: [berlinWallTime(2027, 12, 23)],
        },
      },
      STAMP,
    );
    const lines = ics.split('\r\n');
    expect(lines).to.include('RRULE:FREQ=WEEKLY;BYDAY=TH;WKST=MO');
    expect(lines).to.include('EXDATE;TZID=Europe/Berlin:20271223T080000');
  });
});

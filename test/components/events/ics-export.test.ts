import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { berlinWallTime } from '../../../src/feed/berlin-time.js';
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
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const folded = foldLine(`DESCRIPTION:${text}`);
        for (const part of folded.split('\r\n')) {
          expect(utf8.encode(part).length).to.be.at.most(75);
          expect(part).to.not.match(/\uFFFD/);
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

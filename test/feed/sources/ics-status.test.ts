/**
 * STATUS in iCalendar: a cancelled event, or a cancelled date of a series, is shown as such
 * (the model's `status`), never left out; TENTATIVE takes place as announced.
 */
import { expect } from '@open-wc/testing';
import { expandOccurrences } from '../../../src/feed/recurrence.js';
import { parseIcs } from '../../../src/feed/sources/ics.js';
import { isoInBerlin } from '../../../src/feed/sources/wire.js';
import type { Feed } from '../../../src/feed/types.js';

function calendar(...events: (readonly string[])[]): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Test//DE',
    ...events.flatMap((lines) => [
      'BEGIN:VEVENT',
      'DTSTAMP:20260101T000000Z',
      ...lines,
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ].join('\r\n');
}

/** Every occurrence in January to March 2026 as "Berlin time status". */
function shown(feed: Feed): string[] {
  const [from, to] = [Date.parse('2026-01-01T00:00:00Z'), Date.parse('2026-04-01T00:00:00Z')];
  return feed.events
    .flatMap((e) =>
      expandOccurrences(e.start, e.rrule, e.exdates, from, to).map(
        (start) => `${isoInBerlin(start)} ${e.status ?? 'scheduled'}`,
      ),
    )
    .sort();
}

describe('ICS STATUS', () => {
  it('keeps a cancelled event, marked cancelled, and TENTATIVE as scheduled', async () => {
    const feed = await parseIcs(
      calendar(
        ['UID:a', 'SUMMARY:Konzert', 'DTSTART:20260302T180000Z', 'STATUS:CANCELLED'],
        ['UID:b', 'SUMMARY:Lesung', 'DTSTART:20260303T180000Z', 'STATUS:TENTATIVE'],
        ['UID:c', 'SUMMARY:Markt', 'DTSTART:20260304T180000Z', 'STATUS:CONFIRMED'],
      ),
    );
    expect(feed.events.map((e) => [e.id, e.status])).to.deep.equal([
      ['a', 'cancelled'],
      ['b', undefined],
      ['c', undefined],
    ]);
    expect(feed.dropped).to.deep.equal([]);
  });

  it('shows a cancelled date of a series as cancelled; EXDATE still removes a date', async () => {
    const feed = await parseIcs(
      calendar(
        [
          'UID:chor',
          'SUMMARY:Chorprobe',
          'DTSTART;TZID=Europe/Berlin:20260105T190000',
          'DTEND;TZID=Europe/Berlin:20260105T210000',
          'RRULE:FREQ=WEEKLY;COUNT=4',
          'EXDATE;TZID=Europe/Berlin:20260119T190000',
        ],
        [
          'UID:chor',
          'SUMMARY:Chorprobe',
          'RECURRENCE-ID;TZID=Europe/Berlin:20260112T190000',
          'DTSTART;TZID=Europe/Berlin:20260112T190000',
          'DTEND;TZID=Europe/Berlin:20260112T210000',
          'STATUS:CANCELLED',
        ],
      ),
    );
    expect(shown(feed)).to.deep.equal([
      '2026-01-05T19:00:00+01:00 scheduled',
      '2026-01-12T19:00:00+01:00 cancelled',
      '2026-01-26T19:00:00+01:00 scheduled',
    ]);
    const date = feed.events.find((e) => e.id === 'chor/20260112T190000')!;
    expect(date.title).to.equal('Chorprobe');
    expect(isoInBerlin(date.end!)).to.equal('2026-01-12T21:00:00+01:00');
  });

  it('gives the extra dates (RDATE) of a cancelled series its status', async () => {
    const feed = await parseIcs(
      calendar([
        'UID:kurs',
        'SUMMARY:Kurs',
        'DTSTART:20260105T180000Z',
        'RRULE:FREQ=WEEKLY;COUNT=2',
        'RDATE:20260210T180000Z',
        'STATUS:CANCELLED',
      ]),
    );
    expect(shown(feed)).to.deep.equal([
      '2026-01-05T19:00:00+01:00 cancelled',
      '2026-01-12T19:00:00+01:00 cancelled',
      '2026-02-10T19:00:00+01:00 cancelled',
    ]);
  });
});

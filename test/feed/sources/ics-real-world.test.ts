/**
 * The ICS adapter on what other writers produce: malformed lines that must cost only their
 * property or VEVENT, series in other time zones (the wire's `timeZone`, read from `readIcs`
 * because the model's validator of this branch does not know the field yet), duplicate dates and
 * versions, RANGE=THISANDFUTURE, and values that would hang ical.js.
 */
import { expect } from '@open-wc/testing';
import { FeedError } from '../../../src/feed/errors.js';
import { parseIcs, readIcs } from '../../../src/feed/sources/ics.js';
import { MAX_SOURCE_CHARS } from '../../../src/feed/sources/limits.js';
import { isoInBerlin } from '../../../src/feed/sources/wire.js';
import type { Wire } from '../../../src/feed/sources/wire.js';

const berlin = (epoch: number | undefined) =>
  epoch === undefined ? undefined : isoInBerlin(epoch);

/** A calendar of VEVENTs, each given as its lines without BEGIN/END. */
function calendar(...events: (readonly string[])[]): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Test//DE',
    ...events.flatMap((lines) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT']),
    'END:VCALENDAR',
  ].join('\r\n');
}

const event = (uid: string, ...lines: string[]) => [
  `UID:${uid}`,
  'DTSTAMP:20260101T000000Z',
  `SUMMARY:Termin ${uid}`,
  ...lines,
];

async function wireEvents(text: string): Promise<Wire[]> {
  return (await readIcs(text)).wire.events as Wire[];
}

function wireById(events: readonly Wire[], id: string): Wire {
  const found = events.find((e) => e.id === id);
  if (!found) throw new Error(`no ${id} in ${events.map((e) => String(e.id)).join(', ')}`);
  return found;
}

describe('ICS adapter on real-world calendars', () => {
  describe('one malformed line costs its property or its VEVENT, never the calendar', () => {
    it('reads BYDAY=MO, TU (a space after the comma) as MO,TU', async () => {
      const feed = await parseIcs(
        calendar(event('a', 'DTSTART:20260302T180000Z', 'RRULE:FREQ=WEEKLY;BYDAY=MO, TU')),
      );
      expect(feed.events.map((e) => e.rrule)).to.deep.equal(['FREQ=WEEKLY;BYDAY=MO,TU']);
      expect(feed.dropped).to.deep.equal([]);
    });

    it('leaves out an RRULE with an unknown FREQ, keeps the event and names it', async () => {
      const feed = await parseIcs(
        calendar(
          event('a', 'DTSTART:20260302T180000Z', 'RRULE:FREQ=FORTNIGHTLY'),
          event('b', 'DTSTART:20260303T180000Z'),
        ),
      );
      expect(feed.events.map((e) => [e.id, e.rrule])).to.deep.equal([
        ['a', undefined],
        ['b', undefined],
      ]);
      expect(feed.dropped).to.have.length(1);
      expect(feed.dropped[0]).to.include({ section: 'events', index: 0, id: 'a' });
      expect(feed.dropped[0]!.reason).to.match(/^RRULE left out \(RRULE:FREQ=FORTNIGHTLY: /);
    });

    it('leaves out a line that lost its folding space, keeps the description before it', async () => {
      const feed = await parseIcs(
        calendar(
          event(
            'a',
            'DTSTART:20260302T180000Z',
            'DESCRIPTION:Erster Teil',
            'zweiter Teil ohne Leerzeichen am Anfang',
            'LOCATION:Rathaus',
          ),
        ),
      );
      expect(feed.events).to.have.length(1);
      expect(feed.events[0]!.description).to.equal('<p>Erster Teil</p>');
      expect(feed.events[0]!.location).to.deep.equal({ name: 'Rathaus' });
      expect(feed.dropped.map((d) => [d.index, d.id, d.reason])).to.deep.equal([
        [0, 'a', 'ZWEITER left out (zweiter Teil ohne Leerzeichen am Anfang: not a content line)'],
      ]);
    });

    it('drops only the VEVENT with a broken DTSTART, with its UID', async () => {
      const feed = await parseIcs(
        calendar(
          event('gut', 'DTSTART:20260302T180000Z'),
          event('kaputt', 'DTSTART:20261302T180000Z'),
          event('auch-gut', 'DTSTART;TZID=Europe/Berlin:20260304T180000'),
        ),
      );
      expect(feed.events.map((e) => e.id)).to.deep.equal(['gut', 'auch-gut']);
      expect(feed.dropped).to.deep.equal([
        {
          section: 'events',
          index: 1,
          id: 'kaputt',
          reason: 'unreadable (DTSTART:20261302T180000Z: not a date or time)',
        },
      ]);
    });

    it('keeps the VEVENTs after one whose END is missing', async () => {
      const text = calendar(event('a', 'DTSTART:20260302T180000Z')).replace(
        'END:VEVENT',
        'BEGIN:VALARM\r\nTRIGGER:-PT15M\r\nACTION:DISPLAY\r\nEND:VEVENT',
      );
      const feed = await parseIcs(text);
      expect(feed.events.map((e) => e.id)).to.deep.equal(['a']);
    });

    it('fails with a typed parse error when no VEVENT can be read', async () => {
      const text = calendar(
        event('x', 'DTSTART:2026-03-02 18 Uhr'),
        event('y', 'DTSTART:20260230T250000'),
      );
      try {
        await parseIcs(text);
        expect.fail('no error');
      } catch (error) {
        expect(error).to.be.instanceOf(FeedError);
        expect((error as FeedError).kind).to.equal('parse');
        expect((error as FeedError).message).to.match(/^No event of the calendar can be read/);
      }
    });

    it('reports a stray END in an event it keeps, and still fails when no event is readable', async () => {
      const kept = await parseIcs(calendar(event('a', 'DTSTART:20260302T180000Z', 'END:VALARM')));
      expect(kept.events.map((e) => e.id)).to.deep.equal(['a']);
      expect(kept.dropped.map((d) => d.reason)).to.deep.equal([
        'END left out (END:VALARM: no such component is open)',
      ]);
      try {
        await parseIcs(calendar(event('b', 'DTSTART:kaputt', 'END:VALARM')));
        expect.fail('no error');
      } catch (error) {
        expect((error as FeedError).kind).to.equal('parse');
      }
    });

    it('shows an event without a title as calendar apps do, noted, not as an error', async () => {
      const feed = await parseIcs(calendar(['UID:ohne', 'DTSTART:20260302T180000Z']));
      expect(feed.events.map((e) => e.title)).to.deep.equal([
        { de: '(Kein Titel)', en: '(No title)' },
      ]);
      expect(feed.dropped.map((d) => [d.reason, d.kept])).to.deep.equal([
        ['no SUMMARY: shown as “(Kein Titel)”', true],
      ]);
    });

    it('leaves out an RDATE period between two dates, keeps its event', async () => {
      const feed = await parseIcs(
        calendar(event('p', 'DTSTART:19970101T180000Z', 'RDATE;VALUE=PERIOD:19970101/19970102')),
      );
      expect(feed.events.map((e) => e.id)).to.deep.equal(['p']);
      expect(feed.dropped.map((d) => d.reason)).to.deep.equal([
        'RDATE left out (RDATE;VALUE=PERIOD:19970101/19970102: not a period)',
      ]);
    });

    it('gives an empty calendar, not an error, when every event is private', async () => {
      const feed = await parseIcs(
        calendar(event('x', 'DTSTART:20260302T180000Z', 'CLASS:PRIVATE')),
      );
      expect(feed.events).to.deep.equal([]);
      expect(feed.dropped.map((d) => d.reason)).to.deep.equal(['not public (CLASS:PRIVATE)']);
    });
  });

  describe('values that would hang ical.js are bounded before it sees them', () => {
    it('leaves out DURATION:P999999999999999999W and keeps the event', async () => {
      const started = performance.now();
      const feed = await parseIcs(
        calendar(event('lang', 'DTSTART:20260302T180000Z', 'DURATION:P999999999999999999W')),
      );
      expect(performance.now() - started).to.be.below(2000);
      expect(feed.events.map((e) => [e.id, e.end])).to.deep.equal([['lang', undefined]]);
      expect(feed.dropped[0]!.reason).to.equal(
        'DURATION left out (DURATION:P999999999999999999W: not a usable duration)',
      );
    });

    it('leaves out a COUNT past 100,000 and a time zone rule that is not yearly', async () => {
      const text = calendar(
        event('viel', 'DTSTART;TZID=Test:20260302T180000', 'RRULE:FREQ=DAILY;COUNT=99999999999'),
      ).replace(
        'BEGIN:VEVENT',
        [
          'BEGIN:VTIMEZONE',
          'TZID:Test',
          'BEGIN:STANDARD',
          'DTSTART:16010101T000000',
          'RRULE:FREQ=SECONDLY',
          'TZOFFSETFROM:+0100',
          'TZOFFSETTO:+0100',
          'END:STANDARD',
          'END:VTIMEZONE',
          'BEGIN:VEVENT',
        ].join('\r\n'),
      );
      const feed = await parseIcs(text);
      expect(feed.events.map((e) => [e.id, e.rrule, berlin(e.start)])).to.deep.equal([
        ['viel', undefined, '2026-03-02T18:00:00+01:00'],
      ]);
      expect(feed.dropped.map((d) => [d.section, d.reason])).to.deep.equal([
        ['calendar', 'RRULE left out (RRULE:FREQ=SECONDLY: a time zone rule must be yearly)'],
        ['events', 'RRULE left out (RRULE:FREQ=DAILY;COUNT=99999999999: COUNT above 100000)'],
      ]);
    });

    it('refuses a source larger than the limit with a typed error', async () => {
      const huge = calendar(
        event('a', 'DTSTART:20260302T180000Z', `DESCRIPTION:${'x'.repeat(MAX_SOURCE_CHARS)}`),
      );
      try {
        await parseIcs(huge);
        expect.fail('no error');
      } catch (error) {
        expect((error as FeedError).kind).to.equal('parse');
        expect((error as FeedError).message).to.match(/^The source is too large/);
      }
    });
  });

  describe('series in other time zones carry their zone', () => {
    const weekly = 'RRULE:FREQ=WEEKLY;BYDAY=MO';

    it('New York: the instant of the first date and timeZone America/New_York', async () => {
      const [series] = await wireEvents(
        calendar(event('ny', 'DTSTART;TZID=America/New_York:20260302T200000', weekly)),
      );
      expect(series).to.include({
        start: '2026-03-03T02:00:00+01:00',
        timeZone: 'America/New_York',
        rrule: 'FREQ=WEEKLY;BYDAY=MO',
      });
    });

    it('a UTC start recurs in UTC; a Berlin one has no timeZone; single events none', async () => {
      const events = await wireEvents(
        calendar(
          event('utc', 'DTSTART:20260316T180000Z', weekly),
          event('berlin', 'DTSTART;TZID=Europe/Berlin:20260316T180000', weekly),
          event('einmal', 'DTSTART;TZID=America/New_York:20260316T180000'),
        ),
      );
      expect(wireById(events, 'utc')).to.include({
        start: '2026-03-16T18:00:00Z',
        timeZone: 'UTC',
      });
      expect(wireById(events, 'berlin')).to.not.have.property('timeZone');
      expect(wireById(events, 'einmal')).to.not.have.property('timeZone');
    });

    for (const [tzid, zone] of [
      ['Eastern Standard Time', 'America/New_York'],
      ['"(UTC-05:00) Eastern Time (US & Canada)"', 'America/New_York'],
      ['/mozilla.org/20070129_1/America/New_York', 'America/New_York'],
      ['"America/New_York"', 'America/New_York'],
      ['Pacific Standard Time', 'America/Los_Angeles'],
      ['GMT Standard Time', 'Europe/London'],
    ] as const) {
      it(`maps TZID=${tzid} to ${zone}`, async () => {
        const [series] = await wireEvents(
          calendar(event('s', `DTSTART;TZID=${tzid}:20260302T200000`, weekly)),
        );
        expect(series!.timeZone).to.equal(zone);
      });
    }

    it('maps Outlook’s Berlin names to Berlin (no timeZone, wall time kept)', async () => {
      for (const tzid of [
        'W. Europe Standard Time',
        '"(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"',
      ]) {
        const [series] = await wireEvents(
          calendar(event('s', `DTSTART;TZID=${tzid}:20260302T200000`, weekly)),
        );
        expect(series, tzid).to.include({ start: '2026-03-02T20:00:00' });
        expect(series, tzid).to.not.have.property('timeZone');
      }
    });

    const customZone = (name: string, lic: string[]) => [
      'BEGIN:VTIMEZONE',
      `TZID:${name}`,
      ...lic,
      'BEGIN:STANDARD',
      'DTSTART:19701101T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
      'TZOFFSETFROM:-0400',
      'TZOFFSETTO:-0500',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:19700308T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
      'TZOFFSETFROM:-0500',
      'TZOFFSETTO:-0400',
      'END:DAYLIGHT',
      'END:VTIMEZONE',
    ];
    const withZone = (zone: string[], ...lines: string[]) =>
      calendar(event('s', ...lines)).replace(
        'BEGIN:VEVENT',
        [...zone, 'BEGIN:VEVENT'].join('\r\n'),
      );

    it('reads a custom TZID by its VTIMEZONE’s X-LIC-LOCATION', async () => {
      const [series] = await wireEvents(
        withZone(
          customZone('Büro Ostküste', ['X-LIC-LOCATION:America/New_York']),
          'DTSTART;TZID=Büro Ostküste:20260302T200000',
          weekly,
        ),
      );
      expect(series).to.include({
        start: '2026-03-03T02:00:00+01:00',
        timeZone: 'America/New_York',
      });
    });

    it('reads an unknown TZID by its VTIMEZONE’s offsets and reports the series', async () => {
      const read = await readIcs(
        withZone(
          customZone('Büro Ostküste', []),
          'DTSTART;TZID=Büro Ostküste:20260302T200000',
          weekly,
        ),
      );
      const [series] = read.wire.events as Wire[];
      expect(series).to.include({ start: '2026-03-03T02:00:00+01:00' });
      expect(series).to.not.have.property('timeZone');
      expect(read.dropped.map((d) => [d.id, d.reason])).to.deep.equal([
        [
          's',
          'time zone "Büro Ostküste" unknown: times read by its VTIMEZONE, the series recurs in Berlin time',
        ],
      ]);
    });
  });

  describe('series: duplicates, versions, THISANDFUTURE', () => {
    it('adds no event for an RDATE on DTSTART or on a date of the rule', async () => {
      const feed = await parseIcs(
        calendar(
          event(
            'r',
            'DTSTART;TZID=Europe/Berlin:20260302T190000',
            'DTEND;TZID=Europe/Berlin:20260302T210000',
            'RRULE:FREQ=WEEKLY;COUNT=4',
            'RDATE;TZID=Europe/Berlin:20260302T190000,20260316T190000,20260318T190000',
          ),
        ),
      );
      expect(feed.events.map((e) => [e.id, berlin(e.start)])).to.deep.equal([
        ['r', '2026-03-02T19:00:00+01:00'],
        ['r/20260318T190000', '2026-03-18T19:00:00+01:00'],
      ]);
    });

    it('of two masters with one UID keeps the higher SEQUENCE, wherever it stands', async () => {
      const feed = await parseIcs(
        calendar(
          [...event('v', 'DTSTART:20260302T180000Z', 'SEQUENCE:2'), 'LOCATION:Neu'],
          [...event('v', 'DTSTART:20260301T180000Z', 'SEQUENCE:1'), 'LOCATION:Alt'],
        ),
      );
      expect(feed.events.map((e) => e.location?.name)).to.deep.equal(['Neu']);
      expect(feed.dropped.map((d) => [d.index, d.id])).to.deep.equal([[1, 'v']]);
      const later = await parseIcs(
        calendar(
          [...event('v', 'DTSTART:20260301T180000Z', 'SEQUENCE:1'), 'LOCATION:Alt'],
          [...event('v', 'DTSTART:20260302T180000Z', 'SEQUENCE:2'), 'LOCATION:Neu'],
        ),
      );
      expect(later.events.map((e) => e.location?.name)).to.deep.equal(['Neu']);
      expect(later.dropped.map((d) => [d.index, d.id])).to.deep.equal([[0, 'v']]);
    });

    it('with equal SEQUENCE keeps the later LAST-MODIFIED, then the later DTSTAMP', async () => {
      const version = (location: string, ...lines: string[]) => [
        'UID:v',
        'SUMMARY:Termin',
        'DTSTART:20260302T180000Z',
        `LOCATION:${location}`,
        ...lines,
      ];
      const byModified = await parseIcs(
        calendar(
          version('Neu', 'LAST-MODIFIED:20260205T000000Z', 'DTSTAMP:20260101T000000Z'),
          version('Alt', 'LAST-MODIFIED:20260201T000000Z', 'DTSTAMP:20260301T000000Z'),
        ),
      );
      expect(byModified.events.map((e) => e.location?.name)).to.deep.equal(['Neu']);
      const byStamp = await parseIcs(
        calendar(
          version('Alt', 'DTSTAMP:20260101T000000Z'),
          version('Neu', 'DTSTAMP:20260301T000000Z'),
        ),
      );
      expect(byStamp.events.map((e) => e.location?.name)).to.deep.equal(['Neu']);
    });

    it('RANGE=THISANDFUTURE ends the series and carries the rest with the new time', async () => {
      const events = await wireEvents(
        calendar(
          event(
            'kurs',
            'DTSTART;TZID=Europe/Berlin:20260105T190000',
            'DTEND;TZID=Europe/Berlin:20260105T203000',
            'RRULE:FREQ=WEEKLY;COUNT=6',
          ),
          [
            'UID:kurs',
            'DTSTAMP:20260101T000000Z',
            'SUMMARY:Kurs (neue Zeit)',
            'RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Berlin:20260119T190000',
            'DTSTART;TZID=Europe/Berlin:20260119T200000',
            'DTEND;TZID=Europe/Berlin:20260119T213000',
          ],
        ),
      );
      expect(events.map((e) => [e.id, e.start, e.rrule, e.title])).to.deep.equal([
        ['kurs', '2026-01-05T19:00:00', 'FREQ=WEEKLY;UNTIL=20260119T175959Z', 'Termin kurs'],
        ['kurs/20260119T190000', '2026-01-19T20:00:00', 'FREQ=WEEKLY;COUNT=4', 'Kurs (neue Zeit)'],
      ]);
    });

    it('an override after a THISANDFUTURE replaces the moved date of the new part', async () => {
      const feed = await parseIcs(
        calendar(
          event('kurs', 'DTSTART:20260105T180000Z', 'RRULE:FREQ=WEEKLY;COUNT=6'),
          [
            'UID:kurs',
            'SUMMARY:Kurs (früher)',
            'RECURRENCE-ID;RANGE=THISANDFUTURE:20260119T180000Z',
            'DTSTART:20260119T170000Z',
          ],
          // Names the original 26 January 18:00Z, which the new part has at 17:00Z.
          [
            'UID:kurs',
            'SUMMARY:Kurs (Ausnahme)',
            'RECURRENCE-ID:20260126T180000Z',
            'DTSTART:20260127T170000Z',
          ],
        ),
      );
      const part = feed.events.find((e) => e.id === 'kurs/20260119T180000')!;
      expect(part.rrule).to.equal('FREQ=WEEKLY;COUNT=4');
      expect(part.exdates).to.deep.equal([Date.parse('2026-01-26T17:00:00Z')]);
      expect(feed.events.find((e) => e.id === 'kurs')!.exdates).to.deep.equal([]);
      expect(feed.events.map((e) => e.id)).to.include('kurs/20260126T180000');
    });

    it('a cancelled THISANDFUTURE ends the series there', async () => {
      const events = await wireEvents(
        calendar(event('kurs', 'DTSTART:20260105T180000Z', 'RRULE:FREQ=WEEKLY'), [
          'UID:kurs',
          'RECURRENCE-ID;RANGE=THISANDFUTURE:20260119T180000Z',
          'DTSTART:20260119T180000Z',
          'STATUS:CANCELLED',
        ]),
      );
      expect(events.map((e) => [e.id, e.rrule])).to.deep.equal([
        ['kurs', 'FREQ=WEEKLY;UNTIL=20260119T175959Z'],
      ]);
    });
  });
});

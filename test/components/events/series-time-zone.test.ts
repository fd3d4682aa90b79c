import { expect } from '@open-wc/testing';
import { berlinParts } from '../../../src/feed/berlin-time.js';
import { toWire } from '../../../src/feed/serialize.js';
import { validateFeed } from '../../../src/feed/validate.js';
import { calendarEntry, seriesEntry } from '../../../src/components/events/event-detail.js';
import { expandFeed } from '../../../src/components/events/events-query.js';
import { expandSeries } from '../../../src/components/events/events-series.js';
import { toIcs } from '../../../src/internal/ics-export.js';

/** "2026-03-10 01:00" in Berlin. */
function wall(epoch: number): string {
  const p = berlinParts(epoch);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

const base = { title: 'Reihe', city: 'both' };
const feedOf = (...events: Record<string, unknown>[]) =>
  validateFeed({ version: 1, events: events.map((e) => ({ ...base, ...e })) });
const listed = (events: Record<string, unknown>[], from: string, to: string) =>
  expandFeed(feedOf(...events), Date.parse(from), Date.parse(to), expandSeries).map((o) =>
    wall(o.start),
  );

describe('a series in its own time zone', () => {
  it('reads timeZone: canonical IANA names, Berlin as absent, an unknown name drops the event', () => {
    const feed = feedOf(
      { id: 'ny', start: '2026-03-02T20:00', timeZone: 'america/new_york', rrule: 'FREQ=DAILY' },
      { id: 'berlin', start: '2026-03-02T20:00', timeZone: 'Europe/Berlin', rrule: 'FREQ=DAILY' },
      { id: 'mars', start: '2026-03-02T20:00', timeZone: 'Mars/Olympus_Mons', rrule: 'FREQ=DAILY' },
      { id: 'number', start: '2026-03-02T20:00', timeZone: 5 },
    );
    expect(feed.events.map((e) => [e.id, e.timeZone])).to.deep.equal([
      ['ny', 'America/New_York'],
      ['berlin', undefined],
    ]);
    // A time without offset is read in the series' zone.
    expect(feed.events[0]!.start).to.equal(Date.parse('2026-03-03T01:00:00Z'));
    expect(feed.dropped.map((d) => [d.id, d.reason])).to.deep.equal([
      ['mars', 'unknown time zone "Mars/Olympus_Mons"'],
      ['number', 'unknown time zone 5'],
    ]);
  });

  it('lists a New York series in Berlin time: an hour earlier while only the US keeps summer time', () => {
    const ny = { id: 'ny', start: '2026-03-02T20:00', timeZone: 'America/New_York' };
    expect(
      listed(
        [{ ...ny, rrule: 'FREQ=WEEKLY;BYDAY=MO', end: '2026-03-02T22:00' }],
        '2026-03-01T00:00Z',
        '2026-04-08T00:00Z',
      ),
    ).to.deep.equal([
      '2026-03-03 02:00',
      '2026-03-10 01:00',
      '2026-03-17 01:00',
      '2026-03-24 01:00',
      '2026-03-31 02:00',
      '2026-04-07 02:00',
    ]);
    // Each occurrence lasts two hours of New York's clock.
    const [first, second] = expandFeed(
      feedOf({ ...ny, rrule: 'FREQ=WEEKLY;BYDAY=MO', end: '2026-03-02T22:00' }),
      Date.parse('2026-03-01T00:00Z'),
      Date.parse('2026-03-12T00:00Z'),
      expandSeries,
    );
    expect([first!.end! - first!.start, second!.end! - second!.start]).to.deep.equal([
      7_200_000, 7_200_000,
    ]);
    // A UTC series stays at 18:00 UTC: 20:00 in Berlin's summer.
    expect(
      listed(
        [
          {
            id: 'utc',
            start: '2026-03-16T18:00:00Z',
            timeZone: 'UTC',
            rrule: 'FREQ=WEEKLY;COUNT=3',
          },
        ],
        '2026-03-01T00:00Z',
        '2026-05-01T00:00Z',
      ),
    ).to.deep.equal(['2026-03-16 19:00', '2026-03-23 19:00', '2026-03-30 20:00']);
  });

  it('keeps the wall time of a start in the spring gap, also in the written feed', () => {
    const gap = { id: 'nacht', start: '2026-03-29T02:30', rrule: 'FREQ=DAILY;COUNT=3' };
    const feed = feedOf(gap);
    expect(feed.events[0]!.wallStart).to.equal(Date.UTC(2026, 2, 29, 2, 30));
    const days = ['2026-03-29 03:30', '2026-03-30 02:30', '2026-03-31 02:30'];
    expect(listed([gap], '2026-03-28T00:00Z', '2026-04-05T00:00Z')).to.deep.equal(days);
    // Written without offset, it reads back as the same model.
    const wire = toWire(feed) as { events: Record<string, unknown>[] };
    expect(wire.events[0]!.start).to.equal('2026-03-29T02:30:00');
    expect(validateFeed(wire).events).to.deep.equal(feed.events);
    // An exact instant in the gap does not exist: with an offset, the time is the instant's.
    expect(feedOf({ ...gap, start: '2026-03-29T03:30:00+02:00' }).events[0]!.wallStart).to.equal(
      undefined,
    );
  });

  it('writes timeZone back, and reads the written feed as the same model', () => {
    const feed = feedOf({
      id: 'ny',
      start: '2026-03-02T20:00',
      end: '2026-03-02T22:00',
      timeZone: 'America/New_York',
      rrule: 'FREQ=WEEKLY;BYDAY=MO',
      exdates: ['2026-03-16T20:00'],
    });
    expect(feed.events[0]!.exdates).to.deep.equal([Date.parse('2026-03-17T00:00:00Z')]);
    const wire = toWire(feed) as { events: Record<string, unknown>[] };
    expect(wire.events[0]!.timeZone).to.equal('America/New_York');
    expect(validateFeed(wire).events).to.deep.equal(feed.events);
  });

  it('gives the dialog’s series file the series’ zone and the gap start’s wall time', () => {
    const feed = feedOf(
      { id: 'ny', start: '2026-03-02T20:00', timeZone: 'America/New_York', rrule: 'FREQ=WEEKLY' },
      { id: 'nacht', start: '2026-03-29T02:30', rrule: 'FREQ=DAILY;COUNT=3' },
    );
    const files = expandFeed(
      feed,
      Date.parse('2026-03-01T00:00Z'),
      Date.parse('2026-03-31T00:00Z'),
      expandSeries,
    )
      .filter((o, i, all) => all.findIndex((x) => x.event === o.event) === i)
      .map((o) => toIcs(seriesEntry(o, calendarEntry(o, 'de', 'https://example.org/'))!));
    expect(files[0]).to.contain('\r\nDTSTART;TZID=America/New_York:20260302T200000\r\n');
    expect(files[1]).to.contain('\r\nDTSTART;TZID=Europe/Berlin:20260329T023000\r\n');
  });
});

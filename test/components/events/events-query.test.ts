import { expect } from '@open-wc/testing';
import {
  dayToEpoch,
  expandFeed,
  groupByDay,
  queryWindow,
  selectEvents,
} from '../../../src/components/events/events-query.js';
import * as search from '../../../src/components/events/events-search.js';
import { presetRange, warmSearchText } from '../../../src/components/events/events-search.js';
import { berlinDayKey, berlinWallTime } from '../../../src/feed/berlin-time.js';
import { expandSeries as expand } from '../../../src/components/events/events-series.js';
import type { Feed } from '../../../src/feed/types.js';
import { validateFeed } from '../../../src/feed/validate.js';
import { bigFeed } from './helpers.js';

const day = (t: number | undefined) => (t === undefined ? undefined : berlinDayKey(t));

function feedOf(raw: unknown): Feed {
  return validateFeed(raw);
}

describe('events-query', () => {
  it('computes the date presets in Berlin days', () => {
    const friday = berlinWallTime(2026, 12, 4, 23, 30);
    expect(presetRange('today', friday).map(day)).to.deep.equal(['2026-12-04', '2026-12-05']);
    expect(presetRange('weekend', friday).map(day)).to.deep.equal(['2026-12-05', '2026-12-07']);
    const sunday = berlinWallTime(2026, 12, 6, 10);
    expect(presetRange('weekend', sunday).map(day)).to.deep.equal(['2026-12-05', '2026-12-07']);
    expect(presetRange('month', friday).map(day)).to.deep.equal(['2026-12-04', '2027-01-01']);
    expect(presetRange('range', friday, '2027-01-02', '2027-01-03').map(day)).to.deep.equal([
      '2027-01-02',
      '2027-01-04',
    ]);
    expect(presetRange('range', friday, '', 'bogus')).to.deep.equal([undefined, undefined]);
  });

  it('reads only real days as `from`, `to` and a custom range', () => {
    expect(day(dayToEpoch(' 2027-03-28 '))).to.equal('2027-03-28');
    expect(dayToEpoch('2027-03-28')).to.equal(berlinWallTime(2027, 3, 28));
    // Not the first day of the next year or month, as a calendar that rolls over would read them.
    expect(dayToEpoch('2026-13-01')).to.equal(undefined);
    expect(dayToEpoch('2026-00-10')).to.equal(undefined);
    expect(dayToEpoch('2027-02-29')).to.equal(undefined);
    expect(dayToEpoch('2027-03-28T10:00')).to.equal(undefined);
    expect(dayToEpoch('')).to.equal(undefined);
    expect(dayToEpoch(undefined)).to.equal(undefined);
  });

  it('with `startingOnly`, leaves out what is already running at the start of the range', () => {
    const feed = feedOf({
      version: 1,
      events: [
        {
          id: 'exhibition',
          title: 'Ausstellung',
          city: 'sonneberg',
          start: '2026-11-28',
          end: '2027-01-06',
        },
        { id: 'concert', title: 'Konzert', city: 'both', start: '2026-12-05T19:00:00+01:00' },
      ],
    });
    const now = berlinWallTime(2026, 12, 4, 18);
    const from = berlinWallTime(2026, 12, 5);
    const ids = (startingOnly: boolean) =>
      selectEvents(feed, { now, from, startingOnly }).items.map((o) => o.event.id);
    expect(ids(false)).to.deep.equal(['exhibition', 'concert']);
    expect(ids(true)).to.deep.equal(['concert']);
  });

  it('never shows the past, and lets a custom range reach past the default year', () => {
    const now = berlinWallTime(2026, 12, 4, 18);
    const w = queryWindow({ now, from: berlinWallTime(2026, 1, 1) });
    expect(w.lower).to.equal(now);
    expect(day(w.upper)).to.equal('2027-12-04');
    const far = queryWindow(
      { now, date: 'range', rangeFrom: '2028-01-01', rangeTo: '2028-01-31' },
      search,
    );
    expect(day(far.lower)).to.equal('2028-01-01');
    expect(day(far.upper)).to.equal('2028-02-01');
    // … but never past the webmaster's `to`.
    const capped = queryWindow(
      { now, to: berlinWallTime(2027, 1, 1), date: 'range', rangeTo: '2028-01-31' },
      search,
    );
    expect(day(capped.upper)).to.equal('2027-01-01');
  });

  it('groups a running multi-day event under the first shown day', () => {
    const feed = feedOf({
      version: 1,
      events: [
        { id: 'expo', title: 'Ausstellung', start: '2026-11-20', end: '2026-12-20', city: 'both' },
        { id: 'talk', title: 'Vortrag', start: '2026-12-04T19:00', city: 'both' },
        { id: 'late', title: 'Spät', start: '2026-12-05T09:00', city: 'both' },
      ],
    });
    const now = berlinWallTime(2026, 12, 4, 12);
    const { items, lower } = selectEvents(feed, { now });
    const groups = groupByDay(items, lower);
    expect(groups.map((g) => [g.day, g.items.map((o) => o.event.id)])).to.deep.equal([
      ['2026-12-04', ['expo', 'talk']],
      ['2026-12-05', ['late']],
    ]);
  });

  it('keeps a timed event without an end for the rest of its day', () => {
    const feed = feedOf({
      version: 1,
      events: [{ id: 'talk', title: 'Vortrag', start: '2026-12-04T10:00', city: 'both' }],
    });
    expect(selectEvents(feed, { now: berlinWallTime(2026, 12, 4, 23) }).items).to.have.length(1);
    expect(selectEvents(feed, { now: berlinWallTime(2026, 12, 5, 0, 1) }).items).to.have.length(0);
  });

  it('caches the expansion per feed and range', () => {
    const feed = feedOf(bigFeed(200));
    const from = berlinWallTime(2026, 12, 4);
    const to = berlinWallTime(2027, 12, 4);
    expect(expandFeed(feed, from, to, expand)).to.equal(expandFeed(feed, from, to, expand));
  });

  it('expands and filters a feed of 10,000 events', function () {
    // Functional only: how fast this is, is measured by `npm run bench` (bench/run.mjs).
    this.timeout(60_000);
    const now = berlinWallTime(2026, 12, 4, 18);
    const feed = feedOf(bigFeed(10_000));
    const all = selectEvents(feed, { now, expand });
    expect(all.items.length).to.be.greaterThan(10_000);
    warmSearchText(feed, (step) => step());
    const some = selectEvents(
      feed,
      { now, expand, city: 'neustadt', text: 'markt wörtern' },
      search,
    );
    expect(some.items.length).to.be.greaterThan(0);
    expect(some.items.length).to.be.lessThan(all.items.length);
    expect(some.items.every((o) => o.event.city !== 'sonneberg')).to.be.true;
    const sport = selectEvents(feed, { now, expand, category: 'sport', date: 'month' }, search);
    expect(sport.items.length).to.be.greaterThan(0);
    expect(sport.items.every((o) => o.start < berlinWallTime(2027, 1, 1))).to.be.true;
  });

  it('applies date presets and search only with the refinements (filters or sync-url)', () => {
    const now = berlinWallTime(2026, 12, 4, 18);
    const feed = feedOf(bigFeed(500));
    const all = selectEvents(feed, { now }).items.length;
    const query = { now, text: 'markt', date: 'month' as const };
    expect(selectEvents(feed, query).items.length).to.equal(all);
    const refined = selectEvents(feed, query, search).items;
    expect(refined.length).to.be.greaterThan(0);
    expect(refined.length).to.be.lessThan(all);
    expect(refined.every((o) => o.start < berlinWallTime(2027, 1, 1))).to.be.true;
    expect(refined.every((o) => JSON.stringify(o.event.title).includes('Markt'))).to.be.true;
  });
});

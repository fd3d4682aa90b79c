import { expect } from '@open-wc/testing';
import { berlinWallTime as at } from '../../src/feed/berlin-time.js';
import { openingStateAt, weekTable } from '../../src/feed/opening-state.js';
import type { CityId, OpeningHours, WeeklyHours } from '../../src/feed/types.js';

const TUE_TO_SUN = [2, 3, 4, 5, 6, 0];
/** Tuesday–Sunday 10–17, closed on public holidays: both sample museums. */
const museum: OpeningHours = {
  weekly: [{ days: TUE_TO_SUN, opens: 600, closes: 1020 }],
  special: [],
  publicHolidays: 'closed',
};
const hours = (weekly: WeeklyHours[], more: Partial<OpeningHours> = {}): OpeningHours => ({
  weekly,
  special: [],
  publicHolidays: 'closed',
  ...more,
});
const state = (h: OpeningHours, city: CityId, now: number) => openingStateAt(h, city, now).state;

describe('openingStateAt', () => {
  describe('the issue’s “done when”: Tuesday–Sunday 10–17, closed on public holidays', () => {
    it('Wednesday 6 January 2027, 11:00: Neustadt closed for Epiphany, Sonneberg open', () => {
      const now = at(2027, 1, 6, 11);
      const neustadt = state(museum, 'neustadt', now);
      expect(neustadt.kind).to.equal('holiday');
      expect(neustadt.kind === 'holiday' && neustadt.holiday.de).to.equal('Heilige Drei Könige');
      expect(neustadt.kind === 'holiday' && neustadt.holiday.state?.de).to.equal('Bayern');
      expect(state(museum, 'sonneberg', now)).to.deep.equal({
        kind: 'open',
        until: at(2027, 1, 6, 17),
      });
    });

    it('Sunday 31 October 2027 (the clocks go back): Sonneberg closed, Neustadt open', () => {
      const now = at(2027, 10, 31, 11);
      const sonneberg = state(museum, 'sonneberg', now);
      expect(sonneberg.kind === 'holiday' && sonneberg.holiday.de).to.equal('Reformationstag');
      expect(sonneberg.kind === 'holiday' && sonneberg.holiday.state?.de).to.equal('Thüringen');
      // 17:00 in winter time: 16:00 UTC.
      expect(state(museum, 'neustadt', now)).to.deep.equal({
        kind: 'open',
        until: Date.parse('2027-10-31T16:00:00Z'),
      });
    });

    it('Sunday 15 August 2027: both open (no Mariä Himmelfahrt in Neustadt b. Coburg)', () => {
      const now = at(2027, 8, 15, 11);
      expect(state(museum, 'neustadt', now).kind).to.equal('open');
      expect(state(museum, 'sonneberg', now).kind).to.equal('open');
    });
  });

  it('closes on each state’s own holidays only', () => {
    const corpusChristi = at(2027, 5, 27, 11); // Thursday
    expect(state(museum, 'neustadt', corpusChristi).kind).to.equal('holiday');
    expect(state(museum, 'sonneberg', corpusChristi).kind).to.equal('open');
    const allSaints = at(2028, 11, 1, 11); // Wednesday
    expect(state(museum, 'neustadt', allSaints).kind).to.equal('holiday');
    expect(state(museum, 'sonneberg', allSaints).kind).to.equal('open');
    const childrensDay = at(2028, 9, 20, 11); // Wednesday
    expect(state(museum, 'sonneberg', childrensDay).kind).to.equal('holiday');
    expect(state(museum, 'neustadt', childrensDay).kind).to.equal('open');
    // A place of both towns keeps no state's holidays.
    expect(state(museum, 'both', childrensDay).kind).to.equal('open');
    // Christmas Day 2027 is a Saturday: closed in both.
    expect(state(museum, 'sonneberg', at(2027, 12, 25, 11)).kind).to.equal('holiday');
    expect(state(museum, 'neustadt', at(2027, 12, 25, 11)).kind).to.equal('holiday');
  });

  it('a holiday on a day the place is closed anyway is no reason given (Easter Monday)', () => {
    expect(state(museum, 'sonneberg', at(2027, 3, 29, 11))).to.deep.equal({
      kind: 'opens',
      at: at(2027, 3, 30, 10),
      day: 'tomorrow',
    });
  });

  it('a minute before opening: opens later today; at closing time: closed', () => {
    const tuesday = (h: number, m = 0) => at(2027, 1, 12, h, m);
    expect(openingStateAt(museum, 'neustadt', tuesday(9, 59))).to.deep.equal({
      state: { kind: 'opens', at: tuesday(10), day: 'today' },
      changesAt: tuesday(10),
    });
    expect(openingStateAt(museum, 'neustadt', tuesday(10))).to.deep.equal({
      state: { kind: 'open', until: tuesday(17) },
      changesAt: tuesday(17),
    });
    expect(state(museum, 'neustadt', tuesday(16, 59)).kind).to.equal('open');
    expect(openingStateAt(museum, 'neustadt', tuesday(17))).to.deep.equal({
      state: { kind: 'opens', at: at(2027, 1, 13, 10), day: 'tomorrow' },
      changesAt: at(2027, 1, 13, 0), // at midnight "tomorrow" becomes "today"
    });
  });

  it('after Sunday’s closing: opens on Tuesday (within the week)', () => {
    expect(state(museum, 'neustadt', at(2027, 1, 17, 17))).to.deep.equal({
      kind: 'opens',
      at: at(2027, 1, 19, 10),
      day: 'week',
    });
  });

  it('runs across midnight, and runs on when spans touch', () => {
    const bar = hours([
      { days: [5], opens: 1200, closes: 120 }, // Friday 20:00 – Saturday 02:00
      { days: [6], opens: 1320, closes: 1440 }, // Saturday 22:00 – 24:00
      { days: [0], opens: 0, closes: 180 }, // Sunday 00:00 – 03:00
    ]);
    expect(state(bar, 'both', at(2027, 1, 15, 23))).to.deep.equal({
      kind: 'open',
      until: at(2027, 1, 16, 2),
    });
    expect(state(bar, 'both', at(2027, 1, 16, 1, 59))).to.deep.equal({
      kind: 'open',
      until: at(2027, 1, 16, 2),
    });
    expect(state(bar, 'both', at(2027, 1, 16, 2))).to.deep.equal({
      kind: 'opens',
      at: at(2027, 1, 16, 22),
      day: 'today',
    });
    expect(state(bar, 'both', at(2027, 1, 16, 23))).to.deep.equal({
      kind: 'open',
      until: at(2027, 1, 17, 3),
    });
  });

  it('counts wall-clock hours on the days the clocks change', () => {
    // Sunday 28 March 2027: 02:00 CET becomes 03:00 CEST. Easter Sunday, no public holiday.
    expect(state(museum, 'sonneberg', at(2027, 3, 28, 9, 59))).to.deep.equal({
      kind: 'opens',
      at: Date.parse('2027-03-28T08:00:00Z'),
      day: 'today',
    });
    const night = hours([{ days: [6], opens: 1320, closes: 240 }]); // Saturday 22:00 – 04:00
    expect(state(night, 'both', Date.parse('2027-03-28T00:30:00Z'))).to.deep.equal({
      kind: 'open',
      until: Date.parse('2027-03-28T02:00:00Z'), // 04:00 CEST: five hours after 22:00 CET
    });
    // Sunday 31 October 2027: 03:00 CEST becomes 02:00 CET; 04:00 is then 03:00 UTC.
    expect(state(night, 'both', Date.parse('2027-10-31T01:30:00Z'))).to.deep.equal({
      kind: 'open',
      until: Date.parse('2027-10-31T03:00:00Z'),
    });
  });

  it('on holidays with Sunday hours, or open as usual', () => {
    const sundays = hours(
      [
        { days: [1, 2, 3, 4, 5, 6], opens: 540, closes: 1080 },
        { days: [0], opens: 660, closes: 960 },
      ],
      { publicHolidays: 'sunday' },
    );
    expect(state(sundays, 'neustadt', at(2027, 1, 6, 10))).to.deep.equal({
      kind: 'opens',
      at: at(2027, 1, 6, 11),
      day: 'today',
    });
    const always = { ...museum, publicHolidays: 'open' as const };
    expect(state(always, 'neustadt', at(2027, 1, 6, 11)).kind).to.equal('open');
  });

  it('special days: closed, or other hours, before the holiday rule', () => {
    const special = {
      ...museum,
      special: [
        { validFrom: '2027-12-24', validThrough: '2027-12-24', spans: [] },
        {
          validFrom: '2027-12-26',
          validThrough: '2027-12-26',
          spans: [{ opens: 780, closes: 960 }],
        },
      ],
    };
    expect(state(special, 'neustadt', at(2027, 12, 24, 11))).to.deep.equal({
      kind: 'opens',
      at: at(2027, 12, 26, 13),
      day: 'week',
    });
    expect(state(special, 'neustadt', at(2027, 12, 26, 14))).to.deep.equal({
      kind: 'open',
      until: at(2027, 12, 26, 16),
    });
  });

  it('a seasonal break until the day before the season starts', () => {
    const summer = hours([
      {
        days: TUE_TO_SUN,
        opens: 600,
        closes: 1020,
        validFrom: '2027-04-01',
        validThrough: '2027-10-31',
      },
    ]);
    expect(state(summer, 'sonneberg', at(2027, 1, 12, 11))).to.deep.equal({
      kind: 'season-break',
      lastDay: at(2027, 3, 31),
    });
    expect(state(summer, 'sonneberg', at(2027, 4, 1, 11)).kind).to.equal('open');
    // After the last season the feed knows of: closed.
    expect(state(summer, 'sonneberg', at(2027, 11, 2, 11))).to.deep.equal({ kind: 'closed' });
  });

  it('gives the week of the current season, or of the next during a break', () => {
    const seasons = hours([
      { days: [0], opens: 600, closes: 960, validFrom: '2027-04-01', validThrough: '2027-10-31' },
      { days: [0], opens: 660, closes: 900, validFrom: '2027-11-01', validThrough: '2027-12-31' },
      { days: [6], opens: 840, closes: 1080 },
      { days: [6], opens: 600, closes: 720 },
    ]);
    const may = weekTable(seasons, at(2027, 5, 1, 12));
    expect(may[0]).to.deep.equal([{ opens: 600, closes: 960 }]);
    expect(may[6]).to.deep.equal([
      { opens: 600, closes: 720 },
      { opens: 840, closes: 1080 },
    ]);
    expect(may[1]).to.deep.equal([]);
    expect(weekTable(seasons, at(2027, 11, 5, 12))[0]).to.deep.equal([{ opens: 660, closes: 900 }]);
  });
});

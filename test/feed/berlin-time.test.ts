import { expect } from '@open-wc/testing';
import {
  addBerlinDays,
  berlinDayKey,
  berlinParts,
  berlinWallTime,
  parseIsoDate,
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

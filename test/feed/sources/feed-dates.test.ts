import { expect } from '@open-wc/testing';
import { readFeedDate } from '../../../src/feed/sources/feed-dates.js';

/** [as the feed writes it, the wire date (Berlin time), the problem reported] */
const CASES: [string, string | undefined, string?][] = [
  // RFC 822 and its offsets
  ['Sun, 29 Mar 2026 10:00:00 +0200', '2026-03-29T10:00:00+02:00'],
  ['Sun, 29 Mar 2026 10:00:00 +02:00', '2026-03-29T10:00:00+02:00'],
  ['Sat, 28 Mar 2026 10:00:00 +01:00', '2026-03-28T10:00:00+01:00'],
  ['Sat, 28 Mar 2026 10:00 -0500', '2026-03-28T16:00:00+01:00'],
  ['28 Mar 26 09:00:00 GMT', '2026-03-28T10:00:00+01:00'],
  ['Sat, 28 Mar 2026 09:00:00 UT', '2026-03-28T10:00:00+01:00'],
  ['Sat, 28 Mar 2026 09:00:00 Z', '2026-03-28T10:00:00+01:00'],
  ['Sat, 28 Mar 2026 10:00:00', '2026-03-28T10:00:00'],
  // full weekday and month names, English and German
  ['Saturday, 28 March 2026 10:00:00 +0100', '2026-03-28T10:00:00+01:00'],
  ['Montag, 29. März 2027', '2027-03-29'],
  ['Montag, 29. März 2027 18:30', '2027-03-29T18:30:00'],
  ['Mo, 29. Mär. 2027 18:30:00 +0200', '2027-03-29T18:30:00+02:00'],
  ['Donnerstag, 3. Dezember 2026 09:15:00 MEZ', '2026-12-03T09:15:00+01:00'],
  ['Thu, 03 Okt 2026 09:15:00 MESZ', '2026-10-03T09:15:00+02:00'],
  // zone names
  ['Sat, 28 Mar 2026 10:00:00 MET', '2026-03-28T10:00:00+01:00'],
  ['Sun, 29 Mar 2026 11:00:00 MEST', '2026-03-29T11:00:00+02:00'],
  ['Sat, 28 Mar 2026 10:00:00 CET', '2026-03-28T10:00:00+01:00'],
  ['Sun, 29 Mar 2026 11:00:00 CEST', '2026-03-29T11:00:00+02:00'],
  ['Sat, 28 Mar 2026 04:00:00 EST', '2026-03-28T10:00:00+01:00'],
  ['Sun, 29 Mar 2026 05:00:00 EDT', '2026-03-29T11:00:00+02:00'],
  ['Sat, 28 Mar 2026 03:00:00 CST', '2026-03-28T10:00:00+01:00'],
  ['Sun, 29 Mar 2026 04:00:00 CDT', '2026-03-29T11:00:00+02:00'],
  ['Sat, 28 Mar 2026 02:00:00 MST', '2026-03-28T10:00:00+01:00'],
  ['Sun, 29 Mar 2026 03:00:00 MDT', '2026-03-29T11:00:00+02:00'],
  ['Sat, 28 Mar 2026 01:00:00 PST', '2026-03-28T10:00:00+01:00'],
  ['Sun, 29 Mar 2026 02:00:00 PDT', '2026-03-29T11:00:00+02:00'],
  ['Sat, 28 Mar 2026 08:00:00 A', '2026-03-28T10:00:00+01:00'],
  ['Sat, 28 Mar 2026 10:00:00 N', '2026-03-28T10:00:00+01:00'],
  ['Sat, 28 Mar 2026 21:00:00 M', '2026-03-29T11:00:00+02:00'],
  ['Sat, 28 Mar 2026 11:00:00 Etc/GMT-2', '2026-03-28T10:00:00+01:00'],
  ['Sat, 28 Mar 2026 05:00:00 Etc/GMT+4', '2026-03-28T10:00:00+01:00'],
  ['Sat, 28 Mar 2026 10:00:00 Europe/Berlin', '2026-03-28T10:00:00'],
  // asctime and JavaScript's Date.toString()
  ['Sun Jan  4 16:29:06 2004', '2004-01-04T16:29:06'],
  ['Sun Jan  4 16:29:06 PST 2004', '2004-01-05T01:29:06+01:00'],
  ['Thu Aug 30 2012 13:02:32 GMT+0200', '2012-08-30T13:02:32+02:00'],
  ['Thu Aug 30 2012 13:02:32 GMT+0200 (Mitteleuropäische Sommerzeit)', '2012-08-30T13:02:32+02:00'],
  // W3CDTF / ISO 8601
  ['2026-03-29', '2026-03-29'],
  ['2026-03', '2026-03-01'],
  ['2026', '2026-01-01'],
  ['2026-03-29T10:00Z', '2026-03-29T12:00:00+02:00'],
  ['2026-03-29T10:00:00.250+02:00', '2026-03-29T10:00:00+02:00'],
  ['2026-03-29T10:00:00+0200', '2026-03-29T10:00:00+02:00'],
  ['2026-03-29 10:00:00 +02', '2026-03-29T10:00:00+02:00'],
  ['20260329T080000Z', '2026-03-29T10:00:00+02:00'],
  ['2026-03-29T10:00:00', '2026-03-29T10:00:00'],
  // reported, never silently Berlin
  [
    'Sat, 28 Mar 2026 10:00:00 XYZ',
    '2026-03-28T10:00:00',
    'unknown time zone "XYZ": read as Berlin time',
  ],
  ['31 Feb 2026 10:00:00 +0100', undefined, 'no such day: 2026-02-31'],
  ['gestern Abend', undefined, 'unreadable date "gestern Abend"'],
];

describe('readFeedDate', () => {
  for (const [text, wire, problem] of CASES) {
    it(`${text} → ${wire ?? problem}`, () => {
      expect(readFeedDate(text)).to.deep.equal({
        ...(wire !== undefined && { wire }),
        ...(problem !== undefined && { problem }),
      });
    });
  }

  it('gives nothing for an empty date', () => {
    expect(readFeedDate('  ')).to.equal(undefined);
    expect(readFeedDate(undefined)).to.equal(undefined);
  });
});

import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatTime } from '../../src/internal/format.js';

describe('formatTime', () => {
  // The visitor's clock is in Los Angeles (web-test-runner.config.mjs): Berlin time regardless.
  const intl = new Intl.DateTimeFormat('de-DE', {
    timeZone: 'Europe/Berlin',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });

  it('shows the Berlin wall clock around both daylight-saving switches', () => {
    // 29 March 2026 01:59 and 03:00 CEST; 25 October 2026 02:30 CEST and 02:30 CET.
    expect(formatTime(Date.UTC(2026, 2, 29, 0, 59), 'de')).to.equal('01:59');
    expect(formatTime(Date.UTC(2026, 2, 29, 1, 0), 'de')).to.equal('03:00');
    expect(formatTime(Date.UTC(2026, 9, 25, 0, 30), 'en')).to.equal('02:30');
    expect(formatTime(Date.UTC(2026, 9, 25, 1, 30), 'en')).to.equal('02:30');
  });

  it('agrees with Intl for any instant from 1980 to 2060', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1980, 0, 1), max: Date.UTC(2060, 0, 1) }),
        (epoch) => formatTime(epoch, 'de') === intl.format(epoch),
      ),
      { numRuns: 2000 },
    );
  });
});

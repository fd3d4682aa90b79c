import { expect } from '@open-wc/testing';
import { isoDateTime, timeText } from '../../../src/components/events/event-time.js';
import type { Occurrence } from '../../../src/components/events/events-query.js';
import { messages } from '../../../src/components/events/events.messages.js';
import { berlinWallTime } from '../../../src/feed/berlin-time.js';
import type { FeedEvent } from '../../../src/feed/types.js';

/** An occurrence of an event with only what the time text reads. */
function at(start: number, end: number | undefined, allDay = false): Occurrence {
  const event = { allDay } as FeedEvent;
  return { event, start, end, until: end ?? start };
}

describe('event-time', () => {
  const de = (o: Occurrence) => timeText(o, 'de', messages.de);
  const en = (o: Occurrence) => timeText(o, 'en', messages.en);
  const evening = berlinWallTime(2026, 12, 5, 19);

  it('says the time of each kind of occurrence in both languages', () => {
    const plain = at(evening, undefined);
    expect(de(plain)).to.equal('19:00 Uhr');
    expect(en(plain)).to.equal('19:00');
    expect(de(at(evening, evening))).to.equal('19:00 Uhr');
    const concert = at(evening, berlinWallTime(2026, 12, 5, 21));
    expect(de(concert)).to.equal('19:00–21:00 Uhr');
    expect(en(concert)).to.equal('19:00–21:00');
    // Over midnight: the last day is named.
    const party = at(evening, berlinWallTime(2026, 12, 6, 2));
    expect(de(party)).to.equal('19:00 Uhr, bis So., 6. Dez. 02:00 Uhr');
    expect(en(party)).to.equal('19:00, until Sun 6 Dec 02:00');
    const day = berlinWallTime(2026, 12, 5);
    expect(de(at(day, berlinWallTime(2026, 12, 6), true))).to.equal('ganztägig');
    const market = at(day, berlinWallTime(2026, 12, 8), true);
    expect(de(market)).to.equal('ganztägig, bis Mo., 7. Dez.');
    expect(en(market)).to.equal('all day, until Mon 7 Dec');
  });

  it('writes the Berlin offset of winter and summer', () => {
    expect(isoDateTime(evening)).to.equal('2026-12-05T19:00:00+01:00');
    expect(isoDateTime(berlinWallTime(2027, 7, 1, 9, 30))).to.equal('2027-07-01T09:30:00+02:00');
  });
});

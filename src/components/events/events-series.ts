/**
 * The occurrences of a recurring event (`rrule`) in a range: the RRULE expander (feed/recurrence.ts)
 * with each occurrence's length kept in wall-clock time. A lazy part, loaded only for feeds with
 * a series (most have none); `expandFeed` takes it as its `expand`.
 */
import { addBerlinDays, TIME_ZONE } from '../../feed/berlin-time.js';
import { expandOccurrences } from '../../feed/recurrence.js';
import type { FeedEvent } from '../../feed/types.js';
import { fromZoneWall, toZoneWall } from '../../feed/zone-time.js';
import { occurrence, type Occurrence } from './events-query.js';

/** The occurrences of the series `event` overlapping [from, to), in order. */
export function expandSeries(event: FeedEvent, from: number, to: number): Occurrence[] {
  const length = event.end !== undefined ? event.end - event.start : undefined;
  // Without an end, an event is listed until the end of its start day.
  const listed = length ?? addBerlinDays(event.start, 1) - event.start;
  // Wall-clock length in the series' zone, so that a 19:00–21:00 event stays so across the
  // DST switch.
  const zone = event.timeZone ?? TIME_ZONE;
  const wallStart = event.wallStart ?? toZoneWall(zone, event.start);
  const wallLength = length !== undefined ? toZoneWall(zone, event.end!) - wallStart : undefined;
  return expandOccurrences(event.start, event.rrule!, event.exdates, from, to, {
    duration: listed,
    timeZone: event.timeZone,
    wallStart: event.wallStart,
  }).map((start) => {
    const end =
      wallLength !== undefined
        ? fromZoneWall(zone, toZoneWall(zone, start) + wallLength)
        : undefined;
    return occurrence(event, start, end);
  });
}

/**
 * Wall-clock arithmetic in any IANA time zone, for series that recur in their own zone (a
 * feed's `timeZone`). Europe/Berlin takes berlin-time's fast path and UTC needs no Intl; other
 * zones ask Intl (a few microseconds a call) through one cached formatter per zone.
 */
import {
  berlinOffset,
  DAY_MS,
  fromWall,
  intlOffsetMinutes,
  TIME_ZONE,
  zoneFormat,
} from './berlin-time.js';

/**
 * The canonical name of a time zone Intl knows (`europe/berlin` → `Europe/Berlin`), or
 * undefined for a name it does not know.
 */
export function canonicalZone(name: string): string | undefined {
  try {
    return zoneFormat(name).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** Minutes the zone is ahead of UTC at an instant. */
export function zoneOffset(zone: string, epoch: number): number {
  return zone === TIME_ZONE
    ? berlinOffset(epoch)
    : zone === 'UTC'
      ? 0
      : intlOffsetMinutes(epoch, zone);
}

/** The zone's wall clock of an instant, as milliseconds of a UTC-based calendar ("floating"). */
export function toZoneWall(zone: string, epoch: number): number {
  return epoch + zoneOffset(zone, epoch) * 60_000;
}

/**
 * The instant of a wall time of the zone. As RFC 5545 (3.3.5) asks: in an overlap the earlier
 * instant wins; a time in a gap is read with the offset before the gap (it moves forward).
 */
export function fromZoneWall(zone: string, wall: number): number {
  if (zone === TIME_ZONE) return fromWall(wall);
  if (zone === 'UTC') return wall;
  const before = zoneOffset(zone, wall - DAY_MS);
  const after = zoneOffset(zone, wall + DAY_MS);
  // The larger offset gives the earlier instant.
  for (const offset of before >= after ? [before, after] : [after, before]) {
    const epoch = wall - offset * 60_000;
    if (zoneOffset(zone, epoch) === offset) return epoch;
  }
  return wall - before * 60_000;
}

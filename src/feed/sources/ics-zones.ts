/**
 * A calendar's TZID → the IANA zone it means. Google and Apple write IANA names; Thunderbird
 * writes them behind a prefix (`/mozilla.org/20070129_1/Europe/Berlin`) or in X-LIC-LOCATION;
 * Outlook writes Windows names ("W. Europe Standard Time") or their display names
 * ("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"). A name none of these explain
 * is unknown: its VTIMEZONE's offsets still give the instants, but not the rules a series
 * recurs by.
 */
import { zoneFormat } from '../berlin-time.js';

/** Windows zone ids of Europe and the United States (CLDR windowsZones, territory 001). */
const WINDOWS: Readonly<Record<string, string>> = {
  'w. europe standard time': 'Europe/Berlin',
  'central europe standard time': 'Europe/Budapest',
  'central european standard time': 'Europe/Warsaw',
  'romance standard time': 'Europe/Paris',
  'gmt standard time': 'Europe/London',
  'greenwich standard time': 'Atlantic/Reykjavik',
  'e. europe standard time': 'Europe/Chisinau',
  'fle standard time': 'Europe/Helsinki',
  'gtb standard time': 'Europe/Bucharest',
  'russian standard time': 'Europe/Moscow',
  'turkey standard time': 'Europe/Istanbul',
  'kaliningrad standard time': 'Europe/Kaliningrad',
  'belarus standard time': 'Europe/Minsk',
  'eastern standard time': 'America/New_York',
  'us eastern standard time': 'America/Indiana/Indianapolis',
  'central standard time': 'America/Chicago',
  'mountain standard time': 'America/Denver',
  'us mountain standard time': 'America/Phoenix',
  'pacific standard time': 'America/Los_Angeles',
  'alaskan standard time': 'America/Anchorage',
  'hawaiian standard time': 'Pacific/Honolulu',
  'atlantic standard time': 'America/Halifax',
  utc: 'UTC',
  'coordinated universal time': 'UTC',
};

/** Outlook's display names, by the places after "(UTC+01:00) " (older ones say "GMT"). */
const DISPLAY: Readonly<Record<string, string>> = {
  'amsterdam, berlin, bern, rome, stockholm, vienna': 'Europe/Berlin',
  'belgrade, bratislava, budapest, ljubljana, prague': 'Europe/Budapest',
  'brussels, copenhagen, madrid, paris': 'Europe/Paris',
  'sarajevo, skopje, warsaw, zagreb': 'Europe/Warsaw',
  'dublin, edinburgh, lisbon, london': 'Europe/London',
  'helsinki, kyiv, riga, sofia, tallinn, vilnius': 'Europe/Helsinki',
  'athens, bucharest': 'Europe/Bucharest',
  'moscow, st. petersburg': 'Europe/Moscow',
  'eastern time (us & canada)': 'America/New_York',
  'central time (us & canada)': 'America/Chicago',
  'mountain time (us & canada)': 'America/Denver',
  arizona: 'America/Phoenix',
  'pacific time (us & canada)': 'America/Los_Angeles',
  alaska: 'America/Anchorage',
  hawaii: 'Pacific/Honolulu',
};

/** Hints a calendar gives beyond the TZID itself. */
export interface ZoneHints {
  /** X-LIC-LOCATION of the VTIMEZONE with this TZID (Thunderbird, Evolution). */
  readonly licLocation?: string;
}

/** The IANA zone a TZID names, or undefined when nothing says which one. */
export function resolveTzid(tzid: string, hints: ZoneHints = {}): string | undefined {
  const name = tzid
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .trim();
  if (!name) return undefined;
  const windows = WINDOWS[name.toLowerCase()];
  if (windows) return windows;
  const places = /^\((?:UTC|GMT)(?:[+-]\d{1,2}:\d{2})?\)\s*(.+)$/i.exec(name)?.[1];
  if (places) return DISPLAY[places.trim().toLowerCase()];
  if (/\//.test(name) || /^(UTC|GMT|CET|MET|EET|WET)$/i.test(name)) {
    if (knownZone(name.replace(/^\//, ''))) return name.replace(/^\//, '');
    // "/mozilla.org/20070129_1/Europe/Berlin", "/softwarestudio.org/Olson_20011030_5/…"
    const tail = /([A-Za-z]+\/[A-Za-z_+-]+(?:\/[A-Za-z_+-]+)?)$/.exec(name)?.[1];
    for (const candidate of tail ? [tail, tail.split('/').slice(-2).join('/')] : []) {
      if (knownZone(candidate)) return candidate;
    }
  }
  const lic = hints.licLocation?.trim();
  if (lic && knownZone(lic)) return lic;
  return undefined;
}

/** True for Berlin and the zones that have always kept Berlin's clock in our era. */
export function isBerlin(zone: string): boolean {
  return /^(Europe\/Berlin|CET|MET)$/i.test(zone);
}

/** The zone's cached formatter (berlin-time.ts keeps them), or null for a name Intl does not know. */
function format(zone: string): Intl.DateTimeFormat | null {
  try {
    return zoneFormat(zone);
  } catch {
    return null;
  }
}

/** True when the platform's zone data knows this IANA name. */
export function knownZone(zone: string): boolean {
  return format(zone) !== null;
}

export interface Wall {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/**
 * The instant of a wall time in an IANA zone, or undefined for an unknown zone. In the autumn
 * overlap the earlier instant, in the spring gap the time after it (as RFC 5545 §3.3.5 says).
 */
export function zonedEpoch(zone: string, time: Wall): number | undefined {
  const f = format(zone);
  if (!f) return undefined;
  const asUtc = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
  const offsetAt = (epoch: number) => {
    const p: Record<string, number> = {};
    for (const part of f.formatToParts(epoch)) p[part.type] = Number(part.value);
    return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - epoch;
  };
  const first = asUtc - offsetAt(asUtc);
  return asUtc - offsetAt(first);
}

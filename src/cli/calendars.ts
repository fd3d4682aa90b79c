/**
 * `sonnec-feed build --calendars DIR`: the feed's events as calendar files people subscribe to,
 * one for all events, one per city and one per category, written with the event dialog's own
 * .ics writer (src/internal/ics-export.ts). Series stay series (RRULE/EXDATE).
 *
 * The same feed gives the same bytes: no clock is read here. An event's DTSTAMP and
 * LAST-MODIFIED are the time its content last changed, and its SEQUENCE counts those changes;
 * both are kept in a small state file beside the calendars (see `SequenceState`), so a calendar
 * app replaces a changed event instead of showing it twice.
 */
import type { ReferenceDecoder } from '../feed/sources/index.js';
import { TIME_ZONE } from '../feed/berlin-time.js';
import { matchesCategories } from '../feed/query.js';
import { parseRule } from '../feed/recurrence.js';
import type { Feed, FeedCalendar, FeedEvent, Text } from '../feed/types.js';
import {
  calendarHead,
  entryZone,
  escapeText,
  eventLines,
  icsText,
  icsUtc,
  zoneLines,
  type CalendarEntry,
} from '../internal/ics-export.js';
import { englishText, germanText, plainText, sha256Hex, slug } from './text.js';

/** The state file's name inside the calendars' folder. */
export const STATE_FILE = '.sonnec-calendars.json';

/**
 * What the last build wrote of each event, by UID: its content's hash, its SEQUENCE and when it
 * last changed (ISO, UTC). Events that left the feed are dropped from it.
 */
export interface SequenceState {
  readonly version: 1;
  readonly events: Readonly<Record<string, EventState>>;
}

interface EventState {
  readonly hash: string;
  readonly sequence: number;
  readonly modified: string;
}

export interface CalendarOptions {
  /** The feed's name in every UID (`<event id>@<name>`), e.g. `son-nec`. */
  readonly uidDomain: string;
  /** The prefix of each calendar's title: the feed's title, e.g. `SON.NEC`. */
  readonly titlePrefix: string;
  /** A changed event's time of change when the feed has no `updated`: the build's clock. */
  readonly now: number;
  /** The last build's state; undefined the first time. */
  readonly state?: SequenceState | undefined;
  /** Reads HTML's character references in descriptions (the CLI's copy of the WHATWG table). */
  readonly decodeReferences: ReferenceDecoder;
}

export interface CalendarSet {
  /** File name (inside the folder) → text. */
  readonly files: ReadonlyMap<string, string>;
  /** The feed's `calendars`, their `url` the file name alone (the caller prefixes the folder). */
  readonly calendars: readonly FeedCalendar[];
  readonly state: SequenceState;
}

const ALL_FILE = 'veranstaltungen.ics';
const REFRESH = 'PT6H';

/** The calendars of `feed`: their files, their entries for the feed, and the new state. */
export async function buildCalendars(feed: Feed, options: CalendarOptions): Promise<CalendarSet> {
  const changedAt = feed.updated ?? options.now;
  const previous = options.state?.events ?? {};
  const next: Record<string, EventState> = {};
  const vevents = new Map<FeedEvent, { entry: CalendarEntry; lines: string[] }>();
  for (const event of feed.events) {
    const entry = entryOf(event, options.uidDomain, options.decodeReferences);
    const categories = event.categories.map((c) => escapeText(germanText(c))).filter(Boolean);
    const extra = categories.length ? [`CATEGORIES:${categories.join(',')}`] : [];
    // The content without the lines that only say when: what decides whether it changed.
    const hash = await sha256Hex(eventLines(entry, 0, extra).join('\n'));
    const old = previous[entry.uid];
    const state: EventState =
      old === undefined
        ? { hash, sequence: 0, modified: iso(changedAt) }
        : old.hash === hash
          ? old
          : {
              hash,
              sequence: old.sequence + 1,
              // Never earlier than the change before it, whatever the sources' dates say.
              modified: iso(Math.max(changedAt, Date.parse(old.modified) + 1000)),
            };
    next[entry.uid] = state;
    const modified = Date.parse(state.modified);
    const lines = eventLines(entry, modified, [
      `SEQUENCE:${state.sequence}`,
      `LAST-MODIFIED:${icsUtc(modified)}`,
      ...extra,
    ]);
    vevents.set(event, { entry, lines });
  }

  const files = new Map<string, string>();
  const calendars: FeedCalendar[] = [];
  const add = (calendar: FeedCalendar, events: readonly FeedEvent[]) => {
    calendars.push(calendar);
    files.set(
      calendar.url,
      calendarText(
        germanText(calendar.title),
        events.map((e) => vevents.get(e)!),
      ),
    );
  };
  const prefix = options.titlePrefix;
  add(
    {
      id: 'all',
      url: ALL_FILE,
      title: { de: `${prefix} – Veranstaltungen`, en: `${prefix} – Events` },
    },
    feed.events,
  );
  for (const city of ['sonneberg', 'neustadt'] as const) {
    const name = feed.cities.find((c) => c.id === city)?.name ?? city;
    add(
      {
        id: `city-${city}`,
        url: `veranstaltungen-${city}.ics`,
        title: {
          de: `${prefix} – Veranstaltungen ${germanText(name)}`,
          en: `${prefix} – Events in ${englishText(name)}`,
        },
        city,
      },
      feed.events.filter((e) => e.city === city || e.city === 'both'),
    );
  }
  const taken = new Set<string>();
  for (const [key, text] of categoriesOf(feed)) {
    let name = slug(key) || 'kategorie';
    for (let n = 2; taken.has(name); n++) name = `${slug(key) || 'kategorie'}-${n}`;
    taken.add(name);
    add(
      {
        id: `category-${name}`,
        url: `veranstaltungen-kategorie-${name}.ics`,
        title: { de: `${prefix} – ${germanText(text)}`, en: `${prefix} – ${englishText(text)}` },
        category: key,
      },
      feed.events.filter((e) => matchesCategories(e.categories, [key])),
    );
  }
  const events = Object.fromEntries(Object.entries(next).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { files, calendars, state: { version: 1, events } };
}

/** Reads a state file's text; undefined for anything else (then every SEQUENCE starts at 0). */
export function readState(text: string | undefined): SequenceState | undefined {
  if (text === undefined) return undefined;
  try {
    const value = JSON.parse(text) as SequenceState;
    return value?.version === 1 && typeof value.events === 'object' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Every category of the events, keyed as the widgets' category filter keys them; sorted. */
function categoriesOf(feed: Feed): [string, Text][] {
  const map = new Map<string, Text>();
  for (const event of feed.events) {
    for (const category of event.categories) {
      const key = germanText(category).toLowerCase();
      if (key && !map.has(key)) map.set(key, category);
    }
  }
  return [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function calendarText(
  name: string,
  events: readonly { entry: CalendarEntry; lines: string[] }[],
): string {
  const lines = calendarHead([
    `NAME:${escapeText(name)}`,
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${TIME_ZONE}`,
    `REFRESH-INTERVAL;VALUE=DURATION:${REFRESH}`,
    `X-PUBLISHED-TTL:${REFRESH}`,
  ]);
  // Berlin always (Google reads floating times as UTC without it), then each series' own zone.
  const zones = new Map<string, number>([[TIME_ZONE, 0]]);
  for (const { entry } of events) {
    const zone = entryZone(entry);
    if (entry.allDay || zone === TIME_ZONE) continue;
    zones.set(zone, Math.min(zones.get(zone) ?? Infinity, entry.start));
  }
  for (const [zone, from] of [...zones].sort(([a], [b]) => (a < b ? -1 : 1))) {
    lines.push(...zoneLines(zone, from));
  }
  for (const { lines: vevent } of events) lines.push(...vevent);
  lines.push('END:VCALENDAR');
  return icsText(lines);
}

/** One event as the .ics writer's entry, in German; a rule the widgets cannot read: its first date. */
function entryOf(event: FeedEvent, uidDomain: string, decode: ReferenceDecoder): CalendarEntry {
  const place = event.location
    ? [germanText(event.location.name), germanText(event.location.address)]
        .filter(Boolean)
        .join(', ')
    : undefined;
  const description =
    event.summary !== undefined
      ? germanText(event.summary)
      : event.description
        ? plainText(germanText(event.description), decode).slice(0, 2000)
        : undefined;
  const rule = event.rrule ? parseRule(event.rrule) : null;
  return {
    uid: `${event.id}@${uidDomain}`,
    title: germanText(event.title),
    start: event.start,
    end: event.end,
    allDay: event.allDay,
    description: description || undefined,
    location: place || undefined,
    url: event.url && /^https?:\/\//i.test(event.url) ? event.url : undefined,
    cancelled: event.status === 'cancelled',
    recurrence: rule
      ? {
          rule,
          exdates: event.exdates,
          timeZone: event.timeZone,
          wallStart: event.wallStart,
        }
      : undefined,
  };
}

function iso(epoch: number): string {
  return new Date(Math.floor(epoch / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

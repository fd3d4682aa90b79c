/**
 * The map's pure query: feed → markers and list entries. Places, and with `showEvents` the
 * upcoming events that have coordinates; filtered by city and kind; sorted by name (places)
 * and date (events). No Lit, no DOM, no Leaflet.
 */
import { matchesCity } from '../../feed/query.js';
import type { expandOccurrences } from '../../feed/recurrence.js';
import type { CityId, Feed, FeedEvent } from '../../feed/types.js';
import { localText, type Lang } from '../../internal/i18n.js';
import { kindKey } from './map-kinds.js';
import type { MapItem } from './map-types.js';
import { collator } from '../../internal/format.js';

export interface MapQuery {
  readonly lang: Lang;
  readonly city?: CityId;
  /** Kinds to show (feed names or their aliases, lower case); empty: all. */
  readonly kinds: readonly string[];
  readonly showEvents: boolean;
  /** Epoch ms: events that ended before it are left out. */
  readonly now: number;
  readonly limit?: number;
  /** The recurrence expander; without it a series shows only if its first date is still to come. */
  readonly expand?: Expand;
  /** A further filter (the visitor's "Jetzt geöffnet"), applied with the kind filter. */
  readonly keep?: (item: MapItem) => boolean;
}

export type Expand = typeof expandOccurrences;

export interface MapSelection {
  readonly count: number;
  readonly items: readonly MapItem[];
  /** Every kind (by look) among the items before the kind filter: the filter's options. */
  readonly kinds: readonly string[];
}

const YEAR = 366 * 86_400_000;

/** The start of an event's next occurrence that has not ended by `now`, within a year; or undefined. */
export function nextStart(event: FeedEvent, now: number, expand?: Expand): number | undefined {
  const duration = (event.end ?? event.start) - event.start;
  if (!event.rrule || !expand) return event.start + duration >= now ? event.start : undefined;
  return expand(event.start, event.rrule, event.exdates, now, now + YEAR, {
    duration,
    maxOccurrences: 1,
    timeZone: event.timeZone,
    wallStart: event.wallStart,
  })[0];
}

function eventItem(event: FeedEvent, now: number, expand?: Expand): MapItem | undefined {
  const { location } = event;
  if (location?.lat === undefined || location.lon === undefined) return undefined;
  const start = nextStart(event, now, expand);
  if (start === undefined) return undefined; // over, or no occurrence within a year
  return {
    key: `event:${event.id}`,
    kind: 'event',
    city: event.city,
    lat: location.lat,
    lon: location.lon,
    name: event.title,
    summary: event.summary,
    address: location.name,
    url: event.url,
    image: event.image,
    start,
    end: event.end === undefined ? undefined : start + (event.end - event.start),
    allDay: event.allDay,
    running: start <= now,
    item: event,
  };
}

export function selectMapItems(feed: Feed, query: MapQuery): MapSelection {
  const sorter = collator(query.lang);
  const places: MapItem[] = feed.places
    // A place has every field of a list entry (name, kind, city, position, texts, link, picture).
    .map((place) => ({ ...place, key: `place:${place.id}`, item: place }))
    .sort((a, b) => sorter.compare(localText(a.name, query.lang), localText(b.name, query.lang)));
  const events = query.showEvents
    ? feed.events
        .map((event) => eventItem(event, query.now, query.expand))
        .filter((item): item is MapItem => item !== undefined)
        .sort((a, b) => a.start! - b.start!)
    : [];
  const inCity = [...places, ...events].filter((item) => matchesCity(item.city, query.city));
  const wanted = new Set(query.kinds.map(kindKey));
  const kinds = [...new Set(inCity.map((item) => kindKey(item.kind)))];
  let items = inCity.filter(
    (item) =>
      (wanted.size === 0 || wanted.has(kindKey(item.kind)) || query.kinds.includes(item.kind)) &&
      (!query.keep || query.keep(item)),
  );
  if (query.limit !== undefined && query.limit >= 0) items = items.slice(0, query.limit);
  return { count: items.length, items, kinds };
}

/**
 * The map's pure query: feed → markers and list entries. Places sorted by name, then the
 * upcoming events the element passes (with `show-events`); filtered by city and kind. No Lit,
 * no DOM, no Leaflet.
 */
import { matchesCity } from '../../feed/query.js';
import type { CityId, Feed } from '../../feed/types.js';
import { localText, type Lang } from '../../internal/i18n.js';
import { kindKey } from './map-kinds.js';
import type { MapItem } from './map-types.js';
import { collator } from '../../internal/format.js';

export interface MapQuery {
  readonly lang: Lang;
  readonly city?: CityId;
  /** Kinds to show (feed names or their aliases, lower case); empty: all. */
  readonly kinds: readonly string[];
  /** Upcoming events as items, soonest first (with `show-events`; see map-events.ts). */
  readonly events?: readonly MapItem[];
  readonly limit?: number;
  /** A further filter (the visitor's "Jetzt geöffnet"), applied with the kind filter. */
  readonly keep?: (item: MapItem) => boolean;
}

export interface MapSelection {
  readonly count: number;
  readonly items: readonly MapItem[];
  /** Every kind (by look) among the items before the kind filter: the filter's options. */
  readonly kinds: readonly string[];
}

export function selectMapItems(feed: Feed, query: MapQuery): MapSelection {
  const sorter = collator(query.lang);
  const places: MapItem[] = feed.places
    // A place has every field of a list entry (name, kind, city, position, texts, link, picture).
    .map((place) => ({ ...place, key: `place:${place.id}`, item: place }))
    .sort((a, b) => sorter.compare(localText(a.name, query.lang), localText(b.name, query.lang)));
  const inCity = [...places, ...(query.events ?? [])].filter((item) =>
    matchesCity(item.city, query.city),
  );
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

/** Types shared by the map element, its pure query and its lazily loaded Leaflet view. */
import type { nothing, TemplateResult } from 'lit';
import type { CityId, FeedEvent, Image, Place, Text } from '../../feed/types.js';
import type { Lang } from '../../internal/i18n.js';

export type LatLon = readonly [number, number];

/** Where a map's Leaflet map is: `idle` (not near the viewport yet), `loading`, `ready`, `failed`. */
export type MapState = 'idle' | 'loading' | 'ready' | 'failed';

/** The region's boundaries (generated into region-shapes.ts). */
export interface RegionShapes {
  readonly attribution: string;
  readonly cities: readonly {
    readonly id: 'sonneberg' | 'neustadt';
    readonly ring: readonly LatLon[];
    /** Where the town's name goes: far from the edge, and from the centre where markers crowd. */
    readonly label: LatLon;
  }[];
  /** The shared edge of both cities: the state border. */
  readonly border: readonly LatLon[];
}

/** One marker and one list entry: a place, or an upcoming event with coordinates. */
export interface MapItem {
  /** Unique across places and events (`place:<id>`, `event:<id>`). */
  readonly key: string;
  /** The feed's `kind` of a place (lower case), or `event`. */
  readonly kind: string;
  readonly city: CityId;
  readonly lat: number;
  readonly lon: number;
  readonly name: Text;
  readonly summary?: Text;
  readonly address?: Text;
  readonly url?: string;
  readonly image?: Image;
  /** Events only: the next start (epoch ms), end and whether it lasts all day. */
  readonly start?: number;
  readonly end?: number;
  readonly allDay?: boolean;
  /** Events only: it has begun (and not ended) at the query's `now`. */
  readonly running?: boolean;
  /** Events only: the date line (map-events.ts, loaded with `show-events`, makes event items). */
  readonly when?: (lang: Lang) => TemplateResult | typeof nothing;
  /** The feed item itself, for `sonnec-select`. */
  readonly item: Place | FeedEvent;
}

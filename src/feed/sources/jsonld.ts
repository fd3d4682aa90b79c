/**
 * schema.org JSON-LD → the feed's events and places, as the region's open-data platforms publish
 * them: ThüCAT (prefixed keys, typed values, language arrays, a town's `containsPlace`) and
 * BayernCloud Tourismus (API v4, a `@graph` with plain keys, ODTA profiles). A single node, an
 * array of nodes, or a `@graph`.
 *
 * Events: `Event` and its subtypes, with `eventSchedule` as recurrence (jsonld-schedule.ts).
 * Places: `Place` and its subtypes with `geo`. Supporting nodes (addresses, images, offers,
 * organisations) are read where they are used; anything else is listed in `dropped`.
 */
import { parseIsoDate } from '../berlin-time.js';
import { FeedError } from '../errors.js';
import { isRecord } from '../normalize-fields.js';
import type { DroppedItem, EventStatus, Feed } from '../types.js';
import {
  indexJsonLd,
  languageTag,
  nodeOf,
  parseJsonLdText,
  str,
  strs,
  text,
  textsByLanguage,
  typesOf,
  values,
  type JsonLdGraph,
  type JsonLdNode,
} from './jsonld-graph.js';
import {
  addressLine,
  cityOfPlace,
  coordinates,
  imageOf,
  kindOf,
  locationOf,
  openingHoursFromJsonLd,
  personName,
  urlOf,
} from './jsonld-place.js';
import { priceOf } from './jsonld-price.js';
import { isoDuration, scheduleToRecurrence } from './jsonld-schedule.js';
import {
  finish,
  isoInBerlin,
  looksLikeHtml,
  stableId,
  textToHtml,
  type AdapterOptions,
  type Wire,
} from './wire.js';

export { openingHoursFromJsonLd, type OpeningHours } from './jsonld-place.js';

const EVENT_TYPE = /(Event|^Festival|^Hackathon|^CourseInstance|^EventSeries)$/;
const REGION_TYPE = /^(AdministrativeArea|State|Country|Continent|TouristDestination)$/;
const PLACE_TYPE =
  /^(Place|City|TouristAttraction|Museum|LandmarksOrHistoricalBuildings|Monument|Park|Zoo|Aquarium|AmusementPark|CivicStructure|PlaceOfWorship|Church|Castle|NaturalFeature|Landform|Mountain|BodyOfWater|Lake|Beach|Trail|TouristInformationCenter|SportsActivityLocation|StadiumOrArena|Playground|PublicSwimmingPool|EventVenue|MusicVenue|Library|LocalBusiness|Restaurant|Accommodation|Hotel|Campground|ArtGallery|Observatory)$/;
/** Nodes read as parts of others: never items of their own, never reported. */
const PART_TYPE =
  /^(PostalAddress|GeoCoordinates|GeoShape|ImageObject|MediaObject|VideoObject|Organization|Person|Offer|AggregateOffer|PriceSpecification|Schedule|OpeningHoursSpecification|Language|DayOfWeek|ContactPoint|PropertyValue|QuantitativeValue|Rating|AggregateRating|Review|WebPage|WebSite|DataDownload|CreativeWork)$/;
/** Properties whose embedded nodes are items too (a town's attractions, a series' dates). */
const ITEM_LISTS = ['containsPlace', 'subEvent', 'event', 'events'];
/** Schedules read per event; each makes one event. */
const MAX_SCHEDULES = 10;

/** Our categories for schema.org's event types (the sample feed's vocabulary). */
const CATEGORIES: readonly [RegExp, { de: string; en: string }][] = [
  [/^MusicEvent$/, { de: 'Musik', en: 'Music' }],
  [/^ExhibitionEvent$/, { de: 'Ausstellung', en: 'Exhibition' }],
  [/^SportsEvent$/, { de: 'Sport', en: 'Sport' }],
  [/^ChildrensEvent$/, { de: 'Familie', en: 'Family' }],
  [/^SaleEvent$/, { de: 'Markt', en: 'Market' }],
  [/^EducationEvent$/, { de: 'Vortrag', en: 'Talk' }],
  [
    /^(TheaterEvent|DanceEvent|ScreeningEvent|LiteraryEvent|VisualArtsEvent|ComedyEvent|Festival)$/,
    { de: 'Kultur', en: 'Culture' },
  ],
];

export function parseJsonLd(text: string, options: AdapterOptions = {}): Feed {
  return readJsonLd([parseJsonLdText(text)], options);
}

/** Maps parsed documents (the source, plus resources the CLI followed) onto one feed. */
export function readJsonLd(documents: readonly unknown[], options: AdapterOptions = {}): Feed {
  const { wire, dropped, origins } = jsonLdToWire(documents, options);
  return finish(wire, dropped, origins);
}

export interface JsonLdWire {
  readonly wire: Wire;
  readonly dropped: DroppedItem[];
  readonly origins: Record<string, number[]>;
}

/** The wire feed before validation (the recurrence's `timeZone` is visible here). */
export function jsonLdToWire(documents: readonly unknown[], options: AdapterOptions): JsonLdWire {
  const graph = indexJsonLd(documents);
  const items = itemsOf(graph);
  if (!items.some((node) => typesOf(node).length > 0)) {
    throw new FeedError('invalid', 'The value is no schema.org JSON-LD (no node with "@type").');
  }
  const events: Wire[] = [];
  const places: Wire[] = [];
  const origins: Record<string, number[]> = { events: [], places: [] };
  const dropped: DroppedItem[] = [];
  const drop = (node: JsonLdNode, index: number, section: string, reason: string) => {
    const id = node['@id'];
    dropped.push({ section, index, reason, ...(typeof id === 'string' && { id }) });
  };
  const isEvent = (node: JsonLdNode) => typesOf(node).some((t) => EVENT_TYPE.test(t));
  // Places first: an event's location names a place (`placeId`) only when it is in the feed.
  items.forEach((node, index) => {
    const types = typesOf(node);
    if (isEvent(node)) return;
    if (types.some((t) => REGION_TYPE.test(t))) {
      drop(node, index, 'places', `a region (${types.join(', ')}), no point on a map`);
    } else if (isPlace(node)) {
      const result = readPlace(graph, node, options);
      if ('reason' in result) return drop(node, index, 'places', result.reason);
      places.push(result.place);
      origins.places!.push(index);
    } else if (!types.some((t) => PART_TYPE.test(t))) {
      const reason = types.length
        ? `${types.join(', ')}: neither an event nor a place`
        : 'no @type';
      drop(node, index, 'nodes', reason);
    }
  });
  const placeIds = new Set(places.map((p) => p.id as string));
  items.forEach((node, index) => {
    if (!isEvent(node)) return;
    const result = readEvent(graph, node, placeIds, options);
    if ('reason' in result) return drop(node, index, 'events', result.reason);
    for (const event of result.events) {
      events.push(event);
      origins.events!.push(index);
    }
  });
  if (graph.truncated) {
    dropped.push({
      section: 'nodes',
      index: -1,
      reason: 'more than 20000 nodes; the rest is ignored',
    });
  }
  return { wire: { events, places }, dropped, origins };
}

function isPlace(node: JsonLdNode): boolean {
  return typesOf(node).some((t) => PLACE_TYPE.test(t));
}

/** The document's own nodes and the nodes embedded in their item lists, each once. */
function itemsOf(graph: JsonLdGraph): JsonLdNode[] {
  const seen = new Set<unknown>();
  const items: JsonLdNode[] = [];
  const add = (node: JsonLdNode) => {
    const key = typeof node['@id'] === 'string' ? node['@id'] : node;
    if (seen.has(key)) return;
    seen.add(key);
    items.push(node);
  };
  for (const node of graph.top) add(graph.byId.get(node['@id'] as string) ?? node);
  for (const node of graph.top) {
    for (const key of ITEM_LISTS) {
      const list = node[key];
      for (const entry of Array.isArray(list) ? list : [list]) {
        // Embedded nodes only: a bare reference is a resource the CLI may follow.
        if (isRecord(entry) && typesOf(entry).length > 0) add(entry);
      }
    }
  }
  return items;
}

/** schema.org `EventStatusType` → the feed's `status` (EventScheduled: none). */
const STATUS = new Map<string | undefined, EventStatus>([
  ['EventCancelled', 'cancelled'],
  ['EventPostponed', 'postponed'],
  ['EventRescheduled', 'rescheduled'],
  ['EventMovedOnline', 'moved-online'],
]);

function readEvent(
  graph: JsonLdGraph,
  node: JsonLdNode,
  placeIds: ReadonlySet<string>,
  options: AdapterOptions,
): { events: Wire[] } | { reason: string } {
  const language = languageOf(graph, node);
  const title = text(graph, node, 'name', language);
  if (title === undefined) return { reason: 'missing name' };
  // `https://schema.org/EventCancelled`, `schema:EventCancelled` or the bare name.
  const status = STATUS.get(strs(graph, node, 'eventStatus')[0]?.replace(/^.*[/:]/, ''));

  // The first location that can be shown (BayernCloud lists several, some only by reference).
  const places = values(graph, node, 'location');
  const place = places.find((p) => locationOf(graph, p, placeIds)) ?? places[0];
  const location = locationOf(graph, place, placeIds);
  const placeNode = isRecord(place) ? place : undefined;
  const id = typeof node['@id'] === 'string' ? node['@id'] : undefined;
  const startDate = str(graph, node, 'startDate');
  const endDate = str(graph, node, 'endDate');
  const common: Wire = defined({
    title,
    city: cityOfPlace(graph, placeNode) ?? options.city ?? 'both',
    categories: categoriesOf(node),
    summary: text(graph, node, 'disambiguatingDescription', language),
    description: descriptionOf(graph, node, language),
    location,
    url: urlOf(graph, node, options.baseUrl),
    image: imageOf(graph, node, options.baseUrl),
    organizer: personName(graph, node, 'organizer'),
    price: priceOf(graph, node),
    status,
  });

  const schedules = values(graph, node, 'eventSchedule').filter(isRecord).slice(0, MAX_SCHEDULES);
  if (schedules.length > 0) {
    const events: Wire[] = [];
    for (const [i, schedule] of schedules.entries()) {
      const series = scheduleToRecurrence(graph, schedule, startDate, endDate);
      if ('reason' in series) return series;
      const base = id ?? stableId('event', JSON.stringify(title), series.start);
      events.push({ id: i === 0 ? base : `${base}#${i + 1}`, ...common, ...series });
    }
    return { events };
  }
  const start = parseIsoDate(startDate);
  if (!start)
    return { reason: startDate ? `unreadable startDate "${startDate}"` : 'missing startDate' };
  const duration = isoDuration(str(graph, node, 'duration'));
  const end =
    endDate ?? (duration && !start.dateOnly ? isoInBerlin(start.epoch + duration) : undefined);
  return {
    events: [
      {
        id: id ?? stableId('event', JSON.stringify(title), startDate),
        ...common,
        start: startDate,
        ...(end && { end }),
      },
    ],
  };
}

function readPlace(
  graph: JsonLdGraph,
  node: JsonLdNode,
  options: AdapterOptions,
): { place: Wire } | { reason: string } {
  const name = text(graph, node, 'name');
  if (name === undefined) return { reason: 'missing name' };
  const at = coordinates(graph, node);
  if (!at) return { reason: 'no coordinates (geo with latitude and longitude)' };
  const kind = typesOf(node).includes('City') ? 'town-centre' : kindOf(node);
  return {
    place: defined({
      id:
        typeof node['@id'] === 'string'
          ? node['@id']
          : stableId('place', JSON.stringify(name), at.lat, at.lon),
      name,
      kind,
      city: cityOfPlace(graph, node) ?? options.city ?? 'both',
      ...at,
      summary: text(graph, node, 'disambiguatingDescription') ?? text(graph, node, 'description'),
      address: addressLine(graph, node),
      url: urlOf(graph, node, options.baseUrl),
      image: imageOf(graph, node, options.baseUrl),
      // schema.org's list form, which the feed's `openingHours` reads as it is.
      openingHours: nonEmpty(openingHoursFromJsonLd(graph, node)),
    }),
  };
}

/** `inLanguage` as a code (`en`), also from a Language node's `alternateName`. */
function languageOf(graph: JsonLdGraph, node: JsonLdNode): string | undefined {
  const language = nodeOf(graph, node, 'inLanguage');
  return languageTag(
    language ? str(graph, language, 'alternateName') : str(graph, node, 'inLanguage'),
  );
}

/**
 * The description as untrusted HTML (sanitized when shown, like every feed's). The model holds
 * one: German first, else the node's language, else the first written.
 */
function descriptionOf(
  graph: JsonLdGraph,
  node: JsonLdNode,
  language?: string,
): string | undefined {
  const all = textsByLanguage(graph, node, 'description');
  const chosen =
    all.find((d) => d.language === 'de') ??
    all.find((d) => d.language === undefined || d.language === language) ??
    all[0];
  if (!chosen) return undefined;
  return looksLikeHtml(chosen.value) ? chosen.value.trim() : textToHtml(chosen.value);
}

function categoriesOf(node: JsonLdNode): { de: string; en: string }[] {
  const types = typesOf(node);
  return CATEGORIES.filter(([pattern]) => types.some((t) => pattern.test(t))).map(([, c]) => c);
}

function defined(wire: Wire): Wire {
  const out: Wire = {};
  for (const [key, value] of Object.entries(wire)) {
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) out[key] = value;
  }
  return out;
}

function nonEmpty<T>(list: readonly T[]): readonly T[] | undefined {
  return list.length > 0 ? list : undefined;
}

/**
 * The parts of schema.org nodes that events and places share: a Place as our location (name,
 * one-line address, coordinates), the city from a PostalAddress, an ImageObject with its credit,
 * and `openingHoursSpecification` as plain objects.
 */
import { isRecord } from '../normalize-fields.js';
import type { CityId } from '../types.js';
import {
  literal,
  nodeOf,
  str,
  strs,
  text,
  typesOf,
  values,
  type JsonLdGraph,
  type JsonLdNode,
  type LangText,
} from './jsonld-graph.js';
import { absoluteUrl, cityFromName, type Wire } from './wire.js';

/** Postal codes of the two towns (their villages share them). */
const POSTAL_CODES: Readonly<Record<string, Exclude<CityId, 'both'>>> = {
  '96515': 'sonneberg',
  '96465': 'neustadt',
};

/** The first PostalAddress of a node (a plain-text address is read as its one line). */
function addressNode(graph: JsonLdGraph, node: JsonLdNode | undefined): JsonLdNode | undefined {
  return nodeOf(graph, node, 'address');
}

/** "Beethovenstraße 10, 96515 Sonneberg". */
export function addressLine(graph: JsonLdGraph, node: JsonLdNode | undefined): string | undefined {
  const address = addressNode(graph, node);
  if (!address) return str(graph, node, 'address');
  const street = str(graph, address, 'streetAddress');
  const town = [str(graph, address, 'postalCode'), str(graph, address, 'addressLocality')]
    .filter(Boolean)
    .join(' ');
  return [street, town].filter(Boolean).join(', ') || undefined;
}

/**
 * The town of a place, from its address: the postal code first (it cannot be misspelt), then
 * the locality's name; undefined when the address names neither town.
 */
export function cityOfPlace(graph: JsonLdGraph, node: JsonLdNode | undefined): CityId | undefined {
  // An event's location may be the PostalAddress itself.
  const address = node && typesOf(node).includes('PostalAddress') ? node : addressNode(graph, node);
  const code = str(graph, address, 'postalCode')?.replace(/\s/g, '');
  if (code) return POSTAL_CODES[code];
  return cityFromName(str(graph, address, 'addressLocality'));
}

export function coordinates(
  graph: JsonLdGraph,
  node: JsonLdNode | undefined,
): { lat: number; lon: number } | undefined {
  const geo = nodeOf(graph, node, 'geo');
  const lat = Number(str(graph, geo, 'latitude'));
  const lon = Number(str(graph, geo, 'longitude'));
  if (!geo || !Number.isFinite(lat) || !Number.isFinite(lon)) return undefined;
  return { lat, lon };
}

/** A node's link: `url` as a string, a typed value or a reference. */
export function urlOf(graph: JsonLdGraph, node: JsonLdNode | undefined, base?: string) {
  return absoluteUrl(strs(graph, node, 'url')[0], base);
}

/**
 * The first image: a URL, or an ImageObject whose `author` or `copyrightHolder` and `license`
 * become the credit ("Name · CC BY 4.0").
 */
export function imageOf(
  graph: JsonLdGraph,
  node: JsonLdNode | undefined,
  base?: string,
): Wire | undefined {
  for (const value of values(graph, node, 'image')) {
    if (!isRecord(value) || '@value' in value) {
      const src = absoluteUrl(String(literal(value) ?? ''), base);
      if (src) return { src };
      continue;
    }
    const src = absoluteUrl(str(graph, value, 'contentUrl') ?? strs(graph, value, 'url')[0], base);
    if (!src) continue;
    const alt = text(graph, value, 'caption') ?? fileLessName(text(graph, value, 'name'));
    const who = personName(graph, value, 'author') ?? personName(graph, value, 'copyrightHolder');
    const license = licenseName(strs(graph, value, 'license')[0]);
    const name = typeof who === 'string' ? who : who && (who.de ?? Object.values(who)[0]);
    const credit = [name, license].filter(Boolean).join(' · ');
    return { src, ...(alt !== undefined && { alt }), ...(credit && { credit }) };
  }
  return undefined;
}

/** A person's or organisation's name, or the plain string written instead. */
export function personName(
  graph: JsonLdGraph,
  node: JsonLdNode | undefined,
  key: string,
): LangText | undefined {
  const who = nodeOf(graph, node, key);
  return who ? text(graph, who, 'name') : text(graph, node, key);
}

/** A name that is only a file name ("IMG_0815.jpg") is no description of the image. */
function fileLessName(name: LangText | undefined): LangText | undefined {
  return typeof name === 'string' && /\.(jpe?g|png|webp|gif|tiff?)$/i.test(name) ? undefined : name;
}

/** Creative Commons licence URLs as their short names; other licences as written. */
export function licenseName(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const cc = /creativecommons\.org\/(licenses|publicdomain)\/([a-z-]+)\/(\d\.\d)/i.exec(value);
  if (!cc) return value;
  if (cc[1]!.toLowerCase() === 'publicdomain')
    return cc[2]!.toLowerCase() === 'zero' ? 'CC0' : 'Public Domain';
  return `CC ${cc[2]!.toUpperCase()} ${cc[3]}`;
}

/** Our kind of place, from the most telling schema.org type. */
const KINDS: readonly [RegExp, string][] = [
  // Not schema.org's, but ThüCAT's (`thuecat:Observatory`): the map has a look for it.
  [/^Observatory$/, 'observatory'],
  [/^Museum$/, 'museum'],
  [/^(TouristInformationCenter)$/, 'info'],
  [/^(LandmarksOrHistoricalBuildings|TouristAttraction|Monument)$/, 'sight'],
  [/^(Park|NaturalFeature|Mountain|BodyOfWater|Lake|Beach|Landform|Trail)$/, 'nature'],
  [
    /^(Zoo|AmusementPark|SportsActivityLocation|StadiumOrArena|PublicSwimmingPool|Playground)$/,
    'leisure',
  ],
];

export function kindOf(node: JsonLdNode): string {
  const types = typesOf(node).map((t) => t.replace(/^.*[:/]/, ''));
  for (const [pattern, kind] of KINDS) if (types.some((t) => pattern.test(t))) return kind;
  return 'place';
}

/** Our location object of an event's `location` (a Place, a PostalAddress or a name). */
export function locationOf(
  graph: JsonLdGraph,
  place: unknown,
  placeIds: ReadonlySet<string>,
): Wire | undefined {
  if (!isRecord(place))
    return typeof place === 'string' && place.trim() ? { name: place.trim() } : undefined;
  if (typesOf(place).includes('PostalAddress')) {
    const line = addressLine(graph, { address: place });
    return line ? { name: line } : undefined;
  }
  const address = addressLine(graph, place);
  const name = text(graph, place, 'name') ?? address;
  if (name === undefined) return undefined;
  const id = typeof place['@id'] === 'string' ? place['@id'] : undefined;
  return {
    name,
    ...(address !== undefined && address !== name && { address }),
    ...coordinates(graph, place),
    ...(id && placeIds.has(id) && { placeId: id }),
  };
}

export interface OpeningHours {
  readonly dayOfWeek: readonly string[];
  readonly opens?: string;
  readonly closes?: string;
  readonly validFrom?: string;
  readonly validThrough?: string;
}

/**
 * A place's `openingHoursSpecification` as plain objects, days as schema.org's names
 * ("Tuesday"): the list form the feed's `openingHours` reads (opening-hours-fields.ts).
 */
export function openingHoursFromJsonLd(graph: JsonLdGraph, place: JsonLdNode): OpeningHours[] {
  const out: OpeningHours[] = [];
  for (const spec of values(graph, place, 'openingHoursSpecification')) {
    if (!isRecord(spec)) continue;
    const dayOfWeek = strs(graph, spec, 'dayOfWeek')
      .map((d) => d.slice(Math.max(d.lastIndexOf('/'), d.lastIndexOf(':')) + 1))
      .filter((d) => /^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^PublicHolidays$/.test(d));
    const field = (key: string, pattern: RegExp) => {
      const value = str(graph, spec, key);
      return value && pattern.test(value) ? { [key]: value } : {};
    };
    out.push({
      dayOfWeek,
      ...field('opens', /^\d{2}:\d{2}(:\d{2})?$/),
      ...field('closes', /^\d{2}:\d{2}(:\d{2})?$/),
      ...field('validFrom', /^\d{4}-\d{2}-\d{2}/),
      ...field('validThrough', /^\d{4}-\d{2}-\d{2}/),
    });
  }
  return out;
}

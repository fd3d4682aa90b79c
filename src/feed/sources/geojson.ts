/**
 * GeoJSON (RFC 7946) → the feed's places. Point features become places; any other geometry is
 * left out with its reason in `dropped`. Coordinates are [lon, lat] in WGS 84.
 *
 * Properties read (ours first, then the names of common exports such as OpenStreetMap's):
 * name/title (`name:en` adds English), kind/category/type/amenity/tourism, city/addr:city,
 * summary/description, address or addr:street + addr:housenumber + addr:postcode + addr:city,
 * url/website/link, image, openingHours (ours, or schema.org's `openingHoursSpecification` list).
 * Language maps (`{ "de": …, "en": … }`) are kept as they are.
 */
import { FeedError } from '../errors.js';
import { isRecord, type Raw } from '../normalize-fields.js';
import type { DroppedItem, Feed } from '../types.js';
import {
  absoluteUrl,
  cityFromName,
  finish,
  stableId,
  type AdapterOptions,
  type Wire,
} from './wire.js';
import { Deadline } from './deadline.js';
import { checkSize } from './limits.js';

const WGS84 = /(CRS84|EPSG:+4326|EPSG::4326)$/i;

export function parseGeoJson(text: string, options: AdapterOptions = {}): Feed {
  checkSize(text);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new FeedError('parse', 'The GeoJSON is not valid JSON.');
  }
  return readGeoJson(raw, options);
}

/** Maps a parsed GeoJSON value (a FeatureCollection or a single Feature). */
export function readGeoJson(raw: unknown, options: AdapterOptions = {}): Feed {
  if (!isRecord(raw) || (raw.type !== 'FeatureCollection' && raw.type !== 'Feature')) {
    throw new FeedError('invalid', 'The value is no GeoJSON FeatureCollection.');
  }
  const features: unknown[] =
    raw.type === 'Feature' ? [raw] : Array.isArray(raw.features) ? raw.features : [];
  const dropped: DroppedItem[] = [];
  // The 2008 GeoJSON draft allowed other systems (German GIS exports like UTM, EPSG:25832).
  const crs =
    isRecord(raw.crs) && isRecord(raw.crs.properties) ? raw.crs.properties.name : undefined;
  if (typeof crs === 'string' && !WGS84.test(crs)) {
    dropped.push({
      section: 'places',
      index: -1,
      reason: `coordinates in ${crs}, not WGS 84 longitude/latitude: no place can be shown`,
    });
    return finish({ places: [] }, dropped);
  }
  const places: Wire[] = [];
  const origins: number[] = [];
  const deadline = new Deadline();
  features.forEach((feature, index) => {
    deadline.check();
    const result = place(feature, options);
    if ('reason' in result) {
      const id = isRecord(feature) ? idOf(feature, propertiesOf(feature)) : undefined;
      dropped.push({ section: 'places', index, reason: result.reason, ...(id && { id }) });
    } else {
      places.push(result.place);
      origins.push(index);
    }
  });
  const title = typeof raw.name === 'string' ? raw.name : undefined;
  return finish({ ...(title && { title }), places }, dropped, { places: origins });
}

function place(feature: unknown, options: AdapterOptions): { place: Wire } | { reason: string } {
  if (!isRecord(feature) || feature.type !== 'Feature') return { reason: 'not a GeoJSON Feature' };
  const geometry = feature.geometry;
  if (!isRecord(geometry)) return { reason: 'feature without geometry' };
  if (geometry.type !== 'Point') {
    return { reason: `${String(geometry.type)} geometry: only Point features are places` };
  }
  const [lon, lat] = Array.isArray(geometry.coordinates) ? (geometry.coordinates as unknown[]) : [];
  const p = propertiesOf(feature);
  const name = text(p.name) ?? text(p.title);
  const english = text(p['name:en']);
  const kind = [p.kind, p.category, p.type, p.amenity, p.tourism, p.leisure, p.historic].find(
    (value): value is string => typeof value === 'string' && value.trim() !== '',
  );
  const image = typeof p.image === 'string' ? absoluteUrl(p.image, options.baseUrl) : p.image;
  const url = [p.url, p.website, p.link, p['contact:website']].find(
    (value): value is string => typeof value === 'string' && value.trim() !== '',
  );
  return {
    place: {
      id: idOf(feature, p) ?? stableId('place', JSON.stringify(name), lon, lat),
      name: typeof name === 'string' && english ? { de: name, en: english } : name,
      ...(kind && { kind }),
      city: cityFromName(p.city) ?? cityFromName(p['addr:city']) ?? options.city ?? 'both',
      lat,
      lon,
      ...defined('summary', text(p.summary) ?? text(p.description)),
      ...defined('address', text(p.address) ?? osmAddress(p)),
      ...defined('url', url && absoluteUrl(url, options.baseUrl)),
      ...defined('image', image),
      ...defined('openingHours', p.openingHours ?? p.openingHoursSpecification),
    },
  };
}

function propertiesOf(feature: Raw): Raw {
  return isRecord(feature.properties) ? feature.properties : {};
}

/** The feature's id, else an `id` property, else OpenStreetMap's `@id` ("node/123"). */
function idOf(feature: Raw, p: Raw): string | undefined {
  for (const value of [feature.id, p.id, p['@id']]) {
    if ((typeof value === 'string' && value.trim()) || typeof value === 'number') {
      return String(value).trim();
    }
  }
  return undefined;
}

/** A string or a language map, as the validator reads it. */
function text(value: unknown): string | Raw | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  return isRecord(value) ? value : undefined;
}

function osmAddress(p: Raw): string | undefined {
  const street = [p['addr:street'], p['addr:housenumber']].filter(Boolean).join(' ');
  const town = [p['addr:postcode'], p['addr:city']].filter(Boolean).join(' ');
  return [street, town].filter(Boolean).join(', ') || undefined;
}

function defined(key: string, value: unknown): Wire {
  return value === undefined || value === null || value === '' ? {} : { [key]: value };
}

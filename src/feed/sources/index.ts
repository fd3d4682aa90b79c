/**
 * Picks the adapter for a source: by the `format` the webmaster forced, else by a specific content
 * type, else by a look at the content. Every adapter returns a validated `Feed`.
 * Only the JSON adapter is in the main bundle; the others are loaded when a source needs them.
 * A new format adds one file here and one case below.
 */
import { FeedError } from '../errors.js';
import { loadOpeningHoursReader } from '../opening-hours-reader.js';
import type { Feed } from '../types.js';
import { parseSonnecJson } from './sonnec-json.js';
import type { AdapterOptions } from './wire.js';

export type { AdapterOptions, ReferenceDecoder, XmlParser } from './wire.js';

export type SourceFormat = 'sonnec' | 'ics' | 'rss' | 'atom' | 'geojson' | 'jsonld';

export const SOURCE_FORMATS: readonly SourceFormat[] = [
  'sonnec',
  'ics',
  'rss',
  'atom',
  'geojson',
  'jsonld',
];

export function isSourceFormat(value: unknown): value is SourceFormat {
  return SOURCE_FORMATS.includes(value as SourceFormat);
}

/** Content types that name one format. Generic ones (JSON, XML, text) leave it to the content. */
const CONTENT_TYPES: readonly [RegExp, SourceFormat][] = [
  [/^text\/calendar\b/i, 'ics'],
  [/^application\/rss\+xml\b/i, 'rss'],
  [/^application\/atom\+xml\b/i, 'atom'],
  [/^application\/(geo|vnd\.geo)\+json\b/i, 'geojson'],
  [/^application\/ld\+json\b/i, 'jsonld'],
];

/** A JSON-LD keyword and schema.org in the document's head: ThüCAT, BayernCloud, a CMS's markup. */
const SCHEMA_ORG_JSONLD = /"@(context|graph|type)"/;
const SCHEMA_ORG = /schema\.org|"schema:/;

export function detectFormat(text: string, contentType = ''): SourceFormat | undefined {
  for (const [type, format] of CONTENT_TYPES) if (type.test(contentType.trim())) return format;
  const head = text
    .slice(0, 4096)
    .replace(/^\ufeff/, '')
    .trimStart();
  if (/^BEGIN:VCALENDAR/i.test(head)) return 'ics';
  if (head.startsWith('{') || head.startsWith('[')) {
    if (/"type"\s*:\s*"(FeatureCollection|Feature)"/.test(head)) return 'geojson';
    if (SCHEMA_ORG_JSONLD.test(head) && SCHEMA_ORG.test(head)) return 'jsonld';
    if (head.startsWith('{')) return 'sonnec';
  }
  if (head.startsWith('<')) {
    // The root element, after the XML declaration, comments and a doctype.
    const root = /^(?:<\?[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|\s)*<([\w.-]+:)?([\w.-]+)/i.exec(
      head,
    );
    const name = root?.[2]?.toLowerCase();
    if (name === 'rss' || name === 'rdf') return 'rss';
    if (name === 'feed') return 'atom';
  }
  return /json/i.test(contentType) ? 'sonnec' : undefined;
}

export interface ParseOptions extends AdapterOptions {
  readonly contentType?: string;
  readonly format?: SourceFormat;
}

export async function parseSource(text: string, options: ParseOptions = {}): Promise<Feed> {
  const format = options.format ?? detectFormat(text, options.contentType);
  // Places with opening hours (JSON, GeoJSON): their reader loads only for such a source.
  // Also schema.org's prefixed `schema:openingHoursSpecification` (JSON-LD).
  if (/openingHours/.test(text)) await loadOpeningHoursReader();
  switch (format) {
    case 'sonnec':
      return parseSonnecJson(text);
    case 'ics':
      return (await import('./ics.js')).parseIcs(text, options);
    case 'rss':
    case 'atom':
      // One adapter reads both; the document's root element decides.
      return (await import('./rss-atom.js')).parseRssOrAtom(text, options);
    case 'geojson':
      return (await import('./geojson.js')).parseGeoJson(text, options);
    case 'jsonld':
      return (await import('./jsonld.js')).parseJsonLd(text, options);
    default:
      throw new FeedError('parse', 'The source is in no format this widget reads.');
  }
}

/**
 * Picks the adapter for a source: by the `format` the webmaster forced, else by a specific content
 * type, else by a look at the content (detect-format.ts). Every adapter returns a validated `Feed`.
 * Only the JSON adapter is in the main bundle; the others, and the detector, are loaded when a
 * source needs them.
 * A new format adds one file here and one case below.
 */
import { FeedError } from '../errors.js';
import { loadOpeningHoursReader } from '../opening-hours-reader.js';
import type { Feed } from '../types.js';
import { parseSonnecJson } from './sonnec-json.js';
import type { SourceFormat } from './source-format.js';
import type { AdapterOptions } from './wire.js';

export type { AdapterOptions, ReferenceDecoder, XmlParser } from './wire.js';

export { isSourceFormat, SOURCE_FORMATS, type SourceFormat } from './source-format.js';

/**
 * A sonnec feed as `sonnec-feed build` writes it (and as most are written by hand): a JSON
 * object whose first key is `version`, with no `"type"` or `"@…"` key near its start (GeoJSON
 * and JSON-LD have them) and no content type naming another format. For such a feed
 * `detectFormat` would say `sonnec`, so it is not loaded: every other source loads it.
 */
function plainSonnec(text: string, contentType = ''): boolean {
  return (
    /^\ufeff?\s*\{\s*"version"\s*:/.test(text) &&
    !/"type"|"@/.test(text.slice(0, 4096)) &&
    !/calendar|\+/i.test(contentType)
  );
}

export interface ParseOptions extends AdapterOptions {
  readonly contentType?: string;
  readonly format?: SourceFormat;
}

export async function parseSource(text: string, options: ParseOptions = {}): Promise<Feed> {
  const format =
    options.format ??
    (plainSonnec(text, options.contentType)
      ? 'sonnec'
      : (await import('./detect-format.js')).detectFormat(text, options.contentType));
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

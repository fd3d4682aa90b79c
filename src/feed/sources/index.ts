/**
 * Reads a source into a validated `Feed`. A plain sonnec feed, the usual source, is read here;
 * any other source loads other-formats.ts, which detects the format (unless the webmaster forced
 * one) and loads its adapter. So a page reading our own JSON carries no other format's code.
 */
import { loadOpeningHoursReader } from '../opening-hours-reader.js';
import type { Feed } from '../types.js';
import { parseSonnecJson } from './sonnec-json.js';
import type { ParseOptions } from './source-format.js';

export type { AdapterOptions, ReferenceDecoder, XmlParser } from './wire.js';

export {
  isSourceFormat,
  SOURCE_FORMATS,
  type ParseOptions,
  type SourceFormat,
} from './source-format.js';

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

export async function parseSource(text: string, options: ParseOptions = {}): Promise<Feed> {
  // Places with opening hours (JSON, GeoJSON): their reader loads only for such a source.
  // Also schema.org's prefixed `schema:openingHoursSpecification` (JSON-LD).
  if (/openingHours/.test(text)) await loadOpeningHoursReader();
  return (options.format ?? (plainSonnec(text, options.contentType) && 'sonnec')) === 'sonnec'
    ? parseSonnecJson(text)
    : (await import('./other-formats.js')).parseOtherFormat(text, options);
}

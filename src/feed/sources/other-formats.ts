/**
 * Reads a source that is not a plain sonnec feed (see `parseSource`): by the `format` the
 * webmaster forced, else by a specific content type, else by a look at the content
 * (detect-format.ts). Loaded only for such sources, so a page reading our own JSON carries none
 * of this; each adapter loads when a source needs it. A new format adds one case below.
 */
import { FeedError } from '../errors.js';
import type { Feed } from '../types.js';
import { detectFormat } from './detect-format.js';
import { parseSonnecJson } from './sonnec-json.js';
import type { ParseOptions } from './source-format.js';

export async function parseOtherFormat(text: string, options: ParseOptions): Promise<Feed> {
  switch (options.format ?? detectFormat(text, options.contentType)) {
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

/**
 * Picks the adapter for a source: by the `format` the webmaster forced, else by content type,
 * else by a look at the content. Every adapter returns a validated `Feed`.
 * New formats (ics, rss/atom, geojson) add one file here and one case below.
 */
import { FeedError } from '../errors.js';
import type { Feed } from '../types.js';
import { parseSonnecJson } from './sonnec-json.js';

export type SourceFormat = 'sonnec';

export const SOURCE_FORMATS: readonly SourceFormat[] = ['sonnec'];

export function isSourceFormat(value: unknown): value is SourceFormat {
  return SOURCE_FORMATS.includes(value as SourceFormat);
}

export function detectFormat(text: string, contentType = ''): SourceFormat | undefined {
  if (/json/i.test(contentType)) return 'sonnec';
  const start = text.trimStart().charAt(0);
  if (start === '{') return 'sonnec';
  return undefined;
}

export async function parseSource(
  text: string,
  options: { contentType?: string; format?: SourceFormat } = {},
): Promise<Feed> {
  const format = options.format ?? detectFormat(text, options.contentType);
  switch (format) {
    case 'sonnec':
      return parseSonnecJson(text);
    default:
      throw new FeedError('parse', 'The source is in no format this widget reads.');
  }
}

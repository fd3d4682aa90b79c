import type { AdapterOptions } from './wire.js';

/** The formats a source may be in: the values of a widget's `format` and the CLI's `--format`. */
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

/** How `parseSource` reads a source: the adapters' options, the content type, a forced format. */
export interface ParseOptions extends AdapterOptions {
  readonly contentType?: string;
  readonly format?: SourceFormat;
}

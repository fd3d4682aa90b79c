/**
 * Which format a source is in: by a content type that names one, else by a look at the content.
 * Loaded only for sources that are not a plain sonnec feed (see `parseSource`), and by the CLI.
 */
import type { SourceFormat } from './source-format.js';

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
  // A bare VEVENT too: some exporters write just the component.
  if (/^BEGIN:(VCALENDAR|VEVENT)\b/i.test(head)) return 'ics';
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
    // CDF's <CHANNEL> is read by the RSS adapter.
    if (name === 'rss' || name === 'rdf' || name === 'channel') return 'rss';
    if (name === 'feed') return 'atom';
  }
  return /json/i.test(contentType) ? 'sonnec' : undefined;
}

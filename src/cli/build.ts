/**
 * `sonnec-feed build`: reads every source with the widgets' own adapters, merges them (an event
 * both cities list appears once, for both) and writes the shared feed. Reading files and URLs is
 * injected (`load`), so this runs anywhere; the Node launcher supplies it.
 */
import { FeedError } from '../feed/errors.js';
import { mergeFeeds } from '../feed/merge.js';
import { toWire } from '../feed/serialize.js';
import { detectFormat } from '../feed/sources/detect-format.js';
import {
  parseSource,
  type ParseOptions,
  type ReferenceDecoder,
  type XmlParser,
} from '../feed/sources/index.js';
import { checkSize } from '../feed/sources/limits.js';
import type { City, Feed } from '../feed/types.js';
import type { SourceSpec } from './args.js';
import { COLLECTIONS, type Collection } from './collections.js';
import type { LoadedSource, LoadRequest } from './loaded-source.js';

// Kept in their own files, so that args.ts and follow-jsonld.ts need not import this one.
export { COLLECTIONS, type Collection, type LoadedSource, type LoadRequest };

/** What `--follow` asks servers for: JSON-LD first. */
const JSONLD_ACCEPT = 'application/ld+json, application/json;q=0.9, */*;q=0.1';

export interface BuildOptions {
  readonly load: (location: string, request?: LoadRequest) => Promise<LoadedSource>;
  /** The request headers and query keys of a source, their values resolved from the environment. */
  readonly requestOf?: (spec: SourceSpec) => LoadRequest | undefined;
  /** JSON-LD references to fetch per source (`--follow`); default 0. */
  readonly follow?: number;
  readonly xmlParser: XmlParser;
  /** HTML's entities in RSS/Atom, as the browser reads them (table-references.ts). */
  readonly decodeReferences: ReferenceDecoder;
  readonly title?: string;
  /**
   * Only these collections (`--only`): a feed for pages that show one widget, e.g. a partner's
   * event list, is that much smaller on a visitor's phone. Default: all.
   */
  readonly only?: readonly Collection[];
  /**
   * Reads one source; default `parseSource`. The Node launcher runs it in a worker thread that
   * it ends after a time limit: no source can hang the build.
   */
  readonly parse?: (text: string, options: ParseOptions) => Promise<Feed>;
}

export interface SourceResult {
  readonly spec: SourceSpec;
  readonly feed?: Feed;
  readonly error?: string;
}

export interface BuildResult {
  readonly results: readonly SourceResult[];
  /** The merged model (undefined when no source could be read). */
  readonly feed?: Feed;
  /** The feed as JSON-ready data. */
  readonly wire?: Record<string, unknown>;
}

/** The two towns, for the feed's `cities` section when no source brings its own entry. */
export const CITY_ENTRIES: readonly City[] = [
  {
    id: 'sonneberg',
    name: 'Sonneberg',
    state: { de: 'Thüringen', en: 'Thuringia' },
    url: 'https://www.sonneberg.de',
  },
  {
    id: 'neustadt',
    name: 'Neustadt b. Coburg',
    state: { de: 'Bayern', en: 'Bavaria' },
    url: 'https://www.neustadt-bei-coburg.de',
  },
];

export async function buildFeed(
  sources: readonly SourceSpec[],
  options: BuildOptions,
): Promise<BuildResult> {
  const results = await Promise.all(sources.map((spec) => readSource(spec, options)));
  const read = results.filter((r): r is SourceResult & { feed: Feed } => r.feed !== undefined);
  if (read.length === 0) return { results };
  const merged = mergeFeeds(
    read.map((r) => r.feed),
    read.map((r) => r.spec.location),
  );
  const keep = (collection: Collection) => !options.only || options.only.includes(collection);
  const feed: Feed = {
    version: merged.version,
    // The sources' own titles name one city's calendar, not the shared feed.
    ...(options.title !== undefined && { title: options.title }),
    ...(merged.updated !== undefined && { updated: merged.updated }),
    cities: [
      ...merged.cities,
      ...CITY_ENTRIES.filter((c) => !merged.cities.some((m) => m.id === c.id)),
    ],
    // A stable order: the same sources give the same file (and the same ETag), whatever
    // order a CMS exports in.
    events: keep('events')
      ? [...merged.events].sort((a, b) => a.start - b.start || compare(a.id, b.id))
      : [],
    news: keep('news')
      ? [...merged.news].sort((a, b) => b.date - a.date || compare(a.id, b.id))
      : [],
    places: keep('places') ? [...merged.places].sort((a, b) => compare(a.id, b.id)) : [],
    downloads: keep('downloads') ? merged.downloads : [],
    dropped: merged.dropped,
  };
  return { results, feed, wire: toWire(feed) };
}

async function readSource(spec: SourceSpec, options: BuildOptions): Promise<SourceResult> {
  try {
    const request = options.requestOf?.(spec);
    const source = await options.load(spec.location, request);
    // The widgets' store refuses larger answers before parsing; files get the same bound here.
    checkSize(source.text);
    const parseOptions = {
      xmlParser: options.xmlParser,
      decodeReferences: options.decodeReferences,
      ...(source.contentType && { contentType: source.contentType }),
      ...(source.url && { baseUrl: source.url }),
      ...(spec.format && { format: spec.format }),
      ...(spec.city && { city: spec.city }),
    };
    const format = spec.format ?? detectFormat(source.text, source.contentType);
    if (options.follow && source.url && format === 'jsonld') {
      const { followJsonLd } = await import('./follow-jsonld.js');
      const feed = await followJsonLd(
        { ...source, url: source.url },
        {
          limit: options.follow,
          // The source's headers and keys go along: only its own origin is followed.
          load: (url) =>
            options.load(url, {
              ...request,
              headers: { accept: JSONLD_ACCEPT, ...request?.headers },
            }),
          adapter: parseOptions,
        },
      );
      return { spec, feed };
    }
    const feed = await (options.parse ?? parseSource)(source.text, parseOptions);
    return { spec, feed };
  } catch (error) {
    const message =
      error instanceof FeedError || error instanceof Error ? error.message : String(error);
    return { spec, error: message };
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

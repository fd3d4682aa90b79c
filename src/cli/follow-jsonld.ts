/**
 * `--follow N` for JSON-LD sources: a ThüCAT town lists its attractions in `containsPlace` as
 * references to resources of their own. The CLI fetches up to N of them, from the source's own
 * origin only (a feed must not make the tool fetch from anywhere it names), and maps the source
 * with everything it fetched as one graph. What it did not fetch is listed with the reason.
 */
import { FeedError } from '../feed/errors.js';
import { indexJsonLd, parseJsonLdText, type JsonLdGraph } from '../feed/sources/jsonld-graph.js';
import { readJsonLd } from '../feed/sources/jsonld.js';
import type { AdapterOptions } from '../feed/sources/wire.js';
import type { DroppedItem, Feed } from '../feed/types.js';
import type { LoadedSource } from './loaded-source.js';

/** Properties whose references lead to items: places of a town, an event's place, its dates. */
const FOLLOWED = ['containsPlace', 'location', 'subEvent', 'event', 'events'];

export interface FollowOptions {
  readonly limit: number;
  readonly load: (url: string) => Promise<LoadedSource>;
  readonly adapter: AdapterOptions;
}

export async function followJsonLd(
  source: LoadedSource & { readonly url: string },
  options: FollowOptions,
): Promise<Feed> {
  const documents = [parseJsonLdText(source.text)];
  const origin = new URL(source.url).origin;
  const tried = new Set<string>([source.url]);
  const dropped: DroppedItem[] = [];
  const leftOut = (url: string, reason: string) =>
    dropped.push({ section: 'follow', index: -1, id: url, reason: `not followed: ${reason}` });
  let fetched = 0;
  for (;;) {
    const wanted = references(indexJsonLd(documents)).filter((url) => !tried.has(url));
    if (wanted.length === 0) break;
    for (const url of wanted) {
      tried.add(url);
      if (new URL(url).origin !== origin) {
        leftOut(url, 'another origin than the source');
      } else if (fetched >= options.limit) {
        leftOut(url, `the limit of --follow ${options.limit} is reached`);
      } else {
        fetched++;
        try {
          documents.push(parseJsonLdText((await options.load(url)).text));
        } catch (error) {
          leftOut(
            url,
            error instanceof FeedError || error instanceof Error ? error.message : String(error),
          );
        }
      }
    }
  }
  const feed = readJsonLd(documents, options.adapter);
  return dropped.length ? { ...feed, dropped: [...feed.dropped, ...dropped] } : feed;
}

/** Absolute http(s) references the documents do not define, in document order. */
function references(graph: JsonLdGraph): string[] {
  const out = new Set<string>();
  const nodes = [...graph.top, ...graph.byId.values()];
  for (const node of nodes) {
    for (const key of FOLLOWED) {
      const value = node[key];
      for (const entry of Array.isArray(value) ? value : [value]) {
        const id =
          typeof entry === 'object' && entry !== null
            ? (entry as Record<string, unknown>)['@id']
            : undefined;
        if (typeof id !== 'string' || graph.byId.has(id) || !/^https?:\/\//i.test(id)) continue;
        try {
          const url = new URL(id);
          url.hash = '';
          out.add(url.href);
        } catch {
          // Not a URL: nothing to fetch.
        }
      }
    }
  }
  return [...out];
}

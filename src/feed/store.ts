/**
 * The feed store: the only place that does I/O. One fetch per URL per page, shared by every
 * widget and even by two copies of our bundle (the cache lives on a `Symbol.for` key). A settled
 * load is replaced by its value, a failed one by its error: widgets on one feed share a failure
 * as they share a good load (one request, one warning), until `refreshFeed` tries again for all.
 */
import { FeedError, isAbortError } from './errors.js';
import { resolveFeedUrl, splitSources } from './feed-urls.js';
import { plainUtf8 } from './plain-utf8.js';
import { takePrefetched } from './take-prefetched.js';
import { resolveFeedUrls } from './resolve-urls.js';
import { parseSource, type SourceFormat } from './sources/index.js';
import { markStale } from './stale.js';
import type { Feed } from './types.js';

export const DEFAULT_TIMEOUT_MS = 15_000;
/** Larger bodies are refused before parsing: no real feed of two towns comes near it. */
export const MAX_FEED_BYTES = 32 * 1024 * 1024;

interface Pending {
  readonly promise: Promise<Feed>;
  readonly controller: AbortController;
  waiters: number;
}
type Entry = Pending | { readonly feed: Feed } | { readonly error: FeedError };

const STORE_KEY = Symbol.for('sonnec.feed.v1');
type Store = Map<string, Entry>;

function store(): Store {
  const holder = globalThis as unknown as Record<symbol, Store | undefined>;
  return (holder[STORE_KEY] ??= new Map());
}

export interface LoadOptions {
  /** Aborts this caller's wait; the fetch itself stops only when no caller waits any more. */
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  readonly format?: SourceFormat;
  /**
   * Keeps the last good copy in localStorage and shows it when a load fails (see
   * offline-copy.ts). Only for unattended displays: the kiosk, or `offline-cache`.
   */
  readonly keepCopy?: boolean;
}

export { resolveFeedUrl, splitSources };

function keyOf(url: string, format?: SourceFormat): string {
  return format ? `${url}#format=${format}` : url;
}

/** Loads (or reuses) the feed at `src`. Rejects with `FeedError` or an `AbortError`. */
export function loadFeed(src: string, options: LoadOptions = {}): Promise<Feed> {
  return options.keepCopy ? loadWithCopy(src, options) : loadShared(src, options);
}

/** Called with the raw text of a feed that parsed (to keep it as the last good copy). */
type Keep = (text: string, contentType: string) => void;

function loadShared(src: string, options: LoadOptions, keep?: Keep): Promise<Feed> {
  const url = resolveFeedUrl(src);
  const key = keyOf(url, options.format);
  const cache = store();
  let entry = cache.get(key);
  if (entry && 'feed' in entry) return Promise.resolve(entry.feed);
  if (entry && 'error' in entry) return Promise.reject(entry.error);
  if (!entry) {
    entry = startFetch(cache, key, url, options, keep);
    cache.set(key, entry);
  }
  return waitFor(cache, key, entry, options.signal);
}

/**
 * The load of an unattended display: keeps each good feed as a copy and, when a load fails,
 * shows the last good copy instead (marked stale). Only such displays load the copy code, in
 * parallel with the fetch.
 */
function loadWithCopy(src: string, options: LoadOptions): Promise<Feed> {
  const url = resolveFeedUrl(src);
  const key = keyOf(url, options.format);
  // Beside the fetch, not before it. Each keeping load asks; the browser's module map fetches
  // the module once (and decides, as for every lazy part, whether a failed one is fetched again).
  const offline = import('./offline-copy.js');
  const keep: Keep = (text, type) =>
    void offline.then(
      (module) => module.saveCopy(key, text, type),
      () => {}, // no copy this time; the display keeps working
    );
  return loadShared(src, options, keep).catch((error: unknown) =>
    offline.then(
      (module) => module.copyInstead(error, key, url, options.format, options.signal),
      () => Promise.reject(error),
    ),
  );
}

/** The merge code (merged-feeds.ts), once a page with several sources has loaded it. */
let several: typeof import('./merged-feeds.js') | undefined;

/**
 * The feed of `srcs` when the store already holds it (every source loaded, several merged):
 * a widget added after another one loaded the feed shows it at once, without a loading state.
 */
export function peekFeeds(srcs: readonly string[], format?: SourceFormat): Feed | undefined {
  const cache = store();
  const feeds: Feed[] = [];
  for (const src of srcs) {
    const entry = cache.get(keyOf(resolveFeedUrl(src), format));
    if (!entry || !('feed' in entry)) return undefined;
    feeds.push(entry.feed);
  }
  // Several feeds were merged only if the merge code is loaded.
  return feeds.length > 1 ? several?.knownMerge(feeds) : feeds[0];
}

/**
 * Loads several sources (each through `loadFeed`, so each URL is fetched once per page) and
 * merges them into one feed. A failing source is left out (the store has warned about it);
 * only when every source fails does this reject, with the first source's error.
 */
export async function loadFeeds(srcs: readonly string[], options: LoadOptions = {}): Promise<Feed> {
  if (srcs.length === 1) return loadFeed(srcs[0]!, options);
  if (srcs.length === 0) throw new FeedError('no-source', 'No feed source.');
  // Only pages with several sources need the merge code: it loads while the sources do.
  const merging = import('./merged-feeds.js');
  merging.catch(() => {}); // reported below, unless every source failed first
  const results = await Promise.allSettled(srcs.map((src) => loadFeed(src, options)));
  if (options.signal?.aborted) throw new DOMException('Aborted', 'AbortError');
  if (!results.some((r) => r.status === 'fulfilled')) {
    throw (results[0] as PromiseRejectedResult).reason;
  }
  return (several = await merging).mergeLoaded(srcs, results);
}

/** Forgets a cached feed (or failure) so that the next `loadFeed` fetches it anew. */
export function forgetFeed(src: string, format?: SourceFormat): void {
  const key = keyOf(resolveFeedUrl(src), format);
  const entry = store().get(key);
  if (entry && !('promise' in entry)) store().delete(key);
}

/** Test and kiosk helper: forgets every cached feed. Pending fetches go on for their waiters. */
export function clearFeedCache(): void {
  const cache = store();
  for (const [key, entry] of cache) if (!('promise' in entry)) cache.delete(key);
}

/** Who is told of a refresh: shared, like the store, by two copies of the bundle. */
const LISTENERS_KEY = Symbol.for('sonnec.feed.refresh.v1');
type RefreshListener = (url: string) => void;

function listeners(): Set<RefreshListener> {
  const holder = globalThis as unknown as Record<symbol, Set<RefreshListener> | undefined>;
  return (holder[LISTENERS_KEY] ??= new Set());
}

/**
 * Forgets the feed at `src` (in every format) and tells everyone listening (`onFeedRefresh`):
 * every widget showing it loads it again, together, with one request.
 */
export function refreshFeed(src: string): void {
  const url = resolveFeedUrl(src);
  const cache = store();
  for (const [key, entry] of cache) {
    if ((key === url || key.startsWith(`${url}#format=`)) && !('promise' in entry)) {
      cache.delete(key);
    }
  }
  for (const listener of listeners()) listener(url);
}

/** Calls `listener` with the resolved URL of each refreshed feed; returns the unsubscribe. */
export function onFeedRefresh(listener: RefreshListener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

function startFetch(
  cache: Store,
  key: string,
  url: string,
  options: LoadOptions,
  keep: Keep | undefined,
): Pending {
  const controller = new AbortController();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timer = setTimeout(
    () => controller.abort(new FeedError('timeout', `No answer within ${timeoutMs} ms.`, { url })),
    timeoutMs,
  );
  const promise = fetchFeed(url, controller.signal, options.format, keep)
    .then((feed) => {
      if (cache.get(key) === pending) cache.set(key, { feed });
      if (feed.dropped.length > 0) {
        // `kept` items are shown all the same, with what was guessed (a date, a title).
        const noted = feed.dropped.filter((d) => d.kept).length;
        const out = feed.dropped.length - noted;
        const parts = [out && `${out} left out`, noted && `${noted} shown with a note`];
        console.warn(
          `[sonnec] items of ${url}: ${parts.filter(Boolean).join(', ')}:`,
          feed.dropped,
        );
      }
      return feed;
    })
    .catch((error: unknown) => {
      const reason = controller.signal.reason;
      const failure = reason instanceof FeedError ? reason : toFeedError(error, url);
      // A failure is kept for the next widget (one request, one warning); an abort is not one.
      if (cache.get(key) === pending) {
        if (failure instanceof FeedError) cache.set(key, { error: failure });
        else cache.delete(key);
      }
      if (!isAbortError(failure)) console.warn(`[sonnec] Feed ${url}: ${failure.message}`);
      throw failure;
    })
    .finally(() => clearTimeout(timer));
  // Waiters attach their own handlers; this one keeps an unobserved rejection quiet.
  promise.catch(() => {});
  const pending: Pending = { promise, controller, waiters: 0 };
  return pending;
}

async function fetchFeed(
  url: string,
  signal: AbortSignal,
  format?: SourceFormat,
  keep?: Keep,
): Promise<Feed> {
  // The loader may have started this fetch already (prefetch.ts).
  const response = await (takePrefetched(url, signal) ??
    fetch(url, { signal, credentials: 'same-origin' }));
  if (!response.ok) {
    throw new FeedError('http', `The server answered ${response.status}.`, {
      url,
      status: response.status,
    });
  }
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_FEED_BYTES) throw new FeedError('parse', 'The feed is too large.', { url });
  const bytes = await response.arrayBuffer();
  if (bytes.byteLength > MAX_FEED_BYTES)
    throw new FeedError('parse', 'The feed is too large.', { url });
  const contentType = response.headers.get('content-type') ?? '';
  const text =
    plainUtf8(bytes, contentType) ??
    (await import('./decode-bytes.js')).decodeBody(bytes, contentType);
  const feed = resolveFeedUrls(
    await parseSource(text, { contentType, baseUrl: url, ...(format && { format }) }),
    url,
  );
  // The kiosk's offline shell (service worker) answered with the copy it kept: shown as one.
  const savedAt = Number(response.headers.get('x-sonnec-saved-at'));
  if (savedAt > 0) return markStale(feed, savedAt);
  // Only a feed that parsed is worth keeping as the last good copy.
  keep?.(text, contentType);
  return feed;
}

function toFeedError(error: unknown, url: string): FeedError | DOMException {
  if (error instanceof FeedError) return error;
  if (isAbortError(error)) return error as DOMException;
  // fetch() rejects with a TypeError for offline, DNS, CORS and refused connections alike: the
  // warning names each, the CORS header too (the browser's own console error says which it was).
  return new FeedError(
    'network',
    'Not reached (offline, refused, or no Access-Control-Allow-Origin header).',
    { url },
  );
}

function waitFor(
  cache: Store,
  key: string,
  entry: Pending,
  signal: AbortSignal | undefined,
): Promise<Feed> {
  if (signal?.aborted) return Promise.reject(new DOMException('Aborted', 'AbortError'));
  entry.waiters++;
  return new Promise<Feed>((resolve, reject) => {
    let done = false;
    const leave = (): boolean => {
      if (done) return false;
      done = true;
      signal?.removeEventListener('abort', onAbort);
      entry.waiters--;
      return true;
    };
    const onAbort = () => {
      if (!leave()) return;
      // Not at once: a widget moved in the DOM leaves and comes back within this task (and two
      // copies of the script may hand a feed over), so the fetch goes on if someone returns.
      setTimeout(() => {
        if (entry.waiters === 0 && cache.get(key) === entry) {
          cache.delete(key);
          entry.controller.abort(new DOMException('Nobody waits for this feed', 'AbortError'));
        }
      }, 0);
      reject(new DOMException('Aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    entry.promise.then(
      (feed) => leave() && resolve(feed),
      (error: unknown) => leave() && reject(error),
    );
  });
}

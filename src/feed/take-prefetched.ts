/**
 * The store's side of prefetch.ts: it takes a prefetched answer for its first fetch of a URL.
 * A file of its own, so that the loader, which every page runs first, does not carry it.
 */
import { prefetches, TAKEN } from './prefetch.js';

/**
 * The prefetched response for `url`, once; undefined when there is none. `signal` (the store's
 * timeout and abort) then stops the prefetch's download as it would stop its own.
 */
export function takePrefetched(url: string, signal: AbortSignal): Promise<Response> | undefined {
  const pending = prefetches();
  const prefetch = pending.get(url);
  if (!prefetch || prefetch === TAKEN) return undefined;
  pending.set(url, TAKEN);
  const abort = () => prefetch.controller.abort(signal.reason);
  if (signal.aborted) abort();
  else signal.addEventListener('abort', abort, { once: true });
  return prefetch.response;
}

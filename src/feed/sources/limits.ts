/**
 * Bounds for every source: no input may hang a page or the CLI. The parsers are synchronous and
 * cannot be interrupted, so their work is bounded instead: by size (here; in the browser the
 * store refuses larger bodies before this), and by a deadline the adapters' loops check
 * (deadline.ts). Past a bound the source fails with a typed, translated `FeedError`.
 */
import { FeedError } from '../errors.js';

/**
 * Characters a source may have: the store's limit for a downloaded feed (32 MiB), also for the
 * CLI's files. No real source of two towns comes near it (a city's five-year calendar: 2 MB).
 */
export const MAX_SOURCE_CHARS = 32 * 1024 * 1024;

/** Throws for a source past `MAX_SOURCE_CHARS` ('parse', like the store's own size check). */
export function checkSize(text: string, max = MAX_SOURCE_CHARS): void {
  if (text.length > max) {
    throw new FeedError(
      'parse',
      `The source is too large (${text.length} characters; at most ${max} are read).`,
    );
  }
}

/**
 * Bounds for every source: no input may hang a page or the CLI. The browser's parsers are
 * synchronous and cannot be interrupted, so the work is bounded instead: a size cap before any
 * parser sees the text, and a deadline that the adapters' own loops check. Past a bound the
 * source fails with a typed `FeedError` ('too-large' or 'timeout'), which widgets translate.
 */
import { FeedError } from '../errors.js';

/**
 * Characters a source may have: the store's limit for a downloaded feed (32 MiB), also for the
 * CLI's files. No real source of two towns comes near it (a city's five-year calendar: 2 MB).
 */
export const MAX_SOURCE_CHARS = 32 * 1024 * 1024;

/** Milliseconds an adapter may work on one source (a 2 MB calendar takes about 300 ms). */
export const SOURCE_TIME_LIMIT_MS = 10_000;

/** Throws 'too-large' for a source past `MAX_SOURCE_CHARS`. */
export function checkSize(text: string, max = MAX_SOURCE_CHARS): void {
  if (text.length > max) {
    throw new FeedError(
      'too-large',
      `The source is too large (${text.length} characters; at most ${max} are read).`,
    );
  }
}

/** A deadline the adapters check inside their loops: cheap enough to call per line. */
export class Deadline {
  private readonly end: number;
  private calls = 0;

  constructor(readonly limitMs = SOURCE_TIME_LIMIT_MS) {
    this.end = Date.now() + limitMs;
  }

  /** Throws FeedError('timeout') once the time is up (reads the clock every 64th call). */
  check(): void {
    if ((++this.calls & 63) !== 0) return;
    this.now();
  }

  /** Like `check`, but reads the clock on every call: for loops with few, slow steps. */
  now(): void {
    if (Date.now() > this.end) {
      throw new FeedError(
        'timeout',
        `Reading the source took longer than ${this.limitMs / 1000} s; it was given up.`,
      );
    }
  }
}

/**
 * The time limit of the source adapters. Their parsers are synchronous and cannot be interrupted,
 * so the adapters' own loops check a deadline and give up with a typed FeedError('timeout').
 * Apart from limits.ts so that the main bundle (which only checks sizes) does not carry it.
 */
import { FeedError } from '../errors.js';

/** Milliseconds an adapter may work on one source (a 2 MB calendar takes about 300 ms). */
export const SOURCE_TIME_LIMIT_MS = 10_000;

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

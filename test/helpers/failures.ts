/** Test helpers for what is expected to fail: a rejected load, the warnings it prints. */
import type { FeedError } from '../../src/feed/errors.js';

/** What `promise` rejects with (a `FeedError`, as a rule); throws when it resolves. */
export async function failure<T = FeedError>(promise: Promise<unknown>): Promise<T> {
  try {
    await promise;
  } catch (error) {
    return error as T;
  }
  throw new Error('expected the load to fail');
}

/**
 * Silences `console.warn` in each test of the calling `describe`: the store and the widgets warn
 * of each failure, which those tests cause on purpose.
 */
export function muteWarnings(): void {
  let warn: typeof console.warn;
  beforeEach(() => {
    warn = console.warn;
    console.warn = () => {};
  });
  afterEach(() => {
    console.warn = warn;
  });
}

/**
 * Shared by the property tests of the source adapters (source-properties, source-time-limit):
 * every format a source may be read as, the check that a read ends in a well-formed model or a
 * typed FeedError, and a property run over generated sources.
 */
import fc from 'fast-check';
import { FeedError } from '../../src/feed/errors.js';
import { parseSource, type SourceFormat } from '../../src/feed/sources/index.js';
import { assertWellFormed } from './well-formed.js';

/** Every format a source can be forced to, and `undefined`: detected. */
export const ANY_FORMAT: readonly (SourceFormat | undefined)[] = [
  undefined,
  'sonnec',
  'ics',
  'rss',
  'atom',
  'geojson',
];

/**
 * Reads a source: its model must be well-formed, and the only error allowed is a FeedError,
 * which is returned for further checks.
 */
export async function readChecked(
  text: string,
  format: SourceFormat | undefined,
  baseUrl?: string,
): Promise<FeedError | undefined> {
  try {
    assertWellFormed(
      await parseSource(text, { ...(format && { format }), ...(baseUrl && { baseUrl }) }),
    );
    return undefined;
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    return error;
  }
}

/** Runs `check` on `runs.numRuns` generated sources. */
export function holdsFor<T>(
  sources: fc.Arbitrary<T>,
  check: (source: T) => Promise<void>,
  runs: { numRuns: number },
): Promise<void> {
  return fc.assert(fc.asyncProperty(sources, check), runs);
}

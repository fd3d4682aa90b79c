/**
 * The door to the opening-hours reader (opening-hours-fields.ts). The reader is loaded only for
 * a source whose text mentions `openingHours` (see `parseSource`): pages whose feeds have no
 * opening hours never download it. `validateFeed` called directly reads opening hours once
 * `loadOpeningHoursReader()` has resolved.
 */
import type { OpeningHours } from './types.js';

type Reader = (value: unknown, note: (reason: string) => void) => OpeningHours | undefined;
let reader: Reader | undefined;

/** Loads the reader (once). */
export async function loadOpeningHoursReader(): Promise<void> {
  reader ??= (await import('./opening-hours-fields.js')).readOpeningHours;
}

/** A place's opening hours, read if the reader is loaded (else left out, and `note` says so). */
export function readOpeningHoursIfLoaded(
  value: unknown,
  note: (reason: string) => void,
): OpeningHours | undefined {
  if (value === undefined) return undefined;
  if (reader) return reader(value, note);
  note('openingHours: not read (loadOpeningHoursReader() was not awaited)');
  return undefined;
}

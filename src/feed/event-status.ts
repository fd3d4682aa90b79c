/** Reading an event's `status` (docs/feed.md): one of four words, anything else is reported. */
import type { EventStatus } from './types.js';

/** The status, or undefined (scheduled); `note` hears of a value that is none of the four. */
export function readStatus(
  value: unknown,
  note: (reason: string) => void,
): EventStatus | undefined {
  if (value == null || value === 'scheduled') return undefined;
  if (typeof value === 'string' && /^(cancelled|postponed|rescheduled|moved-online)$/.test(value)) {
    return value as EventStatus;
  }
  note(`unknown status "${String(value).slice(0, 40)}" left out`);
  return undefined;
}

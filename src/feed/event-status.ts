/** Reading an event's `status` (docs/feed.md): one of four words, anything else is reported. */
import type { EventStatus } from './types.js';

const STATUSES = ['cancelled', 'postponed', 'rescheduled', 'moved-online'];

/** The status, or undefined (scheduled); `note` hears of a value that is none of the four. */
export function readStatus(
  value: unknown,
  note: (reason: string) => void,
): EventStatus | undefined {
  if (value == null || value === 'scheduled') return undefined;
  if (STATUSES.includes(value as string)) return value as EventStatus;
  note(`unknown status ${String(JSON.stringify(value)).slice(0, 40)} left out`);
  return undefined;
}

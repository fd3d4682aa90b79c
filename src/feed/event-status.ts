/** Reading an event's `status` (docs/feed.md): one of four words, anything else is reported. */
import type { EventStatus } from './types.js';

export const EVENT_STATUSES: readonly EventStatus[] = [
  'cancelled',
  'postponed',
  'rescheduled',
  'moved-online',
];

/** The status, or undefined (scheduled); `note` hears of a value that is none of the four. */
export function readStatus(
  value: unknown,
  note: (reason: string) => void,
): EventStatus | undefined {
  if (value === undefined || value === null || value === 'scheduled') return undefined;
  if (EVENT_STATUSES.includes(value as EventStatus)) return value as EventStatus;
  note(
    `status ${String(JSON.stringify(value)).slice(0, 40)} left out (not one of ${EVENT_STATUSES.join(', ')})`,
  );
  return undefined;
}

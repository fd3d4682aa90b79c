/** The English half of events.messages.ts (German first there). */
import type { EventMessages } from './events.messages.js';

export const events: EventMessages = {
  count: (n: number) => (n === 1 ? '1 event' : `${n} events`),
  empty: 'No events are announced at the moment.',
  emptyFiltered: 'There are no events for this selection.',
  today: 'Today',
  tomorrow: 'Tomorrow',
  allDay: 'all day',
  oclock: '',
  running: 'Happening now',
  until: 'until',
  cancelled: 'Cancelled',
  postponed: 'Postponed',
  rescheduled: 'Rescheduled',
  'moved-online': 'Online only',
};

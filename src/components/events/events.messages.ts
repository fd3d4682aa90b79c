/**
 * Texts of the event list itself. The filter bar and the detail dialog load lazily and keep their
 * own texts beside them (events-filters.messages.ts, event-detail.messages.ts).
 */
import { germanFirst } from '../../internal/i18n.js';

const de = {
  count: (n: number) => (n === 1 ? '1 Veranstaltung' : `${n} Veranstaltungen`),
  empty: 'Zurzeit sind keine Veranstaltungen angekündigt.',
  emptyFiltered: 'Für diese Auswahl gibt es keine Veranstaltungen.',
  today: 'Heute',
  tomorrow: 'Morgen',
  allDay: 'ganztägig',
  oclock: ' Uhr',
  running: 'Läuft gerade',
  until: 'bis',
  // An event's status (FeedEvent.status), beside its title.
  cancelled: 'Abgesagt',
  postponed: 'Verschoben',
  rescheduled: 'Verlegt',
  'moved-online': 'Nur online',
};

export type EventMessages = typeof de;

/** English: events.messages.en.ts. */
export const messages = germanFirst('events', de);

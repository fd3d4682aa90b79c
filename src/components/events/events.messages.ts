/**
 * Texts of the event list itself. The filter bar, the visitor's refinements and the detail
 * dialog load lazily and keep their own texts beside them (events-filters.messages.ts,
 * events-search.ts, event-detail.messages.ts).
 */
import { defineMessages } from '../../internal/i18n.js';

export const messages = defineMessages({
  de: {
    count: (n: number) => (n === 1 ? '1 Veranstaltung' : `${n} Veranstaltungen`),
    empty: 'Zurzeit sind keine Veranstaltungen angekündigt.',
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
  },
  en: {
    count: (n: number) => (n === 1 ? '1 event' : `${n} events`),
    empty: 'No events are announced at the moment.',
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
  },
});

export type EventMessages = (typeof messages)['de'];

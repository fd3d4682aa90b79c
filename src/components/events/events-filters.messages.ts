/**
 * Texts of the events filter bar: loaded with it (events-filters.ts), not with the list. The
 * town select and the reset button use the texts every filter bar shares (`filterTexts`).
 */
import { defineMessages } from '../../internal/i18n.js';

export const filterMessages = defineMessages({
  de: {
    filterLabel: 'Veranstaltungen filtern',
    category: 'Kategorie',
    categoryAll: 'Alle Kategorien',
    date: 'Zeitraum',
    dateAll: 'Alle Termine',
    dateToday: 'Heute',
    dateWeekend: 'Dieses Wochenende',
    dateMonth: 'Diesen Monat',
    dateRange: 'Eigener Zeitraum',
    rangeFrom: 'Von',
    rangeTo: 'Bis',
    search: 'Suche',
    searchPlaceholder: 'Titel, Ort, Veranstalter …',
  },
  en: {
    filterLabel: 'Filter events',
    category: 'Category',
    categoryAll: 'All categories',
    date: 'Dates',
    dateAll: 'All dates',
    dateToday: 'Today',
    dateWeekend: 'This weekend',
    dateMonth: 'This month',
    dateRange: 'Custom range',
    rangeFrom: 'From',
    rangeTo: 'To',
    search: 'Search',
    searchPlaceholder: 'Title, place, organizer …',
  },
});

/** Texts of the map's filter bar: loaded with it (map-filters.ts), not with the map. */
import { defineMessages } from '../../internal/i18n.js';

export const filterMessages = defineMessages({
  de: {
    filterLabel: 'Orte filtern',
    kind: 'Art',
    city: 'Stadt',
    all: 'Alle',
    reset: 'Filter zurücksetzen',
  },
  en: {
    filterLabel: 'Filter places',
    kind: 'Kind',
    city: 'Town',
    all: 'All',
    reset: 'Reset filters',
  },
});

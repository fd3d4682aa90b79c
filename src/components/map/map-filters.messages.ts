/**
 * Texts of the map's filter bar: loaded with it (map-filters.ts), not with the map. The town
 * select and the reset button use the texts every filter bar shares (`filterTexts`).
 */
import { defineMessages } from '../../internal/i18n.js';

export const filterMessages = defineMessages({
  de: {
    filterLabel: 'Orte filtern',
    kind: 'Art',
    all: 'Alle',
    open: 'Geöffnet',
    openNow: 'Jetzt geöffnet',
  },
  en: {
    filterLabel: 'Filter places',
    kind: 'Kind',
    all: 'All',
    open: 'Open',
    openNow: 'Open now',
  },
});

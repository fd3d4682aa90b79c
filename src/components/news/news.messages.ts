/**
 * Texts of the news list itself. The lazy parts (filter bar, article, timeline) keep their own
 * tables, so a page loads only the texts of what it shows: "Keine Meldungen passen zu diesen
 * Filtern." comes with the filter bar.
 */
import { defineMessages } from '../../internal/i18n.js';

export const messages = defineMessages({
  de: {
    count: (n: number) => (n === 1 ? '1 Meldung' : `${n} Meldungen`),
    /** The live region while paged: "12 Meldungen, 10 angezeigt". */
    countShown: (total: number, shown: number) =>
      `${total === 1 ? '1 Meldung' : `${total} Meldungen`}, ${shown} angezeigt`,
    empty: 'Zurzeit sind keine Meldungen vorhanden.',
    isNew: 'Neu',
    readMore: 'Weiterlesen',
    /** The open article's "Weiterlesen" button. */
    showLess: 'Weniger anzeigen',
    credit: 'Foto',
    categories: 'Kategorien',
  },
  en: {
    count: (n: number) => (n === 1 ? '1 news item' : `${n} news items`),
    countShown: (total: number, shown: number) =>
      `${total === 1 ? '1 news item' : `${total} news items`}, ${shown} shown`,
    empty: 'There is no news at the moment.',
    isNew: 'New',
    readMore: 'Read more',
    showLess: 'Show less',
    credit: 'Photo',
    categories: 'Categories',
  },
});

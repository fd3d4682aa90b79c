/**
 * Texts of the news list itself. The lazy parts (filter bar, article, timeline) keep their own
 * tables, so a page loads only the texts of what it shows.
 */
import { germanFirst } from '../../internal/i18n.js';

const de = {
  count: (n: number) => (n === 1 ? '1 Meldung' : `${n} Meldungen`),
  /** The live region while paged: "12 Meldungen, 10 angezeigt". */
  countShown: (total: number, shown: number) =>
    `${total === 1 ? '1 Meldung' : `${total} Meldungen`}, ${shown} angezeigt`,
  empty: 'Zurzeit sind keine Meldungen vorhanden.',
  emptyFiltered: 'Keine Meldungen passen zu diesen Filtern.',
  isNew: 'Neu',
  readMore: 'Weiterlesen',
  /** The open article's "Weiterlesen" button. */
  showLess: 'Weniger anzeigen',
  credit: 'Foto',
  categories: 'Kategorien',
};

export type NewsMessages = typeof de;

/** English: news.messages.en.ts. */
export const messages = germanFirst('news', de);

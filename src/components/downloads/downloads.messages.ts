import { germanFirst } from '../../internal/i18n.js';

const de = {
  count: (n: number) => (n === 1 ? '1 Dokument' : `${n} Dokumente`),
  empty: 'Zurzeit sind keine Dokumente vorhanden.',
  published: 'Veröffentlicht am',
  otherGroup: 'Weitere Dokumente',
};

export type DownloadsMessages = typeof de;

/** English: downloads.messages.en.ts. */
export const messages = germanFirst('downloads', de);

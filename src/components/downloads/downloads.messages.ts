import { defineMessages } from '../../internal/i18n.js';

export const messages = defineMessages({
  de: {
    count: (n: number) => (n === 1 ? '1 Dokument' : `${n} Dokumente`),
    empty: 'Zurzeit sind keine Dokumente vorhanden.',
    published: 'Veröffentlicht am',
    otherGroup: 'Weitere Dokumente',
  },
  en: {
    count: (n: number) => (n === 1 ? '1 document' : `${n} documents`),
    empty: 'There are no documents at the moment.',
    published: 'Published on',
    otherGroup: 'More documents',
  },
});

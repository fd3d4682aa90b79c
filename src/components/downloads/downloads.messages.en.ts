/** The English half of downloads.messages.ts (German first there). */
import type { DownloadsMessages } from './downloads.messages.js';

export const downloads: DownloadsMessages = {
  count: (n: number) => (n === 1 ? '1 document' : `${n} documents`),
  empty: 'There are no documents at the moment.',
  published: 'Published on',
  otherGroup: 'More documents',
};

/** The English half of news.messages.ts (German first there). */
import type { NewsMessages } from './news.messages.js';

export const news: NewsMessages = {
  count: (n: number) => (n === 1 ? '1 news item' : `${n} news items`),
  countShown: (total: number, shown: number) =>
    `${total === 1 ? '1 news item' : `${total} news items`}, ${shown} shown`,
  empty: 'There is no news at the moment.',
  emptyFiltered: 'No news matches these filters.',
  isNew: 'New',
  readMore: 'Read more',
  showLess: 'Show less',
  credit: 'Photo',
  categories: 'Categories',
};

/**
 * Pure: the choices the news filter bar offers (categories and years of the items the
 * webmaster's settings allow). Only the filter bar needs them, so they load with it.
 */
import type { NewsItem, Text } from '../../feed/types.js';
import { collator } from '../../internal/format.js';
import { localText, type Lang } from '../../internal/i18n.js';
import { itemYear, type NewsLayout } from './news-query.js';

/** A filter option: `value` is what the query matches on, `label` what the visitor reads. */
export interface NewsOption {
  readonly value: string;
  readonly label: string;
}

/** A stable key for a category in any language: its German (else first) name, lower case. */
export function categoryKey(category: Text): string {
  return localText(category, 'de').toLowerCase();
}

/** The categories of the items, once each, in the visitor's language and alphabetical order. */
export function categoryOptions(items: readonly NewsItem[], lang: Lang): NewsOption[] {
  // A name given in the visitor's language wins over a plain one ("Projekte" vs. { en: "Projects" }).
  const seen = new Map<string, { label: string; exact: boolean }>();
  for (const item of items) {
    for (const category of item.categories) {
      const key = categoryKey(category);
      const exact = typeof category !== 'string' && category[lang] !== undefined;
      if (key && (!seen.has(key) || (exact && !seen.get(key)!.exact))) {
        seen.set(key, { label: localText(category, lang), exact });
      }
    }
  }
  return [...seen]
    .map(([value, { label }]) => ({ value, label }))
    .sort((a, b) => collator(lang).compare(a.label, b.label));
}

/** The years the items fall in (see `itemYear`): newest first, oldest first in the timeline. */
export function yearOptions(items: readonly NewsItem[], layout: NewsLayout): number[] {
  const years = [...new Set(items.map((item) => itemYear(item, layout)))];
  return years.sort((a, b) => (layout === 'timeline' ? a - b : b - a));
}

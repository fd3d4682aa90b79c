/**
 * The filter bar of `<sonnec-news>` (city, topic, year): loaded only by widgets with the
 * `filters` attribute.
 */
import { html, type TemplateResult } from 'lit';
import { defineMessages, type Lang } from '../../internal/i18n.js';
import type { NewsItem } from '../../feed/types.js';
import {
  cityField,
  filterBar,
  filterBarStyles,
  type FilterField,
} from '../../internal/parts/filter-bar.js';
import { categoryOptions, yearOptions } from './news-filter-options.js';
import type { NewsLayout } from './news-query.js';

export const styles = filterBarStyles;

const messages = defineMessages({
  de: {
    filterLabel: 'Meldungen filtern',
    category: 'Thema',
    allCategories: 'Alle Themen',
    year: 'Jahr',
    allYears: 'Alle Jahre',
  },
  en: {
    filterLabel: 'Filter news',
    category: 'Topic',
    allCategories: 'All topics',
    year: 'Year',
    allYears: 'All years',
  },
});

export interface NewsFiltersContext {
  readonly lang: Lang;
  /** The city select shows only when the webmaster did not fix a city. */
  readonly cityFixed: boolean;
  readonly city: string;
  readonly category: string;
  readonly year: string;
  /** The items the webmaster's settings allow: their categories and years are the choices. */
  readonly items: readonly NewsItem[];
  /** The layout counts years by the date an item tells of in the timeline. */
  readonly layout: NewsLayout;
  /** True when the visitor narrowed anything (the reset button is active). */
  readonly active: boolean;
  readonly choose: (name: 'city' | 'category' | 'year', value: string) => void;
  readonly reset: () => void;
}

export function newsFilters(c: NewsFiltersContext): TemplateResult {
  const t = messages[c.lang];
  const categories = categoryOptions(c.items, c.lang);
  const years = yearOptions(c.items, c.layout);
  const fields: FilterField[] = [];
  if (!c.cityFixed) {
    fields.push(cityField(c.lang, c.city, (value) => c.choose('city', value)));
  }
  if (categories.length > 1 || c.category) {
    fields.push({
      kind: 'select',
      name: 'category',
      label: t.category,
      value: c.category,
      options: [{ value: '', label: t.allCategories }, ...categories],
      onChange: (value) => c.choose('category', value),
    });
  }
  if (years.length > 1 || c.year) {
    fields.push({
      kind: 'select',
      name: 'year',
      label: t.year,
      value: c.year,
      options: [
        { value: '', label: t.allYears },
        ...years.map((year) => ({ value: String(year), label: String(year) })),
      ],
      onChange: (value) => c.choose('year', value),
    });
  }
  if (fields.length === 0) return html``;
  return filterBar(
    fields,
    { lang: c.lang, label: t.filterLabel, reset: { active: c.active, onReset: c.reset } },
    'news-filter',
  );
}

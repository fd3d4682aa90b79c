/**
 * The filter bar of `<sonnec-news>` (city, topic, year): loaded only by widgets with the
 * `filters` attribute.
 */
import { html, type TemplateResult } from 'lit';
import { common, defineMessages, type Lang } from '../../internal/i18n.js';
import { filterBar, filterBarStyles, type FilterField } from '../../internal/parts/filter-bar.js';

export const styles = filterBarStyles;

const messages = defineMessages({
  de: {
    filterLabel: 'Meldungen filtern',
    city: 'Stadt',
    allCities: 'Beide Städte',
    category: 'Thema',
    allCategories: 'Alle Themen',
    year: 'Jahr',
    allYears: 'Alle Jahre',
    reset: 'Filter zurücksetzen',
  },
  en: {
    filterLabel: 'Filter news',
    city: 'Town',
    allCities: 'Both towns',
    category: 'Topic',
    allCategories: 'All topics',
    year: 'Year',
    allYears: 'All years',
    reset: 'Reset filters',
  },
});

export interface NewsFiltersContext {
  readonly lang: Lang;
  /** The city select shows only when the webmaster did not fix a city. */
  readonly cityFixed: boolean;
  readonly city: string;
  readonly category: string;
  readonly year: string;
  readonly categories: readonly { value: string; label: string }[];
  readonly years: readonly number[];
  /** True when the visitor narrowed anything (the reset button is active). */
  readonly active: boolean;
  readonly choose: (name: 'city' | 'category' | 'year', value: string) => void;
  readonly reset: () => void;
}

export function newsFilters(c: NewsFiltersContext): TemplateResult {
  const t = messages[c.lang];
  const fields: FilterField[] = [];
  if (!c.cityFixed) {
    fields.push({
      kind: 'select',
      name: 'city',
      label: t.city,
      value: c.city,
      options: [
        { value: '', label: t.allCities },
        { value: 'sonneberg', label: common[c.lang].cities.sonneberg },
        { value: 'neustadt', label: common[c.lang].cities.neustadt },
      ],
      onChange: (value) => c.choose('city', value),
    });
  }
  if (c.categories.length > 1 || c.category) {
    fields.push({
      kind: 'select',
      name: 'category',
      label: t.category,
      value: c.category,
      options: [{ value: '', label: t.allCategories }, ...c.categories],
      onChange: (value) => c.choose('category', value),
    });
  }
  if (c.years.length > 1 || c.year) {
    fields.push({
      kind: 'select',
      name: 'year',
      label: t.year,
      value: c.year,
      options: [
        { value: '', label: t.allYears },
        ...c.years.map((year) => ({ value: String(year), label: String(year) })),
      ],
      onChange: (value) => c.choose('year', value),
    });
  }
  if (fields.length === 0) return html``;
  return filterBar(
    fields,
    { label: t.filterLabel, reset: { label: t.reset, active: c.active, onReset: c.reset } },
    'news-filter',
  );
}

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
    emptyFiltered: 'Keine Meldungen passen zu diesen Filtern.',
  },
  en: {
    filterLabel: 'Filter news',
    category: 'Topic',
    allCategories: 'All topics',
    year: 'Year',
    allYears: 'All years',
    emptyFiltered: 'No news matches these filters.',
  },
});

/** What the bar reads from and sets on its `<sonnec-news>` (the element's internal members). */
export interface NewsFiltersHost {
  chosenCity: string;
  chosenCategory: string;
  chosenYear: string;
  /** Pages of items shown: every choice starts again at the first. */
  pages: number;
  /** True when the visitor narrowed anything (the reset button is active). */
  readonly filtered: boolean;
}

/** The items the webmaster's settings allow (their categories and years are the choices), and the layout. */
export interface NewsFiltersView {
  readonly allowed: readonly NewsItem[];
  /** The timeline counts years by the date an item tells of. */
  readonly layout: NewsLayout;
}

/**
 * What an empty list says when the visitor's filters emptied it: here, with the bar, the only
 * way to filter (a list without filters never says it).
 */
export const emptyFiltered = (lang: Lang): string => messages[lang].emptyFiltered;

type Choice = 'chosenCity' | 'chosenCategory' | 'chosenYear';

/** The bar; `cityFixed`: the webmaster fixed a city, and the city select does not show. */
export function newsFilters(
  host: NewsFiltersHost,
  view: NewsFiltersView,
  lang: Lang,
  cityFixed: boolean,
): TemplateResult {
  const t = messages[lang];
  const categories = categoryOptions(view.allowed, lang);
  const years = yearOptions(view.allowed, view.layout);
  const choose = (name: Choice) => (value: string) => {
    host[name] = value;
    host.pages = 1;
  };
  const fields: FilterField[] = [];
  if (!cityFixed) fields.push(cityField(lang, host.chosenCity, choose('chosenCity')));
  if (categories.length > 1 || host.chosenCategory) {
    fields.push({
      kind: 'select',
      name: 'category',
      label: t.category,
      value: host.chosenCategory,
      options: [{ value: '', label: t.allCategories }, ...categories],
      onChange: choose('chosenCategory'),
    });
  }
  if (years.length > 1 || host.chosenYear) {
    fields.push({
      kind: 'select',
      name: 'year',
      label: t.year,
      value: host.chosenYear,
      options: [
        { value: '', label: t.allYears },
        ...years.map((year) => ({ value: String(year), label: String(year) })),
      ],
      onChange: choose('chosenYear'),
    });
  }
  if (fields.length === 0) return html``;
  // Focus goes on to the bar's first field (the filter bar's reset button sees to it).
  const reset = () => {
    host.chosenCity = host.chosenCategory = host.chosenYear = '';
    host.pages = 1;
  };
  return filterBar(
    fields,
    { lang, label: t.filterLabel, reset: { active: host.filtered, onReset: reset } },
    'news-filter',
  );
}

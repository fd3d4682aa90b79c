/**
 * The filter bar of `<sonnec-events>` (city, category, date, search): loaded only by widgets
 * with the `filters` attribute, so a partner's plain list does not carry it.
 */
import type { TemplateResult } from 'lit';
import type { Lang } from '../../internal/i18n.js';
import {
  cityField,
  filterBar,
  filterBarStyles,
  filterTexts,
  type FilterField,
} from '../../internal/parts/filter-bar.js';
import { NO_FILTERS, type DatePreset, type Filters } from './events-query.js';
import { filterMessages } from './events-filters.messages.js';

export const styles = filterBarStyles;

/** What the filter bar needs of its widget (sonnec-events.ts). */
export interface FiltersHost {
  readonly chosen: Filters;
  /** True when the visitor changed any filter (the reset button is active). */
  readonly filtersActive: boolean;
  setFilters(patch: Partial<Filters>, mode?: 'push' | 'replace'): void;
}

/**
 * The filter bar of `host`: `categories` are the choices the feed offers, `cityDefault` the city
 * the webmaster set (`all` without one), the city select's value while untouched.
 */
export function eventFilters(
  host: FiltersHost,
  lang: Lang,
  categories: readonly { value: string; label: string }[],
  cityDefault: string,
): TemplateResult {
  const t = filterMessages[lang];
  const chosen = host.chosen;
  const fields: FilterField[] = [
    cityField(
      lang,
      chosen.city || cityDefault,
      (v) => host.setFilters({ city: v === cityDefault ? '' : v }),
      { value: 'all', label: filterTexts[lang].bothCities },
    ),
    {
      kind: 'select',
      name: 'category',
      label: t.category,
      value: chosen.category,
      options: [{ value: '', label: t.categoryAll }, ...categories],
      onChange: (v) => host.setFilters({ category: v }),
    },
    {
      kind: 'select',
      name: 'date',
      label: t.date,
      value: chosen.date,
      options: [
        { value: '', label: t.dateAll },
        { value: 'today', label: t.dateToday },
        { value: 'weekend', label: t.dateWeekend },
        { value: 'month', label: t.dateMonth },
        { value: 'range', label: t.dateRange },
      ],
      onChange: (v) => host.setFilters({ date: v as DatePreset }),
    },
  ];
  if (chosen.date === 'range') {
    fields.push(
      {
        kind: 'date',
        name: 'from',
        label: t.rangeFrom,
        value: chosen.from,
        onChange: (v) => host.setFilters({ from: v }),
      },
      {
        kind: 'date',
        name: 'to',
        label: t.rangeTo,
        value: chosen.to,
        onChange: (v) => host.setFilters({ to: v }),
      },
    );
  }
  fields.push({
    kind: 'search',
    name: 'q',
    label: t.search,
    value: chosen.q,
    placeholder: t.searchPlaceholder,
    onInput: (v) => host.setFilters({ q: v }, 'replace'),
  });
  return filterBar(
    fields,
    {
      lang,
      label: t.filterLabel,
      reset: { active: host.filtersActive, onReset: () => host.setFilters(NO_FILTERS) },
    },
    'sonnec-events-filter',
  );
}

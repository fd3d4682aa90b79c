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
import type { DatePreset } from './events-query.js';
import { filterMessages } from './events-filters.messages.js';

export const styles = filterBarStyles;

/** The visitor's filters; empty strings mean "as the webmaster set it". */
export interface Filters {
  readonly city: string;
  readonly category: string;
  readonly date: DatePreset;
  readonly from: string;
  readonly to: string;
  readonly q: string;
}

export interface FiltersContext {
  readonly lang: Lang;
  readonly chosen: Filters;
  /** The city the webmaster set (`all` without one): the select's value when untouched. */
  readonly cityDefault: string;
  readonly categories: readonly { value: string; label: string }[];
  /** True when the visitor changed any filter (the reset button is active). */
  readonly active: boolean;
  readonly set: (patch: Partial<Filters>, mode?: 'push' | 'replace') => void;
  readonly reset: () => void;
}

export function eventFilters(c: FiltersContext): TemplateResult {
  const t = filterMessages[c.lang];
  const chosen = c.chosen;
  const fields: FilterField[] = [
    cityField(
      c.lang,
      chosen.city || c.cityDefault,
      (v) => c.set({ city: v === c.cityDefault ? '' : v }),
      { value: 'all', label: filterTexts[c.lang].bothCities },
    ),
    {
      kind: 'select',
      name: 'category',
      label: t.category,
      value: chosen.category,
      options: [{ value: '', label: t.categoryAll }, ...c.categories],
      onChange: (v) => c.set({ category: v }),
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
      onChange: (v) => c.set({ date: v as DatePreset }),
    },
  ];
  if (chosen.date === 'range') {
    fields.push(
      {
        kind: 'date',
        name: 'from',
        label: t.rangeFrom,
        value: chosen.from,
        onChange: (v) => c.set({ from: v }),
      },
      {
        kind: 'date',
        name: 'to',
        label: t.rangeTo,
        value: chosen.to,
        onChange: (v) => c.set({ to: v }),
      },
    );
  }
  fields.push({
    kind: 'search',
    name: 'q',
    label: t.search,
    value: chosen.q,
    placeholder: t.searchPlaceholder,
    onInput: (v) => c.set({ q: v }, 'replace'),
  });
  return filterBar(
    fields,
    { lang: c.lang, label: t.filterLabel, reset: { active: c.active, onReset: c.reset } },
    'sonnec-events-filter',
  );
}

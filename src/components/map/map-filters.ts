/**
 * The filter bar of `<sonnec-map>` (kind, town): loaded only by maps with the `filters`
 * attribute, with its texts.
 */
import type { TemplateResult } from 'lit';
import type { Lang } from '../../internal/i18n.js';
import { cityField, filterBar, filterBarStyles } from '../../internal/parts/filter-bar.js';
import { filterMessages } from './map-filters.messages.js';
import { messages } from './map.messages.js';

export const styles = filterBarStyles;

/** What the bar reads from and sets on its `<sonnec-map>` (the element's internal members). */
export interface MapFiltersHost {
  chosenKind: string;
  chosenCity: string;
  /** `now` when the visitor asked for places open now, else empty. */
  chosenOpen: string;
  /** True when the visitor chose anything (the reset button is active). */
  readonly filtered: boolean;
  /** Places have opening hours: a "Jetzt geöffnet" choice is offered. */
  hasOpeningHours(): boolean;
}

/** The bar for `kinds` (those on the map; the chosen one stays an option when no place has it now). */
export function mapFilters(
  host: MapFiltersHost,
  kinds: readonly string[],
  lang: Lang,
): TemplateResult {
  const t = filterMessages[lang];
  const names = messages[lang].kinds;
  const all = { value: '', label: t.all };
  const kind = host.chosenKind;
  return filterBar(
    [
      {
        kind: 'select',
        name: 'kind',
        label: t.kind,
        value: kind,
        options: [
          all,
          ...[...new Set([...kinds, ...(kind ? [kind] : [])])].map((k) => ({
            value: k,
            label: names[k] ?? k,
          })),
        ],
        onChange: (value) => (host.chosenKind = value),
      },
      cityField(lang, host.chosenCity, (value) => (host.chosenCity = value), all),
      ...(host.hasOpeningHours()
        ? [
            {
              kind: 'select' as const,
              name: 'open',
              label: t.open,
              value: host.chosenOpen,
              options: [all, { value: 'now', label: t.openNow }],
              onChange: (value: string) => (host.chosenOpen = value),
            },
          ]
        : []),
    ],
    {
      lang,
      label: t.filterLabel,
      reset: {
        active: host.filtered,
        onReset: () => (host.chosenKind = host.chosenCity = host.chosenOpen = ''),
      },
    },
    'map-filter',
  );
}

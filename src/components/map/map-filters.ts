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

export interface MapFiltersContext {
  readonly lang: Lang;
  /** The kinds on the map; the chosen one stays an option even when no place has it now. */
  readonly kinds: readonly string[];
  readonly kind: string;
  readonly city: string;
  /** Places have opening hours: a "Jetzt geöffnet" choice is offered. */
  readonly hasHours?: boolean;
  /** `now` when the visitor asked for places open now, else empty. */
  readonly open?: string;
  readonly setOpen?: (open: string) => void;
  /** True when the visitor chose a kind or town (the reset button is active). */
  readonly active: boolean;
  readonly setKind: (kind: string) => void;
  readonly setCity: (city: string) => void;
  readonly reset: () => void;
}

export function mapFilters(c: MapFiltersContext): TemplateResult {
  const t = filterMessages[c.lang];
  const kinds = messages[c.lang].kinds;
  const all = { value: '', label: t.all };
  return filterBar(
    [
      {
        kind: 'select',
        name: 'kind',
        label: t.kind,
        value: c.kind,
        options: [
          all,
          ...[...new Set([...c.kinds, ...(c.kind ? [c.kind] : [])])].map((k) => ({
            value: k,
            label: kinds[k] ?? k,
          })),
        ],
        onChange: c.setKind,
      },
      cityField(c.lang, c.city, c.setCity, all),
      ...(c.hasHours && c.setOpen
        ? [
            {
              kind: 'select' as const,
              name: 'open',
              label: t.open,
              value: c.open ?? '',
              options: [all, { value: 'now', label: t.openNow }],
              onChange: c.setOpen,
            },
          ]
        : []),
    ],
    { lang: c.lang, label: t.filterLabel, reset: { active: c.active, onReset: c.reset } },
    'map-filter',
  );
}

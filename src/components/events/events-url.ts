/**
 * The events filters in the page URL (`sync-url`): loaded only by widgets with that attribute,
 * together with the URL helpers.
 */
import { readUrlState } from '../../internal/url-state.js';
import type { Filters } from './events-filters.js';
import { DATE_PRESETS, dayToEpoch, type DatePreset } from './events-query.js';

export { UrlStateController, urlPrefix, writeUrlState } from '../../internal/url-state.js';

/** The filters (`keys`) the URL holds under `namespace`; a value that is not valid reads as unset. */
export function readFilters(namespace: string, keys: readonly (keyof Filters)[]): Filters {
  const raw = readUrlState(namespace, keys);
  const day = (v: string | undefined) => (dayToEpoch(v) !== undefined ? v! : '');
  const date = DATE_PRESETS.includes(raw.date as DatePreset) ? (raw.date as DatePreset) : '';
  return {
    city: ['all', 'sonneberg', 'neustadt'].includes(raw.city ?? '') ? raw.city! : '',
    category: raw.category?.toLowerCase() ?? '',
    date,
    from: date === 'range' ? day(raw.from) : '',
    to: date === 'range' ? day(raw.to) : '',
    q: raw.q ?? '',
  };
}

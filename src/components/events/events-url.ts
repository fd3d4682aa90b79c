/**
 * The events filters in the page URL (`sync-url`): loaded only by widgets with that attribute,
 * together with the URL helpers.
 */
import type { ReactiveControllerHost } from 'lit';
import {
  readUrlState,
  UrlStateController,
  urlPrefix,
  writeUrlState,
} from '../../internal/url-state.js';
import { dayToEpoch, type DatePreset, type Filters } from './events-query.js';

const DATE_PRESETS: readonly DatePreset[] = ['', 'today', 'weekend', 'month', 'range'];

const KEYS: readonly (keyof Filters)[] = ['city', 'category', 'date', 'from', 'to', 'q'];

/** The filters (`keys`) the URL holds under `namespace`; a value that is not valid reads as unset. */
export function readFilters(namespace: string, keys: readonly (keyof Filters)[] = KEYS): Filters {
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

/** What the URL part needs of its widget (sonnec-events.ts). */
export interface UrlHost extends ReactiveControllerHost, HTMLElement {
  /** The `sync-url` attribute: the prefix, or empty for the element's `id`. */
  readonly syncUrl?: string | null | undefined;
  /** False once `sync-url` is removed: the URL no longer changes the filters. */
  readonly syncing: boolean;
  chosen: Filters;
  url: EventsUrl | undefined;
}

/** Gives `host` the filters from the page URL, once per connection and on Back/Forward. */
export function syncFromUrl(host: UrlHost): void {
  host.url ??= new EventsUrl(
    host,
    () => host.syncUrl || host.id,
    (filters) => {
      if (host.syncing) host.chosen = filters;
    },
  );
  host.url.sync();
}

/**
 * A widget's filters in the URL under `?<prefix>.…` (`prefix()`: the `sync-url` value, else
 * the element's `id`, else `sonnec-events`): read once per connection (a widget moved in the
 * DOM reads them again) and on Back/Forward, handed to `apply`; written by `write`.
 */
export class EventsUrl extends UrlStateController {
  private read = false;
  private readonly prefix: () => string;
  private readonly apply: (filters: Filters) => void;

  constructor(
    host: ReactiveControllerHost,
    prefix: () => string,
    apply: (filters: Filters) => void,
  ) {
    super(host, () => apply(this.filters()));
    this.prefix = prefix;
    this.apply = apply;
  }

  override hostConnected(): void {
    super.hostConnected();
    this.read = false;
  }

  /** Applies the URL's filters, the first time after each connection. */
  sync(): void {
    if (this.read) return;
    this.read = true;
    this.apply(this.filters());
  }

  write(filters: Filters, mode: 'push' | 'replace'): void {
    writeUrlState(this.namespace(), { ...filters }, mode);
  }

  private filters(): Filters {
    return readFilters(this.namespace());
  }

  private namespace(): string {
    return urlPrefix(this.prefix(), 'sonnec-events');
  }
}

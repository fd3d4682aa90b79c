/**
 * A widget's state in the page URL (`sync-url`), so a filtered view can be shared and the back
 * button works. Every parameter is namespaced, `?<prefix>.<key>=…` (e.g. `sonnec-events.city`),
 * and only those are touched: the host page's own parameters, its hash and its `history.state`
 * stay as they are.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type UrlValues = Readonly<Record<string, string | undefined>>;

/** A safe prefix: letters, digits, `-`, `_`, `.`; anything else falls back to `fallback`. */
export function urlPrefix(value: string | null | undefined, fallback: string): string {
  const trimmed = value?.trim() ?? '';
  return /^[A-Za-z0-9_.-]{1,40}$/.test(trimmed) ? trimmed : fallback;
}

/** The widget's values from a query string (default: the page's). */
export function readUrlState(
  prefix: string,
  keys: readonly string[],
  search: string = location.search,
): Record<string, string> {
  const params = new URLSearchParams(search);
  const out: Record<string, string> = {};
  for (const key of keys) {
    const value = params.get(`${prefix}.${key}`);
    if (value !== null) out[key] = value.slice(0, 200);
  }
  return out;
}

/** The page URL with the widget's values set (empty or undefined values removed). */
export function urlWithState(prefix: string, values: UrlValues, href: string = location.href): URL {
  const url = new URL(href);
  for (const [key, value] of Object.entries(values)) {
    if (value) url.searchParams.set(`${prefix}.${key}`, value);
    else url.searchParams.delete(`${prefix}.${key}`);
  }
  return url;
}

/**
 * Writes the widget's values into the page URL: `push` for a discrete choice (a new history
 * entry, so Back undoes it), `replace` while typing. Does nothing when the URL would not change.
 */
export function writeUrlState(prefix: string, values: UrlValues, mode: 'push' | 'replace'): void {
  const url = urlWithState(prefix, values);
  if (url.href === location.href) return;
  if (mode === 'push') history.pushState(history.state, '', url);
  else history.replaceState(history.state, '', url);
}

/** Calls `onChange` on Back/Forward while the host is connected; no listener leaks. */
export class UrlStateController implements ReactiveController {
  private readonly onPop = () => this.onChange();
  private readonly onChange: () => void;

  constructor(host: ReactiveControllerHost, onChange: () => void) {
    this.onChange = onChange;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPop);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPop);
  }
}

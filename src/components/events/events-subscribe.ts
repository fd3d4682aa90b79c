/**
 * "Kalender abonnieren": the calendars the feed names (`sonnec-feed build --calendars`), offered
 * for the visitor's current city or category. A lazy part: pages whose feed names no calendars
 * never load it. Nothing is requested from anyone here; the visitor follows a link or not.
 */
import { css, html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { parseList } from '../../feed/query.js';
import type { CityId, FeedCalendar } from '../../feed/types.js';
import { localText, type Lang } from '../../internal/i18n.js';
import { kioskPart } from '../../internal/kiosk-mode.js';
import { subscribeMessages } from './events-subscribe.messages.js';

/** The widget, as far as the panel needs it. */
type Host = ReactiveElement & { readonly kiosk: boolean };

/** Whether the panel is open, and what its live region said after a copy; per widget. */
const panels = new WeakMap<Host, { open: boolean; status: string }>();

const stateOf = (host: Host) => {
  let state = panels.get(host);
  if (!state) panels.set(host, (state = { open: false, status: '' }));
  return state;
};

/**
 * "Kalender abonnieren" of a widget whose feed names `calendars`, for the visitor's `city` and
 * `category` (one key, or the webmaster's comma-separated list). Its state lives here, so the
 * list's own code stays as small as it was.
 */
export function subscribe(
  host: Host,
  calendars: readonly FeedCalendar[],
  city: CityId | undefined,
  category: string | undefined,
  lang: Lang,
): TemplateResult | typeof nothing {
  adopt(host);
  const listed = parseList(category);
  // The webmaster's categories name a calendar only when they are one.
  const calendar = chooseCalendar(calendars, city, listed.length === 1 ? listed : []);
  if (!calendar) return nothing;
  const state = stateOf(host);
  const t = subscribeMessages[lang];
  return subscribePanel({
    lang,
    calendar,
    open: state.open,
    toggle: () => {
      state.open = !state.open;
      host.requestUpdate();
    },
    status: state.status,
    copy: async (url) => {
      const copied = await copyText(url);
      // Emptied first, so that a second copy is said again.
      state.status = '';
      host.requestUpdate();
      await host.updateComplete;
      state.status = copied ? t.copied : t.copyFailed;
      host.requestUpdate();
    },
    qr: host.kiosk
      ? (url, label) =>
          kioskPart.value?.takeAwayFigure({ url, label, lang, kiosk: true }) ?? nothing
      : undefined,
  });
}

/** Closes the panel and forgets the last announcement (a kiosk going back to its start). */
export function resetSubscribe(host: Host): void {
  panels.delete(host);
  host.requestUpdate();
}

/** The panel's styles, into the widget's shadow root (once). */
function adopt(host: Host): void {
  const root = host.renderRoot;
  const sheet = styles.styleSheet;
  if (sheet && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}

/** Copies the address; false when the browser refuses (no permission, not a secure page). */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

const styles = css`
  .subscribe {
    margin-block: 0 1em;
  }
  .subscribe-panel {
    margin-block-start: 0.5em;
    padding: 0.75em;
    border: 1px solid var(--sonnec-border, #7d8590);
    border-radius: var(--sonnec-radius, 8px);
  }
  .subscribe-panel ul {
    margin: 0.5em 0;
    padding-inline-start: 1.25em;
  }
  .subscribe-panel li {
    margin-block: 0.25em;
  }
  .subscribe-copy {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .subscribe-copy input {
    flex: 1 1 16em;
    min-width: 0;
    font: inherit;
    padding: 0.25em 0.5em;
    border: 1px solid var(--sonnec-border, #7d8590);
    border-radius: 4px;
    color: inherit;
    background: var(--sonnec-surface, #fff);
  }
`;

/**
 * The calendar for the visitor's filter: the most specific one whose city and category (where it
 * has them) are those chosen; else the one of all events; undefined when none fits.
 */
export function chooseCalendar(
  calendars: readonly FeedCalendar[],
  city: CityId | undefined,
  categories: readonly string[],
): FeedCalendar | undefined {
  let best: FeedCalendar | undefined;
  let score = -1;
  for (const c of calendars) {
    if (c.city !== undefined && c.city !== city) continue;
    if (c.category !== undefined && !categories.includes(c.category)) continue;
    const s = (c.category !== undefined ? 2 : 0) + (c.city !== undefined ? 1 : 0);
    if (s > score) [best, score] = [c, s];
  }
  return best;
}

/** The https address as a `webcal:` one: Apple's and most desktop apps subscribe to it. */
export function webcalUrl(https: string): string {
  return https.replace(/^https?:/i, 'webcal:');
}

/** Google Calendar's "add by URL" page for the calendar. */
export function googleSubscribeUrl(https: string): string {
  return `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcalUrl(https))}`;
}

export interface SubscribeOptions {
  readonly lang: Lang;
  readonly calendar: FeedCalendar;
  readonly open: boolean;
  readonly toggle: () => void;
  /** What the live region says after a copy ('' before). */
  readonly status: string;
  readonly copy: (url: string) => Promise<void>;
  /** Kiosk mode: a QR code of the address (drawn by kiosk mode's part), no links. */
  readonly qr?: ((url: string, label: string) => unknown) | undefined;
}

export function subscribePanel(o: SubscribeOptions): TemplateResult {
  const t = subscribeMessages[o.lang];
  const url = o.calendar.url;
  const name = localText(o.calendar.title, o.lang);
  return html`<div class="subscribe" part="subscribe">
    <button
      type="button"
      class="button subscribe-toggle"
      aria-expanded=${o.open ? 'true' : 'false'}
      aria-controls="sonnec-subscribe-panel"
      @click=${o.toggle}
    >
      ${t.toggle}
    </button>
    <div id="sonnec-subscribe-panel" class="subscribe-panel" ?hidden=${!o.open}>
      <p>${t.intro(name)}</p>
      ${o.qr ? o.qr(url, `${name} – ${t.scan}`) : links(o, url)}
    </div>
  </div>`;
}

function links(o: SubscribeOptions, url: string): TemplateResult {
  const t = subscribeMessages[o.lang];
  return html`<ul>
      <li><a href=${webcalUrl(url)}>${t.open}</a></li>
      <li>
        <a href=${googleSubscribeUrl(url)} target="_blank" rel="noopener noreferrer">${t.google}</a>
      </li>
    </ul>
    <div class="subscribe-copy">
      <label for="sonnec-subscribe-url">${t.address}</label>
      <input
        id="sonnec-subscribe-url"
        type="url"
        readonly
        .value=${url}
        @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()}
      />
      <button type="button" class="button subscribe-copy-button" @click=${() => void o.copy(url)}>
        ${t.copy}
      </button>
    </div>
    <p class="visually-hidden" role="status">${o.status || nothing}</p>`;
}

/**
 * The house base class. Every widget extends it, never LitElement directly. It owns what all
 * widgets share: host styles, language, the feed controller, the `state` attribute, the live
 * region, the loading/error panels with the webmaster's fallback content, and the load/error events.
 * A widget supplies `select()` (pure: feed → what to show) and `renderView()`.
 */
import {
  adoptStyles,
  html,
  LitElement,
  nothing,
  type CSSResult,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { property, state } from './decorators.js';
import type { FeedError } from '../feed/errors.js';
import { parseList } from '../feed/query.js';
import type { CityId, Feed } from '../feed/types.js';
import { emit, type SonnecLoadDetail } from './events.js';
import { findFeedSource } from './feed-source.js';
import { FeedController, type FeedHost } from './feed-controller.js';
import { formatShortDate, formatTime } from './format.js';
import { common, resolveLang, type Lang } from './i18n.js';
import { unwatchLang, watchLang } from './lang-watch.js';
import { kioskPart } from './kiosk-mode.js';
import type { LiveAnnouncer } from './live-announcer.js';
import { LazyPart, type PartModule } from './lazy-part.js';
import { hostStyles } from './styles.js';

export type WidgetState = 'loading' | 'ready' | 'empty' | 'error';

/** The error panel and its texts (feed-failure.ts): loaded when a feed fails or is slow. */
export const failurePart = new LazyPart(() => import('./feed-failure.js'));

/** What a widget's `select()` returns: at least how many items it shows. */
export interface WidgetView {
  readonly count: number;
}

export abstract class SonnecElement<V extends WidgetView = WidgetView>
  extends LitElement
  implements FeedHost
{
  static override styles = [hostStyles];

  /**
   * URL of the feed, or several separated by spaces (merged into one). Without it, the nearest
   * `<sonnec-feed src>` or `<meta name="sonnec:feed">` is used.
   */
  @property({ reflect: true }) src?: string;

  /**
   * Source format, when the server's content type and the content do not tell:
   * `sonnec` (our JSON), `ics`, `rss`, `atom`, `geojson` or `jsonld` (schema.org JSON-LD).
   */
  @property({ reflect: true }) format?: string;

  /** Show only one city's items: `sonneberg` or `neustadt` (items for both cities always show). */
  @property({ reflect: true }) city?: string;

  /** Comma-separated categories to show (German or English names, case-insensitive). */
  @property({ reflect: true }) category?: string;

  /** Maximum number of items to show. */
  @property({ type: Number, reflect: true }) limit?: number;

  /** Level (1–6) of the widget's headings, to fit the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * How long to wait for the feed, in milliseconds (default 15 000). After it the widget shows
   * its "Die Inhalte laden zu lange" error and the fallback content. Widgets that share a feed share its first
   * request, and with it the first widget's timeout.
   */
  @property({ type: Number }) timeout?: number;

  /**
   * `light` or `dark` forces a palette; `auto` follows the visitor's device. By default the widget
   * follows the host page's declared `color-scheme` (`<meta name="color-scheme">` or CSS): a page
   * that declares none, or only `light`, gets the light palette.
   */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /**
   * Kiosk mode, for an unattended touch display: larger type, touch targets of at least 48 px,
   * and no links that leave the page (each detail shows a QR code of its address instead).
   * Also keeps the last good feed in localStorage, as `offline-cache` does.
   */
  @property({ type: Boolean, reflect: true }) kiosk = false;

  /**
   * Keeps the last good feed in localStorage and shows it (with a "Stand: …" note) when the feed
   * cannot be loaded. Off by default: ordinary pages never write storage.
   */
  @property({ type: Boolean, reflect: true, attribute: 'offline-cache' }) offlineCache = false;

  /**
   * Pictures load from the page's own host and the feed's host only; with `external-images`
   * also from others (each such picture is a request to a third party).
   */
  @property({ type: Boolean, attribute: 'external-images' }) externalImages = false;

  /** Mirrors the native `lang` attribute so that a change re-renders the widget. */
  @property({ attribute: 'lang' }) protected langAttribute?: string;

  /** `loading`, `ready`, `empty` or `error`; reflected for CSS and tests. Read-only. */
  @property({ reflect: true }) state: WidgetState = 'loading';

  /** What the live region says; set through `speak` (see there). */
  @state() protected announcement = '';

  /**
   * How long the feed may take before the webmaster's fallback content shows beside "Lädt …"
   * (it shows anyway on an error, long before the timeout).
   */
  static slowAfterMs = 3000;
  /** True once the feed has been loading for `slowAfterMs`. */
  @state() private slow = false;
  private slowTimer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the "Stand: …" note is announced (a kiosk leaves it to the widgets it shows). */
  protected readonly speaksStale: boolean = true;
  /**
   * Holds what is to be said while the visitor types in a search field (live-announcer.ts):
   * made by the filter bar's search field on its first keystroke (`typing`), so the code of it
   * comes with the filter bar; without one, what is to be said is said at once.
   */
  private announcer: LiveAnnouncer | undefined;
  /** The view's words last settled on, said or not; undefined until content first shows. */
  private heard: string | undefined;
  /** The time of the stale copy last announced. */
  private staleHeard: number | undefined;

  protected readonly feedController = new FeedController(this);
  /** The current view, computed once per update from the feed and the widget's settings. */
  protected view: V | undefined;
  private loadPending?: boolean;
  /** The picture origins of the current update (`imageOrigins`). */
  private origins: readonly string[] | undefined;
  /** The load of missing parts under way (see `usePartsLoaded`), and whether one failed. */
  private partsLoading: Promise<void> | undefined;
  private partsWarned?: boolean;
  /** A part failed to load: the update that shows it does not load it again at once. */
  private partsFailed?: boolean;
  /** The visitor asked to load again ("Erneut versuchen"): what comes is announced. */
  private retried?: boolean;
  /** Styles of lazy parts already added to the shadow root. */
  private readonly lateStyles = new Set<CSSResult>();

  /** Pure: what the widget shows for this feed and its current settings. */
  protected abstract select(feed: Feed, lang: Lang): V;
  /** The view when the feed is loaded (also when it selects nothing: show the empty panel there). */
  protected abstract renderView(view: V, lang: Lang): unknown;
  /** The live region's words for the current view, such as "12 Veranstaltungen". */
  protected abstract announce(view: V, lang: Lang): string;
  /**
   * Whether the webmaster's fallback content shows with an empty view: yes, unless the visitor's
   * own filters emptied it (then the empty panel says so).
   */
  protected fallbackWhenEmpty(_view: V): boolean {
    return true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this);
  }

  /**
   * @internal A keystroke in the widget's search field: what it changes is said once typing
   * pauses.
   * `make` builds the announcer that waits for the pause, once per widget.
   */
  typing(make: (publish: (text: string) => void) => LiveAnnouncer): void {
    (this.announcer ??= make((text) => (this.announcement = text))).typed();
  }

  /** The widget's language: `lang` on it or an ancestor, else German. */
  get language(): Lang {
    return resolveLang(this);
  }

  /** Loads the feed anew (every widget showing the same feed follows). */
  refresh(): void {
    this.feedController.refresh();
  }

  /**
   * The lazy parts the current settings need before content shows (kiosk styles, a filter bar).
   * Subclasses add theirs to `super.parts()`.
   */
  protected parts(): LazyPart[] {
    return this.kiosk ? [kioskPart] : [];
  }

  /** Loads the parts the current settings need; the first load of the feed waits for it too. */
  prepare(): Promise<unknown> {
    return loadAll(this.parts());
  }

  /** True when every part the current settings need is loaded. */
  partsLoaded(): boolean {
    return allLoaded(this.parts());
  }

  /**
   * The lazy parts a feed's content needs before it shows (the recurrence expander when an event
   * repeats), loaded once the feed is parsed. Subclasses add theirs; they carry no styles.
   */
  protected feedParts(_feed: Feed): LazyPart[] {
    return [];
  }

  /** Loads the parts `feed` needs; the load of the feed waits for it. */
  prepareFeed(feed: Feed): Promise<unknown> {
    return loadAll(this.feedParts(feed));
  }

  /** True when every part `feed` needs is loaded. */
  feedPartsLoaded(feed: Feed): boolean {
    return allLoaded(this.feedParts(feed));
  }

  /**
   * A feed already in the store that needs a part still loading shows once the part is there,
   * in the same update: no loading state painted for a moment (a failure shows through the task).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const waiting = this.feedController.partsWaiting();
    const update = () => super.scheduleUpdate();
    return waiting ? waiting.then(update, update) : update();
  }

  /**
   * Clears what a visitor changed: filters, paging, expanded items, open dialogs. The kiosk calls
   * it when a visitor has left. Settings made by the webmaster (attributes) stay.
   */
  reset(): void {}

  /**
   * The origins pictures may load from: the page's and the feed's (all of them with
   * `external-images`). Feed HTML gets the same list through `richText(html, { imageOrigins })`.
   */
  protected imageOrigins(): readonly string[] {
    // Asked once per picture: computed once per update (see `update`).
    return (this.origins ??= this.computeImageOrigins());
  }

  private computeImageOrigins(): readonly string[] {
    if (this.externalImages) return ['*'];
    const origins = new Set([location.origin]);
    for (const src of (findFeedSource(this, this.src) ?? '').split(/\s+/).filter(Boolean)) {
      const origin = originOf(src);
      if (origin) origins.add(origin);
    }
    return [...origins];
  }

  /** True when a picture (an already resolved URL) may be shown under `imageOrigins()`. */
  protected imageAllowed(src: string): boolean {
    const origins = this.imageOrigins();
    return origins.includes('*') || origins.includes(originOf(src) ?? '');
  }

  /** True when the last good feed is kept in localStorage (kiosk or `offline-cache`). */
  get keepsCopy(): boolean {
    return this.kiosk || this.offlineCache;
  }

  /** Filters shared by every widget: city (items of both cities always match) and category. */
  protected cityFilter(): CityId | undefined {
    const city = this.city?.trim().toLowerCase();
    return city === 'sonneberg' || city === 'neustadt' ? city : undefined;
  }

  protected categoryFilter(): string[] {
    return parseList(this.category);
  }

  feedSettled(result: { feed: Feed } | { error: FeedError }): void {
    if ('error' in result) {
      const { kind, message } = result.error;
      if (kind === 'no-source') console.warn(`[sonnec] <${this.localName}>: ${message}`);
      // The panel's part shows the panel and fires the event with its words (`reportFailure`).
      // Should that part fail to load too, the event still fires, with no words, and the
      // webmaster's fallback content is what the visitor sees.
      failurePart.load().then(
        (part) => part.reportFailure(this, kind),
        () => {
          this.requestUpdate();
          emit(this, 'sonnec-error', { kind, message: '' });
        },
      );
    } else {
      this.loadPending = true;
    }
  }

  /**
   * The view is computed here, not in willUpdate: the feed task starts in the controllers'
   * hostUpdate, which runs between the two, and the state must reflect that start.
   */
  protected override update(changed: PropertyValues): void {
    this.origins = undefined;
    this.usePartsLoaded();
    const lang = this.language;
    const status = this.feedController.status;
    const feed = this.feedController.feed;
    // A setting changed after content showed needs a part still loading (a filter bar, the
    // timeline layout): what is shown stays until the part is there and the widget renders
    // again, rather than a view without it. A part that fails to load holds nothing.
    const holding = this.view !== undefined && this.partsLoading !== undefined;
    if (status === 'ready' && feed) {
      if (!holding) {
        this.view = this.select(feed, lang);
        this.state = this.view.count > 0 ? 'ready' : 'empty';
        this.speak(this.announce(this.view, lang), lang);
      }
    } else {
      this.view = undefined;
      // A failure shows with its panel, whose code `feedSettled` loads: until it is there the
      // widget is still loading (if it cannot load, the failure shows without it).
      this.state =
        status === 'error' && !failurePart.value && !failurePart.failed ? 'loading' : status;
      // Nothing while loading (aria-busy says it); a failure speaks through its role=alert panel.
      this.announcer?.cancel();
      this.announcement = '';
      if (this.state === 'error') this.retried = false;
    }
    this.watchSlow();
    super.update(changed);
  }

  /** Starts the "slow feed" clock when loading starts; stops it (and hides the fallback) after. */
  private watchSlow(): void {
    if (this.state !== 'loading') {
      this.stopSlowTimer();
      this.slow = false;
    } else if (!this.slowTimer && !this.slow && this.isConnected) {
      this.slowTimer = setTimeout(
        () => {
          this.slowTimer = undefined;
          this.slow = true;
          // A slow feed may end in a timeout: its panel's code comes now, not after it.
          failurePart.load().catch(() => {});
        },
        (this.constructor as typeof SonnecElement).slowAfterMs,
      );
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLang(this);
    this.announcer?.cancel();
    this.stopSlowTimer();
  }

  private stopSlowTimer(): void {
    clearTimeout(this.slowTimer);
    this.slowTimer = undefined;
  }

  /**
   * Feeds the live region (WCAG 4.1.3): status messages are for changes, not for content that
   * simply arrived. The first content of the page says nothing (four widgets would say four
   * things at once); what the visitor's filters, paging or retry change is said, and so is the
   * "Stand: …" note when the last good copy is shown because the feed failed.
   */
  private speak(words: string, lang: Lang): void {
    const since = this.speaksStale ? this.feedController.staleSince : undefined;
    // The first content is no change, unless it came after "Erneut versuchen".
    const changed = this.retried || (this.heard !== undefined && words !== this.heard);
    const stale = since !== undefined && since !== this.staleHeard;
    this.heard = words;
    this.staleHeard = since;
    this.retried = false;
    if (!changed && !stale) return;
    const note = stale ? this.staleNote(since, lang) : '';
    const text = joinSentences(changed ? words : '', note);
    if (this.announcer) this.announcer.say(text);
    else this.announcement = text;
  }

  /** "Stand: 25.11.2026, 14:03". */
  private staleNote(since: number, lang: Lang): string {
    return common[lang].asOf(`${formatShortDate(since, lang)}, ${formatTime(since, lang)}`);
  }

  /**
   * Adopts the styles of the loaded parts, and loads the missing ones (a setting turned on after
   * the feed loaded): the widget renders again when they are there.
   */
  private usePartsLoaded(): void {
    const parts = this.parts();
    for (const part of parts) {
      for (const sheet of [(part.value as PartModule | undefined)?.styles ?? []].flat()) {
        this.adoptStyles(sheet);
      }
    }
    if (allLoaded(parts)) return;
    if (this.partsFailed) {
      // The update that shows the failure (the visitor's next action tries again).
      this.partsFailed = false;
    } else {
      this.partsLoading ??= this.prepare()
        .catch((error: unknown) => {
          // Shown (see `partFailed`), tried again on a later update; warned once.
          if (!this.partsWarned) {
            console.warn(`[sonnec] <${this.localName}>: a part did not load`, error);
          }
          this.partsWarned = this.partsFailed = true;
        })
        .then(() => {
          this.partsLoading = undefined;
          this.requestUpdate();
        });
    }
  }

  /** Adds styles loaded later to the shadow root (Lit adopts only the static ones). */
  protected adoptStyles(styles: CSSResult): void {
    if (this.lateStyles.has(styles)) return;
    this.lateStyles.add(styles);
    // Lit's own helper, given the sheets there (a map's Leaflet CSS too) and this one; where
    // sheets cannot be adopted (no `styleSheet`), it appends a <style> with this one's text.
    const root = this.renderRoot as ShadowRoot;
    adoptStyles(root, [...(styles.styleSheet ? root.adoptedStyleSheets : []), styles]);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.loadPending && this.view) {
      this.loadPending = false;
      const staleSince = this.feedController.staleSince;
      emit<SonnecLoadDetail>(this, 'sonnec-load', {
        count: this.view.count,
        ...(staleSince !== undefined && { staleSince }),
      });
    }
  }

  protected override render(): TemplateResult {
    const lang = this.language;
    return html`
      <div part="base" class="base" aria-busy=${this.state === 'loading' ? 'true' : 'false'}>
        <div class="visually-hidden" role="status">${this.announcement}</div>
        ${
          this.state === 'loading'
            ? html`<p class="loading" part="loading" aria-hidden="true">${common[lang].loading}</p>`
            : this.state === 'error'
              ? // The error panel, once its part is loaded (`feedSettled` loads it); nothing before.
                (failurePart.value?.renderFailure(
                  this,
                  this.feedController.error?.kind ?? 'parse',
                  lang,
                ) ?? nothing)
              : this.view
                ? this.renderView(this.view, lang)
                : nothing
        }
        ${this.view ? this.renderStale(lang) : nothing}
      </div>
      ${
        // The webmaster's fallback content, outside our surface: the page's own colours (its
        // links too, however deeply nested) stay on the page's own background.
        this.state === 'error' ||
        (this.state === 'loading' && this.slow) ||
        (this.state === 'empty' && this.view && this.fallbackWhenEmpty(this.view))
          ? html`<slot></slot>`
          : nothing
      }
    `;
  }

  /** "Stand: 25.11.2026, 14:03" when the feed shown is the last good copy, not a fresh one. */
  protected renderStale(lang: Lang): TemplateResult | typeof nothing {
    const since = this.feedController.staleSince;
    if (since === undefined) return nothing;
    return html`<p class="stale" part="stale">${this.staleNote(since, lang)}</p>`;
  }

  /** @internal The error panel's "Erneut versuchen": loads again; what comes is announced. */
  retryLoad(): void {
    this.retried = true;
    this.refresh();
  }

  /**
   * The note in place of a dialog or article whose code did not load: an alert, so that the
   * visitor whose press did nothing hears why; focus stays on what they pressed.
   */
  protected renderPartFailed(lang: Lang): TemplateResult {
    return html`<p class="panel part-failed" part="part-failed" role="alert">
      ${common[lang].partFailed}
    </p>`;
  }

  /** A panel for "nothing to show", with the webmaster's fallback content below it. */
  protected renderEmpty(message: string): TemplateResult {
    return html`<div class="panel empty" part="empty"><p>${message}</p></div>`;
  }

  /** A heading at the level the webmaster set (an ARIA heading, since tag names cannot vary). */
  protected heading(
    text: unknown,
    className = 'heading',
    level = this.headingLevel,
  ): TemplateResult {
    const safeLevel = Math.min(6, Math.max(1, Math.round(level) || 2));
    return html`<div class=${className} role="heading" aria-level=${safeLevel}>${text}</div>`;
  }
}

const loadAll = (parts: LazyPart[]) => Promise.all(parts.map((part) => part.load()));
const allLoaded = (parts: LazyPart[]) => parts.every((part) => part.value !== undefined);

/** Two sentences as one announcement: "3 Meldungen. Stand: 25.11.2026, 14:03". */
function joinSentences(a: string, b: string): string {
  if (!a || !b) return a || b;
  return /[.!?…]$/.test(a) ? `${a} ${b}` : `${a}. ${b}`;
}

function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url, document.baseURI);
    return /^https?:$/.test(parsed.protocol) ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

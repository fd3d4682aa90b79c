import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from '../../internal/decorators.js';
import { addBerlinDays, berlinDayKey } from '../../feed/berlin-time.js';
import type { Feed, Place } from '../../feed/types.js';
import { revokeAllConsent } from '../../internal/consent.js';
import { emit } from '../../internal/events.js';
import { formatTime, formatWeekdayDate } from '../../internal/format.js';
import { localText, textLang, type Lang } from '../../internal/i18n.js';
import { cityBadge } from '../../internal/parts/city-badge.js';
import { preloadTakeAway, takeAway } from '../../internal/parts/take-away-link.js';
import { LazyPart } from '../../internal/lazy-part.js';
import { SonnecElement } from '../../internal/sonnec-element.js';
import { KioskTimer, systemClock, type KioskClock } from './kiosk-clock.js';
import { messages, type KioskMessages } from './kiosk.messages.js';
import { kioskLayoutStyles } from './sonnec-kiosk.styles.js';

/** Opening hours ("Jetzt geöffnet · bis 17 Uhr"): loaded only when a place with hours shows. */
const openingPart = new LazyPart(() => import('../../internal/parts/opening-hours.js'));

export { systemClock, type KioskClock };

/** The views the kiosk rotates through, in this order unless `views` says otherwise. */
export const KIOSK_VIEWS = ['today', 'week', 'news', 'map', 'place'] as const;

/** The most "Demnächst" events the today view fills its free space with. */
const COMING_UP_MAX = 12;
export type KioskViewId = (typeof KIOSK_VIEWS)[number];

/** Seconds between the "Noch da?" warning and the reset: at least this long. */
export const WARNING_SECONDS = 20;

interface KioskView {
  readonly count: number;
  readonly places: readonly Place[];
}

/**
 * A full-screen display for a tourism office's window or lobby that runs all day without staff:
 * it shows the region's events (today, this week), news, the map and a featured destination,
 * one after the other, and composes the widgets by tag (`<sonnec-events kiosk>` …).
 *
 * A touch (or key, or wheel) pauses the rotation; after `idle` seconds without one it asks
 * "Noch da?" and, 20 seconds later, starts over: filters, dialogs, consent and scrolling are
 * reset and the rotation resumes. Links never leave the page: details show QR codes instead.
 * The feed is refreshed every `refresh` minutes; when it fails, the last good copy (kept in
 * localStorage: the display is the operator's own device) is shown with a "Stand: …" note.
 *
 * @tagname sonnec-kiosk
 * @summary Full-screen, self-running display of events, news, map and a featured destination.
 *
 * @fires sonnec-load - The feed is loaded; `detail.count` is the number of events, news and places; `detail.staleSince` (epoch ms) is set when the last good copy is shown instead of a fresh feed (kiosk, `offline-cache`).
 * @fires sonnec-error - The feed failed and no good copy was kept; `detail` has `kind` and `message`.
 * @fires sonnec-kiosk-reset - The display started over after a visitor left (or `resetKiosk()` was called).
 *
 * @slot - Fallback content, shown before the script runs, while the feed takes more than 3 s, and when it fails with no copy kept.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The bar on top: the view's title, the Berlin date and time, the pause control.
 * @csspart view-title - The title of the view shown.
 * @csspart clock - The date and time (Europe/Berlin, updated each minute).
 * @csspart pause - The pause/play button.
 * @csspart footer - The bar at the bottom: the name of the display and the views to choose.
 * @csspart coming-up - "Demnächst": the next days' events, as many as fill the today view.
 * @csspart view - Each view.
 * @csspart place - The featured destination.
 * @csspart warning - The "Noch da?" panel.
 * @csspart take-away - A QR code with the address it encodes.
 * @csspart stale - The "Stand: …" note when the last good copy is shown.
 *
 * @cssprop [--sonnec-kiosk-font-size=22px] - Base font size in kiosk mode (widgets inside too).
 * @cssprop [--sonnec-kiosk-height=100dvh] - Height of the display.
 * @cssprop [--sonnec-qr-size=220px] - Size of the QR codes (280px for the featured destination).
 */
export class SonnecKiosk extends SonnecElement<KioskView> {
  static override styles = [...SonnecElement.styles, kioskLayoutStyles];

  /** Seconds each view shows before the next one (at least 5). */
  @property({ type: Number, reflect: true }) rotate = 20;

  /** Seconds without a touch before the "Noch da?" warning; the reset follows 20 s later. */
  @property({ type: Number, reflect: true }) idle = 90;

  /** Minutes between feed refreshes (at least 1). */
  @property({ type: Number, reflect: true, attribute: 'refresh' }) refreshMinutes = 10;

  /** Comma-separated views in order: `today`, `week`, `news`, `map`, `place` (default: all). */
  @property({ reflect: true }) views?: string;

  /** The clock behind every timer; tests and benchmarks pass a fake one. */
  @property({ attribute: false }) clock: KioskClock = systemClock;

  /** The view shown (index into the active views). */
  @state() active = 0;
  /** Paused by the pause button. */
  @state() paused = false;
  /** Someone is using the display: rotation waits until they leave. */
  @state() private touched = false;
  @state() private warning = false;
  /** Counts arrivals at the featured-destination view: each shows the next place. */
  @state() private placeTurn = 0;
  /** The minute the header's clock shows (epoch minutes): a new one re-renders it. */
  @state() private minute = 0;
  /** How many "Demnächst" events fill the today view (see `fitComingUp`). */
  @state() private comingUpLimit = 4;
  /** Above this many "Demnächst" events the list overflowed: not tried again until a resize. */
  private comingUpCeiling = COMING_UP_MAX;
  private readonly resized = new ResizeObserver(() => {
    // Another size: try anew from one event (a list left out may fit now).
    this.comingUpCeiling = COMING_UP_MAX;
    if (this.comingUpLimit === 0) this.comingUpLimit = 1;
    void this.fitComingUp();
  });

  private readonly rotation = new KioskTimer(() => this.clock);
  private readonly idleTimer = new KioskTimer(() => this.clock);
  private readonly refreshTimer = new KioskTimer(() => this.clock);
  private readonly clockTimer = new KioskTimer(() => this.clock);

  constructor() {
    super();
    this.kiosk = true;
    // On the element itself: they go with it, and are added once however often it moves.
    for (const type of ['pointerdown', 'keydown', 'wheel'] as const) {
      this.addEventListener(type, this.onActivity, { capture: true, passive: true });
    }
    this.addEventListener('click', this.guardNavigation, { capture: true });
    this.addEventListener('auxclick', this.guardNavigation, { capture: true });
    this.addEventListener('contextmenu', (e) => e.preventDefault());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onOnline);
    void preloadTakeAway();
    if (this.touched) this.onActivity();
    else this.scheduleRotation();
    this.scheduleRefresh();
    this.tickClock();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
    this.rotation.stop();
    this.idleTimer.stop();
    this.refreshTimer.stop();
    this.clockTimer.stop();
    this.resized.disconnect();
  }

  /** The views in their order, as set by `views`. */
  get activeViews(): readonly KioskViewId[] {
    const chosen = (this.views ?? '')
      .split(',')
      .map((v) => v.trim().toLowerCase())
      .filter((v): v is KioskViewId => (KIOSK_VIEWS as readonly string[]).includes(v));
    return chosen.length > 0 ? [...new Set(chosen)] : KIOSK_VIEWS;
  }

  /** The id of the view shown. */
  get activeView(): KioskViewId {
    const views = this.activeViews;
    return views[this.active % views.length]!;
  }

  /** The widgets inside the display. */
  get widgets(): SonnecElement[] {
    return [...this.renderRoot.querySelectorAll<SonnecElement>('[kiosk]')].filter(
      (el): el is SonnecElement => typeof (el as Partial<SonnecElement>).reset === 'function',
    );
  }

  /** Shows the next view (as the rotation does). */
  next(): void {
    this.show((this.active + 1) % this.activeViews.length);
  }

  /** Shows a view by index and restarts the rotation timer. */
  show(index: number): void {
    this.active = index;
    if (this.activeView === 'place') this.placeTurn++;
    this.scheduleRotation();
  }

  /**
   * Pauses or resumes the rotation (the pause button). The button's label says what a press does,
   * as a media player's does, with no `aria-pressed` beside it: both would contradict each other.
   */
  togglePause(): void {
    this.paused = !this.paused;
    this.scheduleRotation();
  }

  /** Loads the feed anew for the display and every widget in it. */
  override refresh(): void {
    super.refresh();
    for (const widget of this.widgets) widget.refresh();
  }

  /**
   * Starts over as for a new visitor: every widget's filters, paging and dialogs, the map
   * consent, scroll positions, the first view, and the rotation.
   */
  resetKiosk(): void {
    this.idleTimer.stop();
    this.warning = this.touched = this.paused = false;
    for (const widget of this.widgets) widget.reset();
    revokeAllConsent();
    for (const dialog of this.renderRoot.querySelectorAll('dialog')) dialog.close();
    for (const view of this.renderRoot.querySelectorAll('.view')) view.scrollTop = 0;
    this.scrollTop = 0;
    const focused = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    (focused as HTMLElement | null)?.blur();
    this.active = 0;
    this.scheduleRotation();
    emit(this, 'sonnec-kiosk-reset', {});
  }

  /** A visitor touched the display: hold the rotation, and watch for them leaving. */
  private readonly onActivity = (): void => {
    this.touched = true;
    this.warning = false;
    this.rotation.stop();
    this.idleTimer.start(this.seconds(this.idle, 10) * 1000, () => this.warn());
  };

  private warn(): void {
    this.warning = true;
    this.idleTimer.start(WARNING_SECONDS * 1000, () => this.resetKiosk());
  }

  /** "Weiter": the visitor is still there. */
  private stay(): void {
    this.onActivity();
  }

  private readonly onOnline = (): void => this.refresh();

  /**
   * Nothing inside the kiosk may navigate away: a click on any link that leads off this page
   * (rich text of the feed, map attribution, a download) is cancelled. In-page links stay.
   */
  private readonly guardNavigation = (e: MouseEvent): void => {
    for (const target of e.composedPath()) {
      if (!(target instanceof Element)) continue;
      if (target.localName !== 'a' && target.localName !== 'area') continue;
      const href = target.getAttribute('href') ?? target.getAttribute('xlink:href');
      if (href === null) continue;
      if (!isInPage(href)) e.preventDefault();
      return;
    }
  };

  private seconds(value: number, min: number): number {
    return Number.isFinite(value) ? Math.max(min, value) : min;
  }

  private scheduleRotation(): void {
    if (!this.isConnected || this.paused || this.touched || this.activeViews.length < 2) {
      this.rotation.stop();
      return;
    }
    this.rotation.start(this.seconds(this.rotate, 5) * 1000, () => this.next());
  }

  /** The header's clock: the minute now, and a timer to the start of the next one. */
  private tickClock(): void {
    const now = this.clock.now();
    this.minute = Math.floor(now / 60_000);
    this.clockTimer.start(60_000 - (now % 60_000), () => this.tickClock());
  }

  /**
   * "Demnächst" fills what today's events leave free: one event more while the list fits (and
   * the feed has more), one fewer once it overflows its box, and no more tries until a resize.
   * Measured, not computed: titles wrap differently in every language and size.
   */
  private async fitComingUp(): Promise<void> {
    const box = this.renderRoot.querySelector<HTMLElement>('.coming-up-list');
    const list = box?.querySelector<SonnecElement>('sonnec-events');
    // Measured only while shown: a hidden view has no size.
    if (!box || box.closest('[hidden]') || !list || list.state === 'loading') return;
    await list.updateComplete;
    const n = this.comingUpLimit;
    const free = box.clientHeight;
    const used = list.offsetHeight;
    const items = list.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0;
    if (used > free + 1 && n > 0) {
      this.comingUpCeiling = n - 1;
      this.comingUpLimit = n - 1;
    } else if (items === n && n < this.comingUpCeiling) {
      // One more while the list fits: in columns (landscape) one more may not add a row.
      this.comingUpLimit = n + 1;
    }
  }

  private scheduleRefresh(): void {
    this.refreshTimer.start(this.seconds(this.refreshMinutes, 1) * 60_000, () => {
      this.refresh();
      this.scheduleRefresh();
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('clock') && changed.get('clock') !== undefined && this.isConnected) {
      // A new clock: move the running timers onto it.
      if (this.touched) this.onActivity();
      else this.scheduleRotation();
      this.scheduleRefresh();
      this.tickClock();
    }
    if (changed.has('rotate') || changed.has('views')) {
      if (this.active >= this.activeViews.length) this.active = 0;
      if (changed.get('rotate') !== undefined) this.scheduleRotation();
    }
    if (changed.has('refreshMinutes') && changed.get('refreshMinutes') !== undefined) {
      this.scheduleRefresh();
    }
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const box = this.renderRoot.querySelector('.today');
    if (box && box !== this.observed) {
      this.resized.disconnect();
      this.resized.observe(box);
      // Today's cards grow when their pictures arrive: less room for "Demnächst".
      const now = box.querySelector('.today-now');
      if (now) this.resized.observe(now);
      this.observed = box;
    }
    if (changed.has('comingUpLimit') || changed.has('active')) void this.fitComingUp();
    if (!box) this.observed = undefined;
  }

  /** The box whose size decides how many "Demnächst" events show. */
  private observed: Element | undefined;

  protected select(feed: Feed): KioskView {
    const places = [...feed.places].sort((a, b) => a.id.localeCompare(b.id));
    return { count: feed.events.length + feed.news.length + places.length, places };
  }

  protected announce(_view: KioskView, lang: Lang): string {
    // Only the warning is announced: a rotation every few seconds would drown a screen reader.
    const t = messages[lang];
    return this.warning ? `${t.stillThere} ${t.warning(WARNING_SECONDS)}` : '';
  }

  /** Each widget the kiosk shows announces its own "Stand: …" note. */
  protected override readonly speaksStale = false;

  /** The kiosk's own note shows in its featured view; each widget shows its own. */
  protected override renderStale(): typeof nothing {
    return nothing;
  }

  protected renderView(view: KioskView, lang: Lang): TemplateResult {
    const t = messages[lang];
    const views = this.activeViews;
    const active = this.activeView;
    return html`
      <div class="kiosk">
        <div class="bar" part="header">
          <p class="view-title" part="view-title">${t[active] as string}</p>
          ${this.renderClock(lang)}
          <button type="button" class="button play" part="pause" @click=${() => this.togglePause()}>
            <span class="icon" aria-hidden="true">${this.paused ? '▶' : '❚❚'}</span>
            ${this.paused ? t.play : t.pause}
          </button>
        </div>
        <div class="views">
          ${views.map((id) => this.renderPanel(id, id === active, view, lang, t))}
        </div>
        <div class="footer" part="footer">
          <p class="brand">${t.title}</p>
          <ul class="nav" role="list" aria-label=${t.views}>
            ${views.map(
              (id, index) =>
                html`<li>
                  <button
                    type="button"
                    class="button secondary"
                    aria-current=${id === active ? 'true' : 'false'}
                    @click=${() => this.show(index)}
                  >
                    ${t[id] as string}
                  </button>
                </li>`,
            )}
          </ul>
        </div>
        ${this.warning ? this.renderWarning(t) : nothing}
      </div>
    `;
  }

  /** "Freitag, 4. Dezember  10:00", Berlin time, from the kiosk's clock. */
  private renderClock(lang: Lang): TemplateResult {
    const now = this.minute * 60_000;
    const time = formatTime(now);
    return html`<p class="clock" part="clock">
      <time datetime=${`${berlinDayKey(now)}T${time}`}>
        <span class="date">${formatWeekdayDate(now, lang)}</span>
        <span class="time">${time}</span>
      </time>
    </p>`;
  }

  private renderPanel(
    id: KioskViewId,
    shown: boolean,
    view: KioskView,
    lang: Lang,
    t: KioskMessages,
  ): TemplateResult {
    // Every view stays in the DOM (hidden when not shown): rotating creates and destroys
    // nothing, so a display that runs for days does not churn or leak.
    // tabindex: a view scrolls, and a keyboard must reach it even when it holds no control.
    return html`<section
      class="view"
      part="view"
      tabindex="0"
      data-view=${id}
      aria-label=${t[id] as string}
      ?hidden=${!shown}
    >
      ${this.renderWidget(id, view, lang, t)}
    </section>`;
  }

  private renderWidget(
    id: KioskViewId,
    view: KioskView,
    lang: Lang,
    t: KioskMessages,
  ): TemplateResult {
    const src = this.src || undefined;
    const now = this.clock.now();
    const today = berlinDayKey(now);
    switch (id) {
      case 'today': {
        // Today's events, and under them (beside them in landscape) the next days' events,
        // as many as fill the screen: a display with an empty third looks broken.
        const limit = this.comingUpLimit;
        return html`<div class="today">
          <div class="today-now">${this.eventsWidget(today, today)}</div>
          <div class="coming-up" part="coming-up" ?hidden=${limit === 0}>
            ${this.heading(t.comingUp, 'heading coming-up-heading')}
            <div class="coming-up-list">
              ${this.eventsWidget(
                berlinDayKey(addBerlinDays(now, 1)),
                berlinDayKey(addBerlinDays(now, 60)),
                { comingUp: Math.max(1, limit) },
              )}
            </div>
          </div>
        </div>`;
      }
      case 'week':
        return this.eventsWidget(today, berlinDayKey(addBerlinDays(now, 6)));
      case 'news':
        return html`<sonnec-news
          kiosk
          layout="cards"
          page-size="6"
          src=${src ?? nothing}
          .now=${now}
        ></sonnec-news>`;
      case 'map':
        return html`<sonnec-map kiosk filters src=${src ?? nothing}></sonnec-map>`;
      case 'place':
        return this.renderPlace(view, lang, t);
    }
  }

  /**
   * The events of `from` to `to` (Berlin days) as cards; `comingUp`: that many events starting
   * after today, as a compact list.
   */
  private eventsWidget(from: string, to: string, o: { comingUp?: number } = {}): TemplateResult {
    const next = o.comingUp !== undefined;
    return html`<sonnec-events
      kiosk
      layout=${next ? 'compact' : 'cards'}
      page-size="12"
      src=${this.src || nothing}
      from=${from}
      to=${to}
      .now=${this.clock.now()}
      heading-level=${next ? 3 : 2}
      limit=${o.comingUp ?? nothing}
      ?starting-only=${next}
      @sonnec-load=${next ? this.comingUpLoaded : nothing}
    ></sonnec-events>`;
  }

  private readonly comingUpLoaded = (): void => void this.fitComingUp();

  private renderPlace(view: KioskView, lang: Lang, t: KioskMessages): TemplateResult {
    const places = view.places;
    if (places.length === 0) return this.renderEmpty(t.noPlace);
    const place = places[(Math.max(1, this.placeTurn) - 1) % places.length]!;
    const name = localText(place.name, lang);
    const langOf = (text: Parameters<typeof textLang>[0]) => textLang(text, lang) ?? nothing;
    return html`<article class="place" part="place" data-id=${place.id}>
      <p class="eyebrow">${t.featured}</p>
      ${this.heading(html`<span lang=${langOf(place.name)}>${name}</span>`)}
      <p class="meta">${cityBadge(place.city, lang)}</p>
      ${
        place.openingHours
          ? (openingPart.valueFor(this)?.openingLine(place, this.clock.now(), lang) ?? nothing)
          : nothing
      }
      ${
        place.image && this.imageAllowed(place.image.src)
          ? html`<img
              src=${place.image.src}
              alt=${localText(place.image.alt, lang)}
              lang=${langOf(place.image.alt)}
              decoding="async"
            />`
          : nothing
      }
      ${
        place.summary !== undefined
          ? html`<p lang=${langOf(place.summary)}>${localText(place.summary, lang)}</p>`
          : nothing
      }
      ${
        place.address !== undefined
          ? html`<p class="meta" lang=${langOf(place.address)}>
              ${localText(place.address, lang)}
            </p>`
          : nothing
      }
      ${place.url ? takeAway({ url: place.url, label: name, lang, kiosk: true }) : nothing}
      ${super.renderStale(lang)}
    </article>`;
  }

  private renderWarning(t: KioskMessages): TemplateResult {
    return html`<div class="warning" part="warning">
      <p>
        <strong>${t.stillThere}</strong><br />
        ${t.warning(WARNING_SECONDS)}
      </p>
      <button type="button" class="button" @click=${() => this.stay()}>${t.continue}</button>
    </div>`;
  }
}

/** A link that stays on this page (a fragment of it). */
function isInPage(href: string): boolean {
  try {
    const target = new URL(href, document.baseURI);
    const here = new URL(location.href);
    return (
      href.startsWith('#') ||
      (target.origin === here.origin &&
        target.pathname === here.pathname &&
        target.search === here.search &&
        target.hash !== '')
    );
  } catch {
    return false;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sonnec-kiosk': SonnecKiosk;
  }
  interface HTMLElementEventMap {
    'sonnec-kiosk-reset': CustomEvent<Record<string, never>>;
  }
}

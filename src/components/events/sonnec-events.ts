import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from '../../internal/decorators.js';
import { hasSeries } from '../../feed/has-series.js';
import { parseList } from '../../feed/query.js';
import type { CityId, Feed, FeedCalendar } from '../../feed/types.js';
import { emit } from '../../internal/events.js';
import type { Lang } from '../../internal/i18n.js';
import { nowConverter } from '../../internal/now-attribute.js';
import { LazyPart } from '../../internal/lazy-part.js';
import { loadMore } from '../../internal/parts/load-more.js';
import { SonnecElement } from '../../internal/sonnec-element.js';
import { listLayout, type ItemContext } from './event-items.js';
import {
  dayEndToEpoch,
  dayToEpoch,
  NO_FILTERS,
  selectEvents,
  type Filters,
  type Occurrence,
} from './events-query.js';
import { messages } from './events.messages.js';
import { eventsStyles } from './sonnec-events.styles.js';

export type EventsLayout = 'list' | 'cards' | 'compact';

interface EventsView {
  readonly count: number;
  readonly items: readonly Occurrence[];
  readonly lower: number;
  readonly now: number;
  readonly categories: readonly { value: string; label: string }[];
  /** The calendars the feed names, to subscribe to. */
  readonly calendars: readonly FeedCalendar[] | undefined;
}

type EventDialog = import('./event-dialog.js').EventDialog;

/** The filter bar, for widgets with `filters`. */
const filtersPart = new LazyPart(() => import('./events-filters.js'));
/**
 * The detail dialog, with its .ics writer and rich text: loaded on the first opening.
 * @internal Exported for the tests that make it fail.
 */
export const detailPart = new LazyPart(() => import('./event-dialog.js'));
/** The JSON-LD writer, for widgets with `structured-data`: loaded after the first content. */
const schemaPart = new LazyPart(() => import('./event-schema.js'));
/** The filters in the page URL, for widgets with `sync-url`. */
const urlPart = new LazyPart(() => import('./events-url.js'));
/** Date presets, search and category choices: with `filters` or `sync-url` (see `parts`). */
const searchPart = new LazyPart(() => import('./events-search.js'));
/** "Kalender abonnieren", when the feed names calendars: content does not wait for it. */
const subscribePart = new LazyPart(() => import('./events-subscribe.js'));
/** The holiday tables, for day headings (list layout): content does not wait for them. */
const holidaysPart = new LazyPart(() => import('./event-holidays.js'));
/** The series expander: only feeds with a recurring event need it (most have none). */
const seriesPart = new LazyPart(() => import('./events-series.js'));
/** The `cards` and `compact` layouts with their styles: only for widgets that show them. */
const cardsPart = new LazyPart(() => import('./event-cards.js'));
const compactPart = new LazyPart(() => import('./event-compact.js'));

/**
 * The regional event calendar: upcoming events of both cities grouped by day, with filters,
 * recurring events, a detail dialog with "add to calendar", paging and optional JSON-LD.
 *
 * @tagname sonnec-events
 * @summary Upcoming events of Sonneberg and Neustadt b. Coburg, filterable, with details.
 *
 * @fires sonnec-load - The feed is loaded; `detail.count` is the number of occurrences shown; `detail.staleSince` (epoch ms) is set when the last good copy is shown instead of a fresh feed (kiosk, `offline-cache`).
 * @fires sonnec-error - The feed failed; `detail` has `kind` and the translated `message`.
 * @fires sonnec-select - A visitor opened an event; `detail.item` and `detail.event` are the event, `detail.start`/`detail.end` the occurrence. Cancel it to keep the dialog closed.
 *
 * @slot - Fallback content (e.g. a link to the city's calendar), shown before the script runs, while the feed takes more than 3 s, when it fails and when there are no events.
 *
 * @csspart base - The wrapper of everything.
 * @csspart filter - The filter bar (with `filters`).
 * @csspart day - One day of the list layout.
 * @csspart item - One event.
 * @csspart title - An event's title (a button that opens the details).
 * @csspart meta - Place, city and category of an event.
 * @csspart image - An event's image.
 * @csspart running - The "Läuft gerade" marker.
 * @csspart status - "Abgesagt", "Verschoben", "Verlegt" or "Nur online" beside a title.
 * @csspart badge - The city badge.
 * @csspart load-more - The "Mehr laden" button.
 * @csspart dialog - The detail dialog.
 * @csspart dialog-close - The dialog's close button.
 * @csspart add-to-calendar - The calendar file and links in the dialog.
 * @csspart subscribe - "Kalender abonnieren" (when the feed names calendars): its button and panel.
 * @csspart error - The error panel.
 * @csspart empty - The empty panel ("Zurzeit sind keine Veranstaltungen angekündigt.").
 *
 * @cssprop [--sonnec-accent=#005a87] - Links, buttons, day lines and the compact date block.
 * @cssprop [--sonnec-text=#1f2328] - Text colour.
 * @cssprop [--sonnec-muted=#4d535b] - Secondary text.
 * @cssprop [--sonnec-surface=#ffffff] - Background.
 * @cssprop [--sonnec-border=#7d8590] - Lines, card, field and button borders.
 * @cssprop [--sonnec-radius=8px] - Corner radius.
 * @cssprop [--sonnec-font=system-ui] - Font family.
 * @cssprop [--sonnec-font-size=16px] - Base font size (independent of the page's rem).
 * @cssprop [--sonnec-events-running] - Colour of the "Läuft gerade" marker (default: the focus colour).
 * @cssprop [--sonnec-events-day-background=transparent] - Background of the day headings.
 * @cssprop [--sonnec-events-card-min-width=15em] - Narrowest card in the `cards` layout.
 */
export class SonnecEvents extends SonnecElement<EventsView> {
  static override styles = [...SonnecElement.styles, eventsStyles];

  /** `list` (grouped by day, default), `cards` or `compact` (a small sidebar or partner box). */
  @property({ reflect: true }) layout: EventsLayout = 'list';

  /** Shows the filter bar: city, category, date and search. */
  @property({ type: Boolean, reflect: true }) filters = false;

  /**
   * Keeps the visitor's filters in the page URL, as `?<prefix>.city=…`. The value is the prefix;
   * empty means the element's `id`, else `sonnec-events`.
   */
  @property({ attribute: 'sync-url' }) syncUrl?: string | null;

  /** First day to show (ISO date, Berlin); past events are hidden anyway. Default: today. */
  @property() from?: string;

  /** Last day to show (ISO date, inclusive). Default: one year after `from`. */
  @property() to?: string;

  /**
   * Only events that start from `from` on, not those already running then (an exhibition since
   * last week): for a "coming up" list beside today's.
   */
  @property({ type: Boolean, attribute: 'starting-only' }) startingOnly = false;

  /** Comma-separated place ids: only events at these places (e.g. a partner's venue). */
  @property() place?: string;

  /** Comma-separated organizer names: only their events (case and accents ignored). */
  @property() organizer?: string;

  /** Writes schema.org `Event` JSON-LD for the visible events into the light DOM. */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  /** The clock (ISO date-time in Berlin or epoch ms), for previews and tests. Default: now. */
  @property({ converter: nowConverter }) now?: number;

  /** Events per page before "Mehr laden". */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /** @internal The visitor's filters: the filter bar's, or the page URL's with `sync-url`. */
  @state() chosen: Filters = NO_FILTERS;
  @state() private pages = 1;
  /** The title pressed when the dialog's code did not load (see `open`). */
  @state() private detailFailed: Occurrence | undefined;

  /** The dialog, once its code is loaded (the first opening). */
  private dialog: EventDialog | undefined;
  /** The occurrences shown (up to the current page), for the JSON-LD. */
  private shown: readonly Occurrence[] = [];
  private memo: { feed: Feed; key: string; view: EventsView } | undefined;

  /** @internal With `sync-url`: the filters in the page URL, once the URL part is loaded. */
  url: import('./events-url.js').EventsUrl | undefined;

  constructor() {
    super();
    detailPart.warmUpOn(this, '.title-button');
  }

  protected override parts(): LazyPart[] {
    const parts = super.parts();
    if (this.filters) parts.push(filtersPart);
    if (this.syncing) parts.push(urlPart);
    // The only two ways a visitor can set a date preset or a search.
    if (this.filters || this.syncing) parts.push(searchPart);
    const layout = this.layoutPart();
    if (layout) parts.push(layout);
    // Once opened, the dialog's styles are adopted as every part's are.
    if (this.dialog) parts.push(detailPart);
    return parts;
  }

  protected override feedParts(feed: Feed): LazyPart[] {
    return hasSeries(feed) ? [seriesPart] : [];
  }

  private layoutPart() {
    return this.layout === 'cards'
      ? cardsPart
      : this.layout === 'compact'
        ? compactPart
        : undefined;
  }

  /** @internal True with `sync-url`. */
  get syncing(): boolean {
    return typeof this.syncUrl === 'string';
  }

  private clock(): number {
    // Without a fixed clock, the minute: renders in the same minute reuse the selection.
    return this.now ?? Math.floor(Date.now() / 60_000) * 60_000;
  }

  /** @internal Applies a visitor's filter change, back to page 1, and into the URL with `sync-url`. */
  setFilters(patch: Partial<Filters>, mode: 'push' | 'replace' = 'push'): void {
    const next = { ...this.chosen, ...patch };
    if (next.date !== 'range') next.from = next.to = '';
    this.chosen = next;
    this.pages = 1;
    if (this.syncing) this.url?.write(next, mode);
  }

  /** Names the public holidays of the towns shown, once the holiday part is loaded. */
  private holidayNamer(lang: Lang): ((day: string) => string | undefined) | undefined {
    const city = this.visitorCity();
    return holidaysPart
      .valueFor(this)
      ?.holidayNamer(
        city === 'sonneberg' || city === 'neustadt' ? [city] : ['sonneberg', 'neustadt'],
        lang,
      );
  }

  private visitorCity(): CityId | undefined {
    const city = this.chosen.city;
    if (city === 'all') return undefined;
    if (city === 'sonneberg' || city === 'neustadt') return city;
    return this.cityFilter();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (this.syncing) urlPart.value?.syncFromUrl(this);
    if (changed.has('city') || changed.has('category') || changed.has('limit')) this.pages = 1;
    super.willUpdate(changed);
  }

  protected select(feed: Feed, lang: Lang): EventsView {
    const now = this.clock();
    const query = {
      now,
      from: dayToEpoch(this.from),
      to: dayEndToEpoch(this.to),
      city: this.visitorCity(),
      categories: this.categoryFilter(),
      category: this.chosen.category || undefined,
      places: parseList(this.place),
      organizers: parseList(this.organizer),
      date: this.chosen.date,
      rangeFrom: this.chosen.from,
      rangeTo: this.chosen.to,
      text: this.chosen.q,
      limit: this.limit,
      startingOnly: this.startingOnly,
    };
    // Loaded before content shows whenever the feed has a series (see `feedParts`).
    const expand = seriesPart.value?.expandSeries;
    const key = JSON.stringify([query, lang, this.filters, Boolean(expand)]);
    if (this.memo?.feed === feed && this.memo.key === key) return this.memo.view;
    const search = searchPart.value;
    const { items, lower } = selectEvents(feed, { ...query, expand }, search);
    const view: EventsView = {
      count: items.length,
      items,
      lower,
      now,
      categories: this.filters ? (search?.categoryOptions(feed, lang, query.categories) ?? []) : [],
      calendars: feed.calendars,
    };
    this.memo = { feed, key, view };
    if (this.filters) search?.warmSearchText(feed);
    return view;
  }

  protected announce(view: EventsView, lang: Lang): string {
    const t = messages[lang];
    if (view.count > 0) return t.count(view.count);
    // The visitor's choices come with the refinements part (see `parts`), and so does its text.
    return (this.filtersActive && searchPart.value?.emptyFiltered(lang)) || t.empty;
  }

  /** @internal True when the visitor changed any filter. */
  get filtersActive(): boolean {
    return Object.values(this.chosen).some(Boolean);
  }

  protected override fallbackWhenEmpty(): boolean {
    return !this.filtersActive;
  }

  protected renderView(view: EventsView, lang: Lang): TemplateResult {
    const t = messages[lang];
    const shown = Math.min(view.count, Math.max(1, this.pages) * Math.max(1, this.pageSize || 20));
    const items = (this.shown = view.items.slice(0, shown));
    const context: ItemContext = {
      lang,
      t,
      now: view.now,
      lower: view.lower,
      headingLevel: this.headingLevel,
      heading: (text, className, level) => this.heading(text, className, level),
      onOpen: (o, opener) => void this.open(o, opener),
      indexOf: (o) => items.indexOf(o),
      note: (o) => (o === this.detailFailed ? this.renderPartFailed(lang) : nothing),
      imageAllowed: (src) => this.imageAllowed(src),
      holiday: this.layoutPart() ? undefined : this.holidayNamer(lang),
    };
    // A layout part that failed to load (offline): the list, which is always there.
    const layout = this.layoutPart()?.value?.layout ?? listLayout;
    return html`
      ${
        this.filters
          ? filtersPart.value?.eventFilters(this, lang, view.categories, this.cityFilter() ?? 'all')
          : nothing
      }
      ${
        view.calendars &&
        subscribePart
          .valueFor(this)
          ?.subscribe(
            this,
            view.calendars,
            this.visitorCity(),
            this.chosen.category || this.category,
            lang,
          )
      }
      ${view.count === 0 ? this.renderEmpty(this.announce(view, lang)) : layout(items, context)}
      ${loadMore(shown, view.count, lang, () => void this.more(shown))}
      ${this.dialog?.render(lang, {
        allowed: (src) => this.imageAllowed(src),
        origins: this.imageOrigins(),
      })}
    `;
  }

  /** "Mehr laden": the next page, focus on its first event (the button may be gone). */
  private async more(shown: number): Promise<void> {
    this.pages++;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-index="${shown}"] .title-button`)?.focus();
  }

  /** Opens the detail dialog of an occurrence (as a click on its title does). */
  async open(o: Occurrence, opener: HTMLElement | null = null): Promise<void> {
    const proceed = emit(this, 'sonnec-select', {
      item: o.event,
      event: o.event,
      start: o.start,
      end: o.end,
    });
    if (!proceed) return;
    if (!this.dialog) {
      this.detailFailed = undefined;
      try {
        this.dialog ??= new (await detailPart.load()).EventDialog(this);
      } catch (error) {
        // Offline after the page loaded: the list stays usable, the dialog cannot open; an
        // alert says so, and focus stays on the title pressed (another press tries again).
        console.warn('[sonnec] <sonnec-events>: the event details could not be loaded.', error);
        this.detailFailed = o;
        return;
      }
    }
    await this.dialog.open(o, opener);
  }

  /** Closes the detail dialog, if open. */
  close(): void {
    this.dialog?.close();
  }

  /** Clears the visitor's filters and paging and closes the dialog (see `SonnecElement.reset`). */
  override reset(): void {
    this.dialog?.reset();
    subscribePart.value?.resetSubscribe(this);
    if (this.filtersActive) this.setFilters(NO_FILTERS, 'replace');
    this.pages = 1;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.structuredData && this.view?.count) {
      // For search engines, not visitors: content does not wait for its writer (the widget
      // renders again when it is there).
      schemaPart
        .valueFor(this)
        ?.writeEventsJsonLd(this, this.shown, this.language, document.baseURI);
    } else {
      // The JSON-LD script that structured-data.ts writes, when the attribute was removed.
      this.querySelector(':scope > script[data-sonnec-jsonld]')?.remove();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sonnec-events': SonnecEvents;
  }
}

import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from '../../internal/decorators.js';
import type { CityId, Feed, NewsItem } from '../../feed/types.js';
import { emit } from '../../internal/events.js';
import type { Lang } from '../../internal/i18n.js';
import { LazyPart } from '../../internal/lazy-part.js';
import { loadMore } from '../../internal/parts/load-more.js';
import { SonnecElement } from '../../internal/sonnec-element.js';
import { newsItem, type NewsItemContext } from './news-item.js';
import { baseItems, NEWS_LAYOUTS, selectNews, type NewsLayout } from './news-query.js';
import { messages } from './news.messages.js';
import { newsStyles } from './sonnec-news.styles.js';

interface NewsView {
  /** All items that match (after `limit`): what `sonnec-load` reports and the live region says. */
  readonly count: number;
  readonly layout: NewsLayout;
  readonly items: readonly NewsItem[];
  /** The items the webmaster's settings allow, before the visitor's filters (their choices). */
  readonly allowed: readonly NewsItem[];
}

const DEFAULT_PAGE_SIZE = 10;

/** The filter bar, for widgets with `filters`. */
const filtersPart = new LazyPart(() => import('./news-filters.js'));
/** An opened article (rich text, source link or QR code): on the first opening, or in kiosk mode. */
/** @internal Exported for the tests that make it fail. */
export const articlePart = new LazyPart(() => import('./news-article.js'));
/** The JSON-LD writer, for widgets with `structured-data`: loaded after the first content. */
const schemaPart = new LazyPart(() => import('./news-structured-data.js'));
/** The timeline's markup and styles, for `layout="timeline"` (a history page). */
const timelinePart = new LazyPart(() => import('./news-timeline.js'));

/**
 * News of both cities: municipal services, joint projects, what the partner city offers, and
 * the shared history along the former inner-German border. Newest first as a list, cards or a
 * home-page teaser, or as a timeline of the history items by the date they tell of.
 *
 * @summary Joint news of Sonneberg and Neustadt b. Coburg, with a history timeline.
 *
 * @tagname sonnec-news
 *
 * @fires sonnec-load - The feed is loaded; `detail.count` is the number of matching news items; `detail.staleSince` (epoch ms) is set when the last good copy is shown instead of a fresh feed (kiosk, `offline-cache`).
 * @fires sonnec-error - The feed failed; `detail` has `kind` and the translated `message`.
 * @fires sonnec-select - An item was opened (its link followed or its article expanded); `detail.item` is the news item.
 *
 * @slot - Fallback content (e.g. a link to the news page), shown before the script runs, while the feed takes more than 3 s, when it fails and when there is no news.
 *
 * @csspart base - The wrapper of everything.
 * @csspart filter - The filter bar (with `filters`).
 * @csspart list - The list of items.
 * @csspart item - One news item.
 * @csspart image - An item's picture with its credit.
 * @csspart title - An item's title.
 * @csspart meta - An item's date, city, "Neu" mark and categories.
 * @csspart badge - The city badge.
 * @csspart new - The "Neu" mark.
 * @csspart categories - An item's categories.
 * @csspart summary - An item's teaser text.
 * @csspart more - "Weiterlesen" (a link, or the button that opens the article).
 * @csspart body - The expanded article.
 * @csspart rich-text - The article's sanitized HTML.
 * @csspart year - A year of the timeline.
 * @csspart load-more - The "Mehr laden" button.
 * @csspart error - The error panel.
 * @csspart empty - The empty panel ("Zurzeit sind keine Meldungen vorhanden.").
 *
 * @cssprop [--sonnec-accent=#005a87] - Links, buttons, the "Neu" mark and the timeline.
 * @cssprop [--sonnec-text=#1f2328] - Text colour.
 * @cssprop [--sonnec-muted=#4d535b] - Dates and credits.
 * @cssprop [--sonnec-surface=#ffffff] - Background.
 * @cssprop [--sonnec-border=#7d8590] - Lines, card, field and button borders.
 * @cssprop [--sonnec-radius=8px] - Corner radius.
 * @cssprop [--sonnec-font=system-ui] - Font family.
 * @cssprop [--sonnec-font-size=16px] - Base font size (independent of the page's rem).
 * @cssprop [--sonnec-news-card-min=16em] - Narrowest card in the `cards` layout.
 * @cssprop [--sonnec-news-image-width=10em] - Width of the picture in the `list` layout.
 */
export class SonnecNews extends SonnecElement<NewsView> {
  static override styles = [...SonnecElement.styles, newsStyles];

  /** `list` (default), `cards`, `teaser` (one to three large items) or `timeline` (history by the date it tells of). */
  @property({ reflect: true }) layout: NewsLayout = 'list';

  /** Shows filters for city, topic and year; they narrow what `city` and `category` allow. */
  @property({ type: Boolean, reflect: true }) filters = false;

  /** Items per page before "Mehr laden" (not in the teaser). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = DEFAULT_PAGE_SIZE;

  /** Writes schema.org `NewsArticle` JSON-LD for the shown items into the light DOM. */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  /** The clock for the "Neu" mark (epoch ms); the current time when unset. For tests and previews. */
  @property({ attribute: false }) now?: number;

  // The visitor's filters and paging; the filter bar (news-filters.ts) sets them, hence not private.
  /** @internal */
  @state() chosenCity = '';
  /** @internal */
  @state() chosenCategory = '';
  /** @internal */
  @state() chosenYear = '';
  /** @internal */
  @state() pages = 1;
  @state() private expanded: ReadonlySet<string> = new Set();

  private readonly ids = new Map<string, string>();

  constructor() {
    super();
    articlePart.warmUpOn(this, '.toggle');
  }

  protected override willUpdate(changed: PropertyValues): void {
    // A new setting from the webmaster starts the visitor's filters and paging afresh.
    if (changed.has('city') || changed.has('category') || changed.has('layout')) {
      if (changed.has('city')) this.chosenCity = '';
      this.chosenCategory = '';
      this.chosenYear = '';
      this.pages = 1;
    }
    super.willUpdate(changed);
  }

  protected override parts(): LazyPart[] {
    const parts = super.parts();
    if (this.filters) parts.push(filtersPart);
    if (this.kiosk || this.expanded.size > 0) parts.push(articlePart);
    if (this.activeLayout === 'timeline') parts.push(timelinePart);
    return parts;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // For search engines, not visitors: content does not wait for the JSON-LD writer.
    const schema = this.structuredData && this.view ? schemaPart.valueFor(this) : undefined;
    if (schema && this.view) {
      schema.writeNewsJsonLd(this, this.view.items, this.language);
    } else if (!this.structuredData) {
      // The JSON-LD script structured-data.ts wrote, when the attribute was removed.
      this.querySelector(':scope > script[data-sonnec-jsonld]')?.remove();
    }
  }

  private get activeLayout(): NewsLayout {
    const layout = this.layout?.trim().toLowerCase() as NewsLayout;
    return NEWS_LAYOUTS.includes(layout) ? layout : 'list';
  }

  private get activePageSize(): number {
    const size = Math.floor(this.pageSize);
    return Number.isFinite(size) && size > 0 ? size : DEFAULT_PAGE_SIZE;
  }

  protected select(feed: Feed): NewsView {
    const layout = this.activeLayout;
    const allowed = baseItems(feed.news, this.cityFilter(), this.categoryFilter());
    const city = this.chosenCity as CityId | '';
    const year = Number(this.chosenYear);
    const selection = selectNews(allowed, {
      layout,
      city: city || undefined,
      categories: this.chosenCategory ? [this.chosenCategory] : [],
      year: this.chosenYear && Number.isInteger(year) ? year : undefined,
      limit: this.limit,
      shown: this.pages * this.activePageSize,
    });
    return {
      count: selection.total,
      layout,
      items: selection.items,
      allowed,
    };
  }

  protected announce(view: NewsView, lang: Lang): string {
    const t = messages[lang];
    if (view.count === 0) {
      // Only the filter bar filters, so its text is there when `filtered` is true.
      return (this.filtered && filtersPart.value?.emptyFiltered(lang)) || t.empty;
    }
    return view.items.length < view.count
      ? t.countShown(view.count, view.items.length)
      : t.count(view.count);
  }

  /** @internal */
  get filtered(): boolean {
    return Boolean(this.chosenCity || this.chosenCategory || this.chosenYear);
  }

  protected override fallbackWhenEmpty(): boolean {
    return !this.filtered;
  }

  protected renderView(view: NewsView, lang: Lang): TemplateResult {
    const bar =
      (this.filters &&
        filtersPart.value?.newsFilters(this, view, lang, Boolean(this.cityFilter()))) ||
      nothing;
    if (view.count === 0) {
      return html`${bar}${this.renderEmpty(this.announce(view, lang))}`;
    }
    const ctx = this.itemContext(lang);
    // Loaded before the timeline shows (see `parts`); a list only if it failed to load.
    const timeline = view.layout === 'timeline' ? timelinePart.value : undefined;
    const body = timeline ? timeline.newsTimeline(view.items, ctx) : this.renderList(view, ctx);
    return html`
      ${bar} ${body}
      ${
        view.layout === 'teaser'
          ? nothing
          : loadMore(view.items.length, view.count, lang, () => this.showMore())
      }
    `;
  }

  private renderList(view: NewsView, ctx: NewsItemContext): TemplateResult {
    return html`<ul class="items ${view.layout}" part="list" role="list">
      ${view.items.map((item) => newsItem(item, ctx))}
    </ul>`;
  }

  /** Clears the visitor's filters, paging and opened articles (see `SonnecElement.reset`). */
  override reset(): void {
    this.chosenCity = this.chosenCategory = this.chosenYear = '';
    this.pages = 1;
    if (this.expanded.size > 0) this.expanded = new Set();
  }

  /** Shows the next page, then moves focus to the first new item's title. */
  private async showMore(): Promise<void> {
    const before = this.view?.items.length ?? 0;
    this.pages++;
    await this.updateComplete;
    const first = this.view?.items[before];
    if (first) this.renderRoot.querySelector<HTMLElement>(`#${this.idFor(first)}-title`)?.focus();
  }

  private itemContext(lang: Lang): NewsItemContext {
    return {
      lang,
      now: this.now ?? Date.now(),
      headingLevel: Math.round(this.headingLevel) || 2,
      idFor: (item) => this.idFor(item),
      isExpanded: (item) => this.expanded.has(item.id),
      toggle: (item) => this.toggle(item),
      opened: (item) => emit(this, 'sonnec-select', { item }),
      kiosk: this.kiosk,
      imageAllowed: (src) => this.imageAllowed(src),
      imageOrigins: this.imageOrigins(),
      article: articlePart.value,
      articleFailed: articlePart.failed,
    };
  }

  /** An id unique in this shadow root for a feed id (which may hold any character). */
  private idFor(item: NewsItem): string {
    let id = this.ids.get(item.id);
    if (!id) this.ids.set(item.id, (id = `news-${this.ids.size + 1}`));
    return id;
  }

  private toggle(item: NewsItem): void {
    const next = new Set(this.expanded);
    if (next.delete(item.id)) {
      this.expanded = next;
      return;
    }
    next.add(item.id);
    this.expanded = next;
    emit(this, 'sonnec-select', { item });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sonnec-news': SonnecNews;
  }
}

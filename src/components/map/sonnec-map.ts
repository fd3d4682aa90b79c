import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from '../../internal/decorators.js';
import type { CityId, Feed } from '../../feed/types.js';
import { hasSeries } from '../../feed/has-series.js';
import { systemClock, type Clock } from '../../internal/clock.js';
import type { Lang } from '../../internal/i18n.js';
import { LazyPart } from '../../internal/lazy-part.js';
import { NEAR_PX } from '../../internal/near.js';
import { nowConverter } from '../../internal/now-attribute.js';
import { SonnecElement } from '../../internal/sonnec-element.js';
import type { DrawnMap } from './map-drawing.js';
import type { OpeningView } from './map-item.js';
import type { MapOpening } from './map-opening.js';
import { placeList } from './map-list.js';
import { selectMapItems, type MapSelection } from './map-query.js';
import type { MapItem, MapState } from './map-types.js';
import { messages } from './map.messages.js';
import { mapStyles } from './sonnec-map.styles.js';

export type { MapState };

/** The filter bar, for maps with `filters`. */
const filtersPart = new LazyPart(() => import('./map-filters.js'));
/** Upcoming events as items with their date line, for maps with `show-events`. */
const eventsPart = new LazyPart(() => import('./map-events.js'));
/** The RRULE expander, for maps with `show-events` whose feed has a series. */
const recurrencePart = new LazyPart(() => import('../../feed/recurrence.js'));
/** Opening hours (holidays, states, phrases): only for feeds with a place that has them. */
const openingPart = new LazyPart(() => import('./map-opening.js'));
/** Leaflet with our drawing on it: loaded when the map comes near the viewport. */
const leafletPart = new LazyPart(() => import('./map-drawing.js'));

/**
 * The interactive map of the region: places and (with `show-events`) upcoming events, with a
 * list of the same items as an accessible alternative. Private by default: until the visitor
 * agrees, no tile server is contacted and the map is drawn from our own data (town areas,
 * state border, markers). Leaflet loads only when the map comes near the viewport.
 *
 * @tagname sonnec-map
 * @summary Map of the region with places and events, a synchronized list, and a consent gate for tiles.
 *
 * @fires sonnec-load - The feed is loaded; `detail.count` is the number of places shown; `detail.staleSince` (epoch ms) is set when the last good copy is shown instead of a fresh feed (kiosk, `offline-cache`).
 * @fires sonnec-error - The feed failed; `detail` has `kind` and the translated `message`.
 * @fires sonnec-select - A place was chosen (its popup opened, or its link followed); `detail.item` is the place or event.
 *
 * @slot - Fallback content (e.g. a link to a map page), shown before the script runs, while the feed takes more than 3 s, and when it fails.
 *
 * @csspart base - The wrapper of everything.
 * @csspart filter - The filter bar (with `filters`).
 * @csspart views - The "Karte" and "Liste" buttons.
 * @csspart map - The map itself.
 * @csspart consent - The panel that offers to load the detailed map.
 * @csspart legend - The legend below the map.
 * @csspart list - The list of places.
 * @csspart item - One place in the list.
 * @csspart title - A place's name in the list.
 * @csspart meta - Kind, town and date of a place.
 * @csspart opening - A place's opening state ("Jetzt geöffnet · bis 17 Uhr").
 * @csspart opening-hours - A place's weekly opening hours (list view and popup).
 * @csspart image - A place's image (list view and popup).
 * @csspart notice - Polite notes about the map (tiles unavailable, map failed).
 * @csspart error - The error panel.
 * @csspart empty - The empty panel ("Zurzeit sind keine Orte vorhanden.").
 *
 * @cssprop [--sonnec-accent=#005a87] - Links, buttons, selected list item.
 * @cssprop [--sonnec-map-height=420px] - Height of the map.
 * @cssprop [--sonnec-map-border=#3b3f45] - Colour of the state border line.
 * @cssprop [--sonnec-city-sonneberg=#0b5d3b] - Sonneberg's area and badge.
 * @cssprop [--sonnec-city-neustadt=#7a2e0e] - Neustadt's area and badge.
 */
export class SonnecMap extends SonnecElement<MapSelection> {
  static override styles = [...SonnecElement.styles, mapStyles];

  /** Tile URL template (Leaflet syntax). Default: OpenStreetMap's tile servers. */
  @property({ reflect: true }) tiles = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

  /** Attribution of the tiles, as plain text. Default: "© OpenStreetMap-Mitwirkende" with a link. */
  @property({ reflect: true }) attribution?: string;

  /** The deepest zoom level the tile server has (e.g. 14 for a small set of local tiles): beyond it the map enlarges its tiles, and a place chosen in the list is shown at most this close. */
  @property({ type: Number, reflect: true, attribute: 'tiles-max-zoom' }) tilesMaxZoom?: number;

  /** `granted`: the webmaster vouches for the tiles (e.g. self-hosted); no consent is asked. */
  @property({ reflect: true }) consent?: string;

  /** Remembers the visitor's consent across visits (in localStorage); otherwise it lasts for this page only. */
  @property({ type: Boolean, reflect: true, attribute: 'remember-consent' }) rememberConsent =
    false;

  /** The clock (ISO date-time in Berlin or epoch ms) for `show-events` and opening hours, for previews and tests. Default: now. */
  @property({ converter: nowConverter }) now?: number;

  /** The clock behind the opening-hours timer (without `now`); tests pass a fake one. */
  @property({ attribute: false }) clock: Clock = systemClock;

  /** Also shows upcoming events that have coordinates. */
  @property({ type: Boolean, reflect: true, attribute: 'show-events' }) showEvents = false;

  /** Shows kind and town filters to the visitor; they apply to map and list alike. */
  @property({ type: Boolean, reflect: true }) filters = false;

  /** Start view `lat,lon` instead of fitting all markers. */
  @property({ reflect: true }) center?: string;

  /** Start zoom level (with or without `center`). */
  @property({ type: Number, reflect: true }) zoom?: number;

  /** `map` (default) or `list`: what shows first. The visitor can switch. */
  @property({ reflect: true, attribute: 'view' }) startView: 'map' | 'list' = 'map';

  /** Where the map itself is: `idle` (not near the viewport yet), `loading`, `ready`, `failed`. Read-only. */
  @property({ reflect: true, attribute: 'map-state' }) mapState: MapState = 'idle';

  @state() private chosenView: 'map' | 'list' | undefined;
  // The visitor's filters, set by the filter bar (map-filters.ts), hence not private.
  /** @internal */
  @state() chosenKind = '';
  /** @internal */
  @state() chosenCity = '';
  /** @internal `now`: only places open now (the filter bar's "Jetzt geöffnet"). */
  @state() chosenOpen = '';

  // Shared with the drawn map (map-drawing.ts, loaded with Leaflet), hence not private.
  /** @internal The key of the place whose popup is open. */
  @state() selectedKey: string | undefined;
  /** @internal */
  @state() tilesFailed = false;
  /** @internal The drawn map, once Leaflet is there. */
  mapView: DrawnMap | undefined;
  /** @internal The lazily loaded map UI (consent, legend, tiles); see map-stage.ts. */
  stage: typeof import('./map-stage.js') | undefined;
  /** @internal A place to open once the map is shown (see `showOnMap`). */
  pendingOpen: string | undefined;
  /** @internal The list entry a popup was opened from (see `showOnMap`). */
  returnFocus: HTMLElement | undefined;
  /** @internal Pictures from hosts the webmaster allowed (`imageAllowed`), for list and popups. */
  readonly allowImage = (src: string): boolean => this.imageAllowed(src);
  /** Watches, from connection on, for the widget to come near the viewport. */
  private nearObserver: IntersectionObserver | undefined;
  /** The widget has come near the viewport since it was connected: its map may be drawn. */
  private near = false;
  /** Opening hours (their watch and timer), once their part is loaded; see `hours`. */
  private openingHours: MapOpening | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.near = false;
    this.nearObserver?.disconnect();
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        if (this.nearObserver === observer) this.nearObserver = undefined;
        this.near = true;
        // A map in view starts loading Leaflet at once, beside its feed: the map's container
        // exists only once the feed is there.
        if (this.activeView === 'map') leafletPart.load().catch(() => {});
        this.drawIfNear();
      },
      { rootMargin: `${NEAR_PX}px` },
    );
    observer.observe(this);
    this.nearObserver = observer;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.nearObserver?.disconnect();
    this.nearObserver = undefined;
    this.near = false;
    this.openingHours?.stop();
    this.openingHours = undefined;
    this.mapView?.destroy();
    this.mapView = undefined;
    if (this.mapState !== 'failed') this.mapState = 'idle';
  }

  private get activeView(): 'map' | 'list' {
    return (this.chosenView ?? this.startView) === 'list' ? 'list' : 'map';
  }

  protected override parts(): LazyPart[] {
    const parts = super.parts();
    if (this.filters) parts.push(filtersPart);
    if (this.showEvents) parts.push(eventsPart);
    if (this.hasOpeningHours()) parts.push(openingPart);
    return parts;
  }

  protected override feedParts(feed: Feed): LazyPart[] {
    return this.showEvents && hasSeries(feed) ? [recurrencePart] : [];
  }

  private askingFeed = false;
  /**
   * True when the feed has a place with opening hours. Reading the feed may ask `parts()`
   * again (a feed already in the store shows once the parts are loaded): that inner call
   * answers without it.
   * @internal
   */
  hasOpeningHours(): boolean {
    if (this.askingFeed) return false;
    this.askingFeed = true;
    try {
      return this.feedController.feed?.places.some((p) => p.openingHours) ?? false;
    } finally {
      this.askingFeed = false;
    }
  }

  /** Opening hours, once their part is loaded (see map-opening.ts). */
  private hours(): MapOpening | undefined {
    const part = openingPart.value;
    return part && (this.openingHours ??= new part.MapOpening(this));
  }

  /** @internal Renders opening hours at the current time, once their part is loaded. */
  openingView(lang: Lang): OpeningView | undefined {
    return this.hours()?.view(lang);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('startView')) this.chosenView = undefined;
    if (changed.has('tiles')) this.tilesFailed = false;
    super.willUpdate(changed);
  }

  protected select(feed: Feed, lang: Lang): MapSelection {
    const city = (this.chosenCity || this.cityFilter()) as CityId | undefined;
    return selectMapItems(feed, {
      lang,
      city,
      kinds: this.chosenKind ? [this.chosenKind] : this.categoryFilter(),
      // Both loaded with `show-events` before content shows (see `parts`, `feedParts`).
      events: this.showEvents
        ? eventsPart.value?.upcomingEvents(
            feed.events,
            this.now ?? Date.now(),
            recurrencePart.value?.expandOccurrences,
          )
        : undefined,
      limit: this.limit,
      // Nothing is open while opening hours still load.
      keep: this.chosenOpen === 'now' ? (this.hours()?.openNow() ?? (() => false)) : undefined,
    });
  }

  protected announce(view: MapSelection, lang: Lang): string {
    const t = messages[lang];
    // "Museum …: Öffnet morgen um 10 Uhr" for each shown place whose state changed.
    const changes = this.openingHours?.changes(view.items, lang);
    if (changes) return changes;
    return view.count > 0 ? t.count(view.count) : this.filtered ? t.noMatch : t.empty;
  }

  /** @internal */
  get filtered(): boolean {
    return Boolean(this.chosenKind || this.chosenCity || this.chosenOpen);
  }

  /** The empty panel and the fallback content, rather than a map with nothing on it. */
  protected override fallbackWhenEmpty(view: MapSelection): boolean {
    return view.count === 0 && !this.filtered && view.kinds.length === 0;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const container = this.renderRoot.querySelector<HTMLElement>('.map');
    if (this.mapView && this.mapView.container !== container) {
      this.mapView.destroy();
      this.mapView = undefined;
      this.mapState = 'idle';
    }
    this.drawIfNear();
    if (this.mapView) this.syncMap();
    // Each place's opening state now, and a timer for the next change.
    this.openingHours?.stop();
    if (this.view) this.hours()?.note(this.feedController.feed?.places ?? []);
  }

  /** Draws the map once the widget is near the viewport and shows its map (not its list). */
  private drawIfNear(): void {
    if (!this.near || this.activeView !== 'map' || this.mapState !== 'idle') return;
    const container = this.renderRoot.querySelector<HTMLElement>('.map');
    if (!container || !this.isConnected) return;
    this.mapState = 'loading';
    leafletPart
      .load()
      .then((drawing) => drawing.draw(this, container))
      .catch((error: unknown) => {
        console.warn('[sonnec] <sonnec-map>: the map could not be loaded.', error);
        this.mapState = 'failed';
      });
  }

  /** @internal Brings markers and tiles in line with the current items, filters and consent. */
  syncMap(): void {
    this.mapView!.sync(
      this.view?.items ?? [],
      [this.chosenKind, this.chosenCity, this.chosenOpen].join('\n'),
    );
  }

  /**
   * Clears what the visitor changed: filters, map/list view, the open popup, the list's scroll
   * position; the map fits all markers again (see `SonnecElement.reset`). Consent is the page's:
   * the kiosk withdraws it with `revokeAllConsent`.
   */
  override reset(): void {
    this.chosenKind = this.chosenCity = this.chosenOpen = '';
    this.chosenView = undefined;
    this.selectedKey = this.pendingOpen = undefined;
    this.tilesFailed = false;
    this.mapView?.reset(); // the next sync fits the view to all markers again
    const list = this.renderRoot.querySelector<HTMLElement>('.list');
    if (list) list.scrollTop = 0;
    this.requestUpdate();
  }

  /** Shows an item on the map: switches to the map view if need be, pans there and opens its popup. */
  showOnMap(key: string): void {
    // Chosen in the list: closing the popup (Escape) brings the visitor back to that entry.
    const active = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    this.returnFocus =
      active instanceof HTMLElement && active.closest('.list') ? active : undefined;
    if (this.mapView && this.activeView === 'map') this.mapView.open(key, this.returnFocus);
    else {
      // Once the map is shown (and, if need be, loaded), `syncMap` opens it.
      this.chosenView = 'map';
      this.pendingOpen = key;
      this.requestUpdate();
    }
  }

  protected renderView(view: MapSelection, lang: Lang): TemplateResult {
    const t = messages[lang];
    if (this.fallbackWhenEmpty(view)) return this.renderEmpty(t.empty);
    const listView = this.activeView === 'list';
    return html`
      <div class="toolbar">
        ${(this.filters && filtersPart.value?.mapFilters(this, view.kinds, lang)) || nothing}
        <div class="views" part="views" role="group" aria-label=${t.views}>
          ${(['map', 'list'] as const).map(
            (v) =>
              html`<button
                type="button"
                class="button secondary"
                aria-pressed=${this.activeView === v ? 'true' : 'false'}
                @click=${() => (this.chosenView = v)}
              >
                ${v === 'map' ? t.mapView : t.listView}
              </button>`,
          )}
        </div>
      </div>
      <div class="layout ${listView ? 'list-only' : ''}">
        <div class="stage" ?hidden=${listView}>
          <div class="frame">
            <div class="map" part="map" role="region" aria-label=${t.label}></div>
            ${
              this.mapState === 'loading' || this.mapState === 'idle'
                ? html`<p class="map-status" aria-hidden="true">${t.mapLoading}</p>`
                : nothing
            }
          </div>
          <p class="notice" part="notice" role="status">
            ${
              this.mapState === 'failed'
                ? t.mapFailed
                : this.tilesFailed
                  ? this.stage?.stageMessages[lang].tilesFailed
                  : ''
            }
          </p>
          ${this.stage?.renderStage(this, view.items, lang) ?? nothing}
        </div>
        ${placeList(this, view, lang, listView)}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sonnec-map': SonnecMap;
  }
}

export type { MapItem };

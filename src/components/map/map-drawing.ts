/**
 * The drawn map of one `<sonnec-map>`, loaded with Leaflet: creates the Leaflet view, keeps its
 * markers and tiles in line with the element's items and consent, and opens the popup of a place
 * chosen in the list. Everything here runs only once the map is drawn, so it stays out of the
 * element's own chunk (sonnec-map.ts keeps what the list, the toolbar and the fallback need).
 */
import { emit } from '../../internal/events.js';
import type { Lang } from '../../internal/i18n.js';
import { createMapView, type MapView } from './leaflet-view.js';
import type { OpeningView } from './map-item.js';
import * as stage from './map-stage.js';
import type { MapItem, MapState } from './map-types.js';
import { messages } from './map.messages.js';

/** What the drawn map reads from and tells its element (`SonnecMap`'s internal members). */
export interface MapHost extends HTMLElement, stage.TileSettings {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly language: Lang;
  readonly center?: string | undefined;
  readonly zoom?: number | undefined;
  readonly kiosk: boolean;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
  /** The map UI that needs Leaflet's chunk (consent panel, legend), set once it is there. */
  stage: typeof stage | undefined;
  /** The key of the place whose popup is open. */
  selectedKey: string | undefined;
  tilesFailed: boolean;
  /** A place to open once the map is drawn, and the list entry it was chosen from. */
  pendingOpen: string | undefined;
  returnFocus: HTMLElement | undefined;
  readonly allowImage: (src: string) => boolean;
  openingView(lang: Lang): OpeningView | undefined;
  mapState: MapState;
  mapView: DrawnMap | undefined;
  /** Calls `sync` with the element's items and filters. */
  syncMap(): void;
}

/**
 * Draws the map of `host` in `container` and syncs it; or drops it when the element left the
 * page, or drew its map elsewhere, while Leaflet loaded.
 */
export function draw(host: MapHost, container: HTMLElement): void {
  const drawn = new DrawnMap(host, container);
  if (!host.isConnected || host.renderRoot.querySelector('.map') !== container) {
    drawn.destroy();
    return;
  }
  host.mapView = drawn;
  host.mapState = 'ready';
  host.syncMap();
}

/** One element's Leaflet map, with what it last drew. */
export class DrawnMap {
  readonly view: MapView;
  /** The keys of the items drawn, and the visitor's filters then (see `sync`). */
  private drawnItems = '';
  private drawnFilters = '';
  private readonly stopConsent: () => void;

  constructor(
    private readonly host: MapHost,
    container: HTMLElement,
  ) {
    const lang = host.language;
    host.stage = stage;
    this.view = createMapView(host.renderRoot as ShadowRoot, container, {
      lang,
      t: messages[lang],
      center: host.center,
      zoom: host.zoom,
      onOpen: (item) => {
        host.selectedKey = item.key;
        this.scrollListTo(item.key);
        emit(host, 'sonnec-select', { item: item.item });
      },
      onClose: (item) => {
        if (host.selectedKey === item.key) host.selectedKey = undefined;
      },
      onTileError: () => (host.tilesFailed = true),
      kiosk: host.kiosk,
      imageAllowed: host.allowImage,
      opening: () => host.openingView(lang),
    });
    // The consent panel and the tiles follow every change of consent.
    this.stopConsent = stage.onConsentChange(() => host.requestUpdate());
    stage.watchConsentButtons(host);
  }

  /** The Leaflet map. */
  get map(): MapView['map'] {
    return this.view.map;
  }

  get container(): HTMLElement {
    return this.view.container;
  }

  /**
   * Brings markers and tiles in line with `items` and consent; cheap when nothing changed.
   * `filters` are the visitor's: when they change, the view fits what is left.
   */
  sync(items: readonly MapItem[], filters: string): void {
    const { host, view } = this;
    const signature = items.map((i) => i.key).join('\n');
    if (signature !== this.drawnItems) {
      const first = this.drawnItems === '';
      const filtered = filters !== this.drawnFilters;
      this.drawnItems = signature;
      this.drawnFilters = filters;
      view.setItems(items, first ? 'start' : filtered ? 'items' : 'keep');
    }
    view.setTiles(stage.tileSource(host, host.language));
    if (host.pendingOpen) {
      const key = host.pendingOpen;
      host.pendingOpen = undefined;
      // After this update: opening a popup changes state (the selected list item).
      const back = host.returnFocus;
      void host.updateComplete.then(() => host.mapView?.open(key, back));
    }
  }

  /** Closes the popup; the next `sync` fits the view to all markers again, as on the first view. */
  reset(): void {
    this.view.map.closePopup();
    this.drawnItems = '';
  }

  open(key: string, returnTo?: HTMLElement): void {
    this.view.open(key, returnTo);
  }

  destroy(): void {
    this.stopConsent();
    this.view.destroy();
  }

  private scrollListTo(key: string): void {
    const list = this.host.renderRoot.querySelector<HTMLElement>('.list');
    const item = list?.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    if (list && item && list.scrollHeight > list.clientHeight) {
      list.scrollTop = item.offsetTop - list.clientHeight / 3;
    }
  }
}

/**
 * The Leaflet side of `<sonnec-map>`, loaded only when a map comes near the viewport. It draws
 * the schematic map (boundaries, state border, markers; no tiles) and adds a tile layer only when
 * the element says so. It knows nothing of the feed or of consent: the element decides.
 */
import type * as Leaflet from 'leaflet';
import { html, render } from 'lit';
import { localText, textLang, type Lang } from '../../internal/i18n.js';
import { leafletKit, type LeafletKit } from './leaflet-loader.js';
import { itemDetails, itemMeta, kindLabel, type OpeningView } from './map-item.js';
import { drawSchematic, labelsInView, REGION_BOUNDS } from './schematic-layer.js';
import { kindStyle } from './map-kinds.js';
import type { LatLon, MapItem } from './map-types.js';
import type { MapMessages } from './map.messages.js';
import * as stage from './map-stage.js';
import type { TileSource } from './map-stage.js';

export { stage };
import { leafletViewStyles } from './leaflet-view.styles.js';

export interface MapViewOptions {
  readonly lang: Lang;
  readonly t: MapMessages;
  /** The element's `center`, `lat,lon`; anything else fits the view to the markers. */
  readonly center?: string | undefined;
  readonly zoom?: number;
  /** A marker's popup opened (by click, Enter or `open()`). */
  readonly onOpen: (item: MapItem) => void;
  readonly onClose: (item: MapItem) => void;
  /** The first tile of the current tile layer failed to load. */
  readonly onTileError: () => void;
  /** Kiosk mode: popups show a QR code instead of a link. */
  readonly kiosk?: boolean;
  /** False for pictures from hosts the webmaster did not allow (third-party requests). */
  readonly imageAllowed?: (src: string) => boolean;
  /** Opening hours of places at the time a popup opens, once their part is loaded. */
  readonly opening?: () => OpeningView | undefined;
}

/** A marker with its item, and the list entry its popup was opened from (see `MapView.open`). */
type SonnecMarker = Leaflet.Marker & { sonnecItem?: MapItem; sonnecReturn?: HTMLElement };

/** `lat,lon` as two finite numbers, else undefined. */
function parseCenter(value: string | undefined): LatLon | undefined {
  const [lat, lon] = value ? value.split(',').map(Number) : [];
  return lat !== undefined && lon !== undefined && Number.isFinite(lat) && Number.isFinite(lon)
    ? [lat, lon]
    : undefined;
}

/** A place chosen in the list is shown this close: streets around it, not one flat colour. */
const CHOSEN_ZOOM = 16;

/** Creates a map in `container` (inside `root`). */
export function createMapView(
  root: ShadowRoot,
  container: HTMLElement,
  options: MapViewOptions,
): MapView {
  const kit = leafletKit();
  adoptCss(root, kit);
  return new MapView(kit, container, options);
}

function adoptCss(root: ShadowRoot, kit: LeafletKit): void {
  const sheets = [kit.css.styleSheet, leafletViewStyles.styleSheet];
  if (sheets[0] && sheets[1]) {
    // Leaflet's first, so that the element's styles win; the map's own overrides last.
    const [leaflet, ours] = sheets;
    if (!root.adoptedStyleSheets.includes(leaflet))
      root.adoptedStyleSheets = [leaflet, ...root.adoptedStyleSheets, ours];
  } else if (!root.querySelector('style[data-leaflet]')) {
    const style = document.createElement('style');
    style.dataset.leaflet = '';
    style.textContent = kit.css.cssText;
    root.prepend(style);
    root.append(
      Object.assign(document.createElement('style'), { textContent: leafletViewStyles.cssText }),
    );
  }
}

/** An icon's content: a glyph for the eye, a name for screen readers (text, never markup). */
function iconContent(glyph: string, name: string): HTMLElement {
  const icon = document.createElement('span');
  const visible = document.createElement('span');
  visible.textContent = glyph;
  visible.setAttribute('aria-hidden', 'true');
  const label = document.createElement('span');
  label.className = 'visually-hidden';
  label.textContent = name;
  icon.append(visible, label);
  return icon;
}

export class MapView {
  readonly map: Leaflet.Map;
  private readonly L: LeafletKit['L'];
  private readonly markers = new Map<string, Leaflet.Marker>();
  /** A MarkerClusterGroup, or a plain FeatureGroup when clustering is unavailable. */
  private readonly group: Leaflet.FeatureGroup &
    Partial<Pick<Leaflet.MarkerClusterGroup, 'addLayers' | 'getVisibleParent'>>;
  private tileLayer: Leaflet.TileLayer | undefined;
  private tileUrl: string | undefined;
  /** The deepest zoom level the tile server has (beyond it Leaflet enlarges its tiles). */
  private tileMaxZoom: number | undefined;
  private readonly resize: ResizeObserver;
  private fitted = false;
  /** The towns' names on the schematic map. */
  private readonly labels: Leaflet.Tooltip[];
  private openItem: MapItem | undefined;

  constructor(
    kit: LeafletKit,
    readonly container: HTMLElement,
    private readonly options: MapViewOptions,
  ) {
    const { L } = kit;
    this.L = L;
    const s = stage.stageMessages[options.lang];
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const map = (this.map = L.map(container, {
      zoomControl: false,
      attributionControl: false,
      scrollWheelZoom: false,
      fadeAnimation: !still,
      zoomAnimation: !still,
      markerZoomAnimation: !still,
      minZoom: 8,
      maxZoom: 18,
      // Quarter steps: a first view fitted to whole zoom levels may fill only a third of a wide map.
      zoomSnap: 0.25,
    }));
    L.control.zoom({ zoomInTitle: s.zoomIn, zoomOutTitle: s.zoomOut }).addTo(map);
    L.control.attribution({ prefix: '<a href="https://leafletjs.com">Leaflet</a>' }).addTo(map);

    // No scroll trap: the wheel zooms only while the map has focus (a click focuses it too).
    map.on('focus', () => map.scrollWheelZoom.enable());
    map.on('blur', () => map.scrollWheelZoom.disable());

    this.labels = drawSchematic(L, map, options.lang);

    this.group = kit.cluster
      ? L.markerClusterGroup({
          showCoverageOnHover: false,
          animate: false,
          maxClusterRadius: 36,
          spiderfyOnMaxZoom: true,
          iconCreateFunction: (cluster) => {
            const n = cluster.getChildCount();
            return L.divIcon({
              html: iconContent(String(n), s.cluster(n)),
              className: 'cluster',
              // A kiosk is used by finger: 48 px touch targets, like its markers.
              iconSize: this.options.kiosk ? [48, 48] : [40, 40],
            });
          },
        })
      : L.featureGroup();
    this.group.addTo(map);

    map.on('popupopen', (e) => this.popupOpened(e.popup));
    map.on('popupclose', (e) => this.popupClosed(e.popup));
    // Escape closes the popup wherever focus is in the map (Leaflet listens only while the map
    // container itself had focus, not when focus went from a marker into the popup).
    container.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.openItem) {
        e.stopPropagation();
        map.closePopup();
      }
    });

    // Leaflet's role=button elements (markers, clusters, zoom, popup close) answer Enter only:
    // a button answers Space too (WCAG 2.1.1). Its <a> buttons would scroll the page instead.
    container.addEventListener('keydown', (e) => {
      const target = e.composedPath()[0];
      if (e.key !== ' ' || !(target instanceof HTMLElement)) return;
      if (target.getAttribute('role') !== 'button' || target.localName === 'button') return;
      e.preventDefault();
      if (!e.repeat) target.click();
    });

    this.resize = new ResizeObserver(() => map.invalidateSize({ pan: false }));
    this.resize.observe(container);
    map.fitBounds(REGION_BOUNDS);
  }

  /**
   * Replaces the markers. `fit`: 'start' shows both towns and every marker (the first view),
   * 'items' fits the view to the markers (what a filter left), 'keep' leaves the view as it is.
   */
  setItems(items: readonly MapItem[], fit: 'start' | 'items' | 'keep' = 'keep'): void {
    const { L } = this;
    const { lang, t } = this.options;
    this.map.closePopup();
    this.group.clearLayers();
    this.markers.clear();
    // A kiosk is used by finger: its markers are 48 px touch targets.
    const size = this.options.kiosk ? 48 : 32;
    const markers = items.map((item) => {
      const style = kindStyle(item.kind);
      const name = localText(item.name, lang);
      const icon = iconContent(style.glyph, `${name} (${kindLabel(item.kind, t)})`);
      icon.style.setProperty('--_kind', style.color);
      const marker = L.marker([item.lat, item.lon], {
        icon: L.divIcon({
          html: icon,
          className: 'marker',
          iconSize: [size, size],
          iconAnchor: [size / 2, size / 2],
          popupAnchor: [0, -14],
        }),
        keyboard: true,
        riseOnHover: true,
      });
      marker.bindPopup(
        () => {
          fitPopup(marker.getPopup()!, this.map);
          return this.popupContent(item);
        },
        { maxWidth: 280, autoPanPadding: [24, 24] },
      );
      (marker as SonnecMarker).sonnecItem = item;
      this.markers.set(item.key, marker);
      return marker;
    });
    // Fit first, then cluster once at the final zoom (no cluster animation on start).
    if (!this.fitted || fit !== 'keep') this.fit(items, fit === 'items');
    // Clustering works best when markers arrive together.
    if (this.group.addLayers) this.group.addLayers(markers);
    else for (const marker of markers) this.group.addLayer(marker);
  }

  private fit(items: readonly MapItem[], itemsOnly: boolean): void {
    this.fitted = true;
    const { zoom } = this.options;
    const center = parseCenter(this.options.center);
    if (center) {
      this.map.setView(center as [number, number], zoom ?? 13, { animate: false });
      return;
    }
    const bounds = this.L.latLngBounds(items.map((i) => [i.lat, i.lon] as [number, number]));
    // The places fill the view (a region's places include both town centres; the towns' whole
    // municipal areas, forests up to the ridge, would leave them a third of a wide map); with
    // fewer than two places to fit at the start, both towns' areas are the view.
    if ((!itemsOnly && items.length < 2) || !items.length)
      bounds.extend(this.L.latLngBounds(REGION_BOUNDS));
    // No animation: the first view should simply be there.
    this.map.fitBounds(bounds, { ...this.clearOfControls(bounds), maxZoom: 15, animate: false });
    if (zoom !== undefined) this.map.setZoom(zoom, { animate: false });
    if (!itemsOnly) labelsInView(this.map, this.labels);
  }

  /**
   * Padding that keeps every marker (and cluster) clear of the zoom buttons in the top left
   * corner and the attribution in the bottom right: the markers go beside the buttons or below
   * them, whichever lets them fill more of the map. Measured, as the controls' size depends on
   * the kiosk's touch targets and the text size.
   */
  private clearOfControls(bounds: Leaflet.LatLngBounds): Leaflet.FitBoundsOptions {
    const { L, container } = this;
    const frame = container.getBoundingClientRect();
    const box = (selector: string) => container.querySelector(selector)?.getBoundingClientRect();
    const zoom = box('.leaflet-control-zoom');
    const credit = box('.leaflet-control-attribution');
    // Half the largest icon (a cluster: 40 px, 48 in a kiosk) and a small gap.
    const edge = (this.options.kiosk ? 24 : 20) + 6;
    const bottomRight = L.point(edge, edge + (credit ? frame.bottom - credit.top : 0));
    const beside = L.point(edge + (zoom ? zoom.right - frame.left : 0), edge);
    const below = L.point(edge, edge + (zoom ? zoom.bottom - frame.top : 0));
    const fill = (topLeft: Leaflet.Point) =>
      this.map.getBoundsZoom(bounds, false, topLeft.add(bottomRight));
    const paddingTopLeft = fill(below) > fill(beside) ? below : beside;
    return { paddingTopLeft, paddingBottomRight: bottomRight };
  }

  private popupContent(item: MapItem): HTMLElement {
    const { lang, t } = this.options;
    const opening = this.options.opening?.();
    const content = document.createElement('div');
    content.className = 'popup';
    content.tabIndex = -1;
    render(
      html`<p class="popup-title" lang=${textLang(item.name, lang) ?? lang}>
          <strong>${localText(item.name, lang)}</strong>
        </p>
        ${itemMeta(item, lang, t, opening)}
        ${itemDetails(item, lang, t, this.options.kiosk, this.options.imageAllowed, opening)}`,
      content,
    );
    return content;
  }

  private popupOpened(popup: Leaflet.Popup): void {
    const marker = (popup as unknown as { _source?: SonnecMarker })._source;
    const element = popup.getElement();
    element
      ?.querySelector('.leaflet-popup-close-button')
      ?.setAttribute('aria-label', stage.stageMessages[this.options.lang].close);
    // Keyboard and screen-reader users continue inside the popup; Escape brings them back.
    element?.querySelector<HTMLElement>('.popup')?.focus({ preventScroll: true });
    // A picture that arrives after opening makes the popup taller (upwards, past the map's top
    // edge): lay it out and pan again (`update` does both), so it stays wholly in view.
    for (const image of element?.querySelectorAll('img') ?? [])
      if (!image.complete) image.addEventListener('load', () => popup.update(), { once: true });
    this.openItem = marker?.sonnecItem;
    if (marker?.sonnecItem) this.options.onOpen(marker.sonnecItem);
  }

  private popupClosed(popup: Leaflet.Popup): void {
    const marker = (popup as unknown as { _source?: SonnecMarker })._source;
    const root = this.container.getRootNode() as ShadowRoot;
    const active = root.activeElement;
    const back = marker?.sonnecReturn?.isConnected ? marker.sonnecReturn : undefined;
    if (marker) marker.sonnecReturn = undefined;
    if (!active || popup.getElement()?.contains(active)) {
      // Back where the visitor came from: the list entry, else the marker.
      (back ?? marker?.getElement() ?? this.container).focus({ preventScroll: true });
    }
    if (this.openItem === marker?.sonnecItem) this.openItem = undefined;
    if (marker?.sonnecItem) this.options.onClose(marker.sonnecItem);
  }

  /**
   * Pans to an item's marker (out of its cluster if need be) and opens its popup. `returnTo`
   * (the list entry it was chosen from) gets focus back when the popup closes.
   */
  open(key: string, returnTo?: HTMLElement): void {
    const marker = this.markers.get(key) as
      (SonnecMarker & { __parent?: Leaflet.MarkerCluster & { _zoom: number } }) | undefined;
    if (!marker) return;
    marker.sonnecReturn = returnTo;
    const { map } = this;
    map.invalidateSize({ pan: false }); // it may just have been shown
    const { group } = this;
    // Close enough to see the place and its streets, no closer than the tiles go; a cluster
    // that still holds it there is spread.
    const zoom = Math.min(CHOSEN_ZOOM, map.getMaxZoom(), this.tileMaxZoom ?? Infinity);
    map.setView(marker.getLatLng(), zoom, { animate: false });
    if (marker.__parent && group.getVisibleParent?.(marker) !== marker) marker.__parent.spiderfy();
    if (marker.isPopupOpen()) this.popupOpened(marker.getPopup()!);
    else marker.openPopup();
  }

  /** Shows tiles from `source`, or none (the schematic map alone). */
  setTiles(source: TileSource | undefined): void {
    if (source?.url === this.tileUrl) return;
    this.tileLayer?.remove();
    this.tileLayer = undefined;
    this.tileUrl = source?.url;
    this.tileMaxZoom = source?.maxZoom;
    if (!source) return;
    const layer = this.L.tileLayer(source.url, {
      attribution: source.attribution,
      maxZoom: 19,
      ...(source.maxZoom === undefined ? {} : { maxNativeZoom: source.maxZoom }),
      className: 'tiles',
    });
    layer.once('tileerror', () => this.options.onTileError());
    this.tileLayer = layer.addTo(this.map);
  }

  destroy(): void {
    this.resize.disconnect();
    this.map.off();
    // Leaflet 1.9 finishes a running zoom animation on a timer, even after remove(): stop it.
    (this.map as unknown as { _animatingZoom: boolean })._animatingZoom = false;
    this.map.remove();
    this.markers.clear();
  }
}

/**
 * Keeps a popup inside its map, however narrow (WCAG 1.4.10 at 320 px, also with text spacing):
 * Leaflet sizes it before showing, and scrolls its content beyond `maxHeight`. The margins leave
 * room for the content's padding, the close button and the tip.
 */
function fitPopup(popup: Leaflet.Popup, map: Leaflet.Map): void {
  const { x, y } = map.getSize();
  popup.options.maxWidth = Math.max(100, Math.min(280, x - 64));
  popup.options.maxHeight = Math.max(100, y - 120);
}

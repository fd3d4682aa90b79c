/**
 * The parts of the map UI that matter only once the map is shown, loaded with Leaflet: the consent
 * panel (what is transferred to whom), the tile source it unlocks, and the legend. Keeping them
 * here keeps the element's own chunk small.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { grantConsent, hasConsent, revokeConsent } from '../../internal/consent.js';
import { common, type Lang } from '../../internal/i18n.js';
import { LazyPart } from '../../internal/lazy-part.js';
import { kindGlyph } from './map-item.js';
import { kindKey } from './map-kinds.js';
import type { MapItem } from './map-types.js';
import { messages, type MapMessages } from './map.messages.js';
import { stageMessages } from './map-stage.messages.js';

export { onConsentChange } from '../../internal/consent.js';
export { stageMessages };

export const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = { de: 'OpenStreetMap-Mitwirkende', en: 'OpenStreetMap contributors' };

/** What the element tells about its tiles. */
export interface TileSettings {
  readonly tiles: string;
  readonly attribution?: string;
  readonly consent?: string;
  readonly rememberConsent: boolean;
  /** The deepest zoom level the tile server has. */
  readonly tilesMaxZoom?: number | undefined;
}

export interface TileSource {
  readonly url: string;
  /** HTML for Leaflet's attribution control, built from trusted strings only. */
  readonly attribution: string;
  /** The deepest zoom level the tile server has, if the element was told. */
  readonly maxZoom?: number | undefined;
}

/** The host of a tile URL template, such as `tile.openstreetmap.org`. */
function tileHost(template: string): string {
  try {
    return new URL(template.replace(/\{s\}\./, '').replace(/\{[^}]*\}/g, '0'), location.href).host;
  } catch {
    return template;
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** One consent per tile server: every map on the page that uses it shares the visitor's answer. */
const purpose = (settings: TileSettings) => `map-tiles:${tileHost(settings.tiles || OSM_TILES)}`;

function allowed(settings: TileSettings): boolean {
  return settings.consent === 'granted' || hasConsent(purpose(settings), settings.rememberConsent);
}

/** The tiles to show now, or none: before consent, no request leaves for a tile server. */
export function tileSource(settings: TileSettings, lang: Lang): TileSource | undefined {
  if (!allowed(settings)) return undefined;
  const attribution = settings.attribution
    ? escapeHtml(settings.attribution)
    : `© <a href="https://www.openstreetmap.org/copyright">${OSM_ATTRIBUTION[lang]}</a>`;
  return { url: settings.tiles || OSM_TILES, attribution, maxZoom: settings.tilesMaxZoom };
}

/**
 * The focus hand-off, a chunk of its own: the map's Leaflet side does not wait for it. It loads
 * when a visitor points at or tabs to a consent button (see `watchConsentButtons`), so it is
 * there before the press; if not yet, it hands focus on once it is.
 */
const handOffPart = new LazyPart(() => import('../../internal/focus-handoff.js'));
const watched = new WeakSet<HTMLElement>();

/** Starts loading the focus hand-off when a visitor comes near `host`'s consent buttons. */
export function watchConsentButtons(host: HTMLElement): void {
  if (watched.has(host)) return;
  watched.add(host);
  handOffPart.warmUpOn(host, '.consent button');
}

/** "Detailkarte laden" and "ausblenden" replace each other: focus goes to the other one. */
function focusOnReplacement(e: Event): void {
  const button = e.currentTarget as HTMLElement;
  // Taken now: once the button is gone, it has no root to tell.
  const root = button.getRootNode() as ShadowRoot;
  handOffPart
    .load()
    .then(({ handOffFocus }) =>
      handOffFocus(button, () => root.querySelector<HTMLElement>('.consent button'), { root }),
    )
    .catch(() => {}); // without it, focus stays where the browser leaves it
}

/** The offer to load the detailed map, saying what is sent to whom; or the way to take it back. */
export function renderConsent(
  settings: TileSettings,
  lang: Lang,
  onRevoke: () => void,
): TemplateResult | typeof nothing {
  if (settings.consent === 'granted') return nothing;
  const s = stageMessages[lang];
  const key = purpose(settings);
  if (allowed(settings)) {
    return html`<p class="consent">
      <button
        type="button"
        class="button secondary"
        @click=${(e: Event) => {
          focusOnReplacement(e);
          onRevoke();
          revokeConsent(key);
        }}
      >
        ${s.hideTiles}
      </button>
    </p>`;
  }
  const host = tileHost(settings.tiles || OSM_TILES);
  const osm = host.endsWith('tile.openstreetmap.org');
  return html`<div class="consent panel" part="consent">
    <p>${s.schematic}</p>
    <p>
      ${s.transfer(osm ? s.osmProvider : s.otherProvider(host))}
      ${
        osm
          ? html`<a href="https://osmfoundation.org/wiki/Privacy_Policy" rel="noopener"
              >${s.privacy}</a
            >`
          : nothing
      }
    </p>
    <button
      type="button"
      class="button"
      @click=${(e: Event) => {
        focusOnReplacement(e);
        grantConsent(key, settings.rememberConsent);
      }}
    >
      ${s.loadTiles(osm ? 'OpenStreetMap' : host)}
    </button>
  </div>`;
}

/** The legend: each kind on the map, both town areas, and the state border. */
export function renderLegend(kinds: readonly string[], lang: Lang, t: MapMessages): TemplateResult {
  const s = stageMessages[lang];
  const cities = common[lang].cities;
  return html`<div class="legend" part="legend">
    <p class="legend-title" id="legend-title">${s.legend}</p>
    <ul role="list" aria-labelledby="legend-title">
      ${kinds.map((k) => html`<li>${kindGlyph(k)} ${t.kinds[k]}</li>`)}
      ${(['sonneberg', 'neustadt'] as const).map(
        (city) =>
          html`<li>
            <span class="area-sample ${city}" aria-hidden="true"></span> ${s.area(cities[city])}
          </li>`,
      )}
      <li><span class="border-sample" aria-hidden="true"></span> ${s.state}</li>
    </ul>
  </div>`;
}

/**
 * What shows below the drawn map: the consent panel (taking consent back clears the note that
 * tiles failed) and the legend of the kinds among `items`.
 */
export function renderStage(
  host: TileSettings & { tilesFailed: boolean },
  items: readonly MapItem[],
  lang: Lang,
): TemplateResult {
  return html`${renderConsent(host, lang, () => (host.tilesFailed = false))}
  ${renderLegend([...new Set(items.map((i) => kindKey(i.kind)))], lang, messages[lang])}`;
}

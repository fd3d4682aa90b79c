/**
 * The schematic map, drawn from our own data before any tile: both towns' areas, their shared
 * edge (the state border), and names on them: each town's, and its state's either side of the border.
 */
import type * as Leaflet from 'leaflet';
import { common, type Lang } from '../../internal/i18n.js';
import { regionShapes } from './region-shapes.js';
import { stageMessages } from './map-stage.messages.js';

/** Every point of both areas: the view that shows both towns. */
export const REGION_BOUNDS: [[number, number], [number, number]] = (() => {
  const points = regionShapes.cities.flatMap((c) => c.ring);
  const lats = points.map((p) => p[0]);
  const lons = points.map((p) => p[1]);
  return [
    [Math.min(...lats), Math.min(...lons)],
    [Math.max(...lats), Math.max(...lons)],
  ];
})();

/** Each town's side of the state border. */
const STATE = { sonneberg: 'thuringia', neustadt: 'bavaria' } as const;

/**
 * A town's name, and its state's below it: text only, centred on its point, never in the way of
 * a click or Tab. (The state names by the border itself would sit under the markers of both town
 * centres, which lie close to it.) A permanent tooltip rather than a marker: markers are what a
 * visitor can choose.
 */
function label(L: typeof Leaflet, at: readonly [number, number], town: string, state: string) {
  const content = document.createElement('span'); // text, never markup (no innerHTML)
  const [name, side] = [document.createElement('span'), document.createElement('span')];
  name.className = 'town';
  name.textContent = town;
  side.className = 'state';
  side.textContent = state;
  content.append(name, side);
  return L.tooltip({
    permanent: true,
    direction: 'center',
    interactive: false,
    className: 'area-label',
    pane: 'labels',
  })
    .setLatLng(at as [number, number])
    .setContent(content);
}

/**
 * Moves each town's name into the view when its point (the middle of the whole municipal area,
 * forests included) lies outside it: the first view fits the places, and a town's name belongs
 * on it. Towards the town's point, a fifth of the view inside its edge.
 */
export function labelsInView(map: Leaflet.Map, labels: readonly Leaflet.Tooltip[]): void {
  const view = map.getBounds().pad(-0.2);
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  regionShapes.cities.forEach((city, i) => {
    const [lat, lon] = city.label;
    labels[i]?.setLatLng([
      clamp(lat, view.getSouth(), view.getNorth()),
      clamp(lon, view.getWest(), view.getEast()),
    ]);
  });
}

/** Draws both towns' areas, the border and the names; returns the towns' name labels. */
export function drawSchematic(L: typeof Leaflet, map: Leaflet.Map, lang: Lang): Leaflet.Tooltip[] {
  const { attribution } = regionShapes;
  for (const city of regionShapes.cities) {
    L.polygon(city.ring as [number, number][], {
      className: `area ${city.id}`,
      interactive: false,
      attribution,
    }).addTo(map);
  }
  L.polyline(regionShapes.border as [number, number][], {
    className: 'state-border',
    interactive: false,
  }).addTo(map);

  // Names above areas and border, below markers and popups.
  map.createPane('labels').style.zIndex = '450';
  const s = stageMessages[lang];
  return regionShapes.cities.map((city) =>
    label(L, city.label, common[lang].cities[city.id], s[STATE[city.id]]).addTo(map),
  );
}

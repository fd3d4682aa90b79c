/**
 * The map's Leaflet side (Leaflet, the cluster plugin, their CSS, the region's shapes). The
 * drop-in loader imports this too for a `<sonnec-map>` that shows its map within the first screen:
 * Leaflet then comes with the widget's code, not one round trip after it. A map further down
 * loads it only when scrolled near (see sonnec-map.ts).
 */
import './sonnec-map.js'; // keeps the bundler's chunks as they are: the widget comes first
// Exported, not just imported: the bundler drops a bare import of a module without side
// effects, and the part would load one round trip later after all.
export * as view from '../components/map/map-drawing.js';

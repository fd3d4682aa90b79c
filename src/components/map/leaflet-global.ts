/**
 * Lends Leaflet.markercluster a global `L` while it loads. The plugin is of the old school: it
 * extends a global `L` as it loads and whenever it runs. Leaflet's ES module sets no global, and
 * its namespace object is frozen, so the plugin gets a mutable copy of ours.
 *
 * Module order does the work (ES modules run their imports in order): leaflet-loader imports this
 * module, then the plugin, then leaflet-global-restore.ts. Imported statically, the plugin is
 * requested together with Leaflet instead of one round trip after it.
 */
import * as leaflet from 'leaflet';

export type Leaflet = typeof import('leaflet');

const g = globalThis as unknown as Record<string, unknown>;

/** Our Leaflet, which the plugin extends with `markerClusterGroup`. */
export const ownLeaflet = { ...leaflet } as Leaflet;
/** The page's own global `L` (its Leaflet, or another copy of our bundle's), if it had one. */
export const pageL: unknown = g.L;
/** The page's `Leaflet` global, which the plugin's UMD wrapper writes to, if it had one. */
export const pageLeaflet = g.Leaflet as Record<string, unknown> | undefined;
/** What the page's `Leaflet.markercluster` held before the plugin's wrapper overwrote it. */
export const pageLeafletCluster: unknown = pageLeaflet?.markercluster;

g.L = ownLeaflet;

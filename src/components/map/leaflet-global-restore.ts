/**
 * Runs after Leaflet.markercluster has loaded (see leaflet-global.ts): gives the page back its own
 * `L` if it had one, and removes what the plugin's UMD wrapper left in the global scope.
 */
import { ownLeaflet, pageL, pageLeaflet, pageLeafletCluster } from './leaflet-global.js';

const g = globalThis as unknown as Record<string, unknown>;

/** Whether our Leaflet stays the global `L`, which the plugin calls whenever it runs. */
export const ownsGlobalL = pageL === undefined;

if (!ownsGlobalL) g.L = pageL;
if (pageLeaflet === undefined) delete g.Leaflet;
else if (pageLeafletCluster === undefined) delete pageLeaflet.markercluster;
else pageLeaflet.markercluster = pageLeafletCluster;

/** Clustering works only where the plugin finds our Leaflet as `L` when it runs. */
export const canCluster = ownsGlobalL && typeof ownLeaflet.markerClusterGroup === 'function';

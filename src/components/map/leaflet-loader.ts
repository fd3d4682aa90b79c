/**
 * Leaflet with Leaflet.markercluster and their CSS, set up once per page (shared on
 * `globalThis[Symbol.for('sonnec.leaflet.v1')]`, so two copies of our bundle set it up once).
 * All of it is imported statically, so the drop-in build requests it together with the map's
 * view code (scripts/parallel-imports.mjs), not one round trip after another.
 *
 * The plugin needs a global `L` (leaflet-global.ts). When the host page already has its own
 * Leaflet as `L`, we leave it alone and show markers without clustering.
 */
import { unsafeCSS, type CSSResult } from 'lit';
// In this order: lend the plugin our `L`, load the plugin, give the page back its globals.
import { ownLeaflet, type Leaflet } from './leaflet-global.js';
import 'leaflet.markercluster';
import { canCluster, ownsGlobalL } from './leaflet-global-restore.js';
import { leafletCss } from './leaflet-css.js';

export type { Leaflet };

export interface LeafletKit {
  readonly L: Leaflet;
  /** False when the page's own global `L` kept the cluster plugin from working. */
  readonly cluster: boolean;
  readonly css: CSSResult;
}

const KEY = Symbol.for('sonnec.leaflet.v1');
const g = globalThis as unknown as Record<PropertyKey, LeafletKit | undefined>;

// The copy of our code whose Leaflet became the global `L` shares its kit at once: a second
// copy on the page then draws with it (and clusters) instead of taking that `L` for the page's.
if (ownsGlobalL) g[KEY] ??= makeKit();

/** The page's kit: ours, or the one another copy of our bundle shared. */
export function leafletKit(): LeafletKit {
  return (g[KEY] ??= makeKit());
}

function makeKit(): LeafletKit {
  if (!ownsGlobalL) {
    console.warn(
      '[sonnec] <sonnec-map>: the page has its own Leaflet (`L`); markers are not clustered.',
    );
  }
  return { L: ownLeaflet, cluster: canCluster, css: unsafeCSS(leafletCss) };
}

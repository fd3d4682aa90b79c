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

export function loadLeaflet(): Promise<LeafletKit> {
  const g = globalThis as unknown as Record<PropertyKey, unknown>;
  return ((g[KEY] as Promise<LeafletKit> | undefined) ??= Promise.resolve(kit()));
}

function kit(): LeafletKit {
  if (!ownsGlobalL) {
    console.warn(
      '[sonnec] <sonnec-map>: the page has its own Leaflet (`L`); markers are not clustered.',
    );
  }
  return { L: ownLeaflet, cluster: canCluster, css: unsafeCSS(leafletCss) };
}

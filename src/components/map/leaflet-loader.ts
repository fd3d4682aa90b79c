/**
 * Leaflet with Leaflet.markercluster and their CSS, set up once per page (shared on
 * `globalThis[Symbol.for('sonnec.leaflet.v1')]`, so two copies of our bundle set it up once).
 * Leaflet and the CSS come with this module; the plugin loads when the kit is first asked for.
 *
 * Leaflet.markercluster is a plugin of the old school: it extends a global `L`, when it loads and
 * whenever it runs. Leaflet's ES module sets no global, and its namespace object is frozen, so we
 * give the plugin a mutable copy as `globalThis.L`. When the host page already has its own
 * Leaflet as `L`, we leave it alone and show markers without clustering.
 */
import * as leaflet from 'leaflet';
import { unsafeCSS, type CSSResult } from 'lit';
// Imported statically, not on demand: the drop-in build then requests Leaflet and its CSS
// together with this module (scripts/parallel-imports.mjs), not one round trip after it.
import { leafletCss } from './leaflet-css.js';

export type Leaflet = typeof import('leaflet');

export interface LeafletKit {
  readonly L: Leaflet;
  /** False when the page's own global `L` kept us from loading the cluster plugin. */
  readonly cluster: boolean;
  readonly css: CSSResult;
}

const KEY = Symbol.for('sonnec.leaflet.v1');

export function loadLeaflet(): Promise<LeafletKit> {
  const g = globalThis as unknown as Record<PropertyKey, unknown>;
  return ((g[KEY] as Promise<LeafletKit> | undefined) ??= load(g).catch((error: unknown) => {
    delete g[KEY]; // let a later map try again
    throw error;
  }));
}

async function load(g: Record<PropertyKey, unknown>): Promise<LeafletKit> {
  const L = { ...leaflet } as Leaflet;
  let cluster = false;
  if (g.L === undefined) {
    g.L = L;
    const hadLeafletGlobal = 'Leaflet' in g;
    // Only now: the plugin extends the global `L` as it loads.
    await import('leaflet.markercluster');
    if (!hadLeafletGlobal) delete g.Leaflet; // the plugin's UMD wrapper leaves it behind
    cluster = typeof L.markerClusterGroup === 'function';
  } else {
    console.warn(
      '[sonnec] <sonnec-map>: the page has its own Leaflet (`L`); markers are not clustered.',
    );
  }
  return { L, cluster, css: unsafeCSS(leafletCss) };
}

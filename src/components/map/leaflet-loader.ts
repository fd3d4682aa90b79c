/**
 * Loads Leaflet, Leaflet.markercluster and their CSS, once per page (shared on
 * `globalThis[Symbol.for('sonnec.leaflet.v1')]`, so two copies of our bundle load it once).
 *
 * Leaflet.markercluster is a plugin of the old school: it extends a global `L`, when it loads and
 * whenever it runs. Leaflet's ES module sets no global, and its namespace object is frozen, so we
 * give the plugin a mutable copy as `globalThis.L`. When the host page already has its own
 * Leaflet as `L`, we leave it alone and show markers without clustering.
 */
import { unsafeCSS, type CSSResult } from 'lit';

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
  const [leaflet, { leafletCss }] = await Promise.all([
    import('leaflet'),
    import('./leaflet-css.js'),
  ]);
  const L = { ...leaflet } as Leaflet;
  let cluster = false;
  if (g.L === undefined) {
    g.L = L;
    const hadLeafletGlobal = 'Leaflet' in g;
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

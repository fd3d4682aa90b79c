/** Helpers for the <sonnec-map> tests. */
import { fixture, html } from '@open-wc/testing';
import type { SonnecMap } from '../../../src/components/map/sonnec-map.js';
import { textOf, until } from '../../helpers/widgets.js';

export const MAP_FEED = '/test/fixtures/map-feed.json';

export function root(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

/** Waits until Leaflet has drawn the map. */
export async function mapReady(el: SonnecMap): Promise<void> {
  // The map loads only near the viewport; earlier fixtures of the same test may push it down.
  if (el.mapState === 'idle') el.scrollIntoView({ block: 'nearest' });
  await until(() => el.mapState === 'ready', `map of <${el.localName}> ready`, {
    timeout: 8000,
  });
  await el.updateComplete;
}

/** Visible single-place markers (not clusters). */
export function markerIcons(el: Element): HTMLElement[] {
  return [...root(el).querySelectorAll<HTMLElement>('.leaflet-marker-icon.marker')];
}

/** The number of places in each visible cluster. */
export function clusterCounts(el: Element): number[] {
  return [...root(el).querySelectorAll('.leaflet-marker-icon.cluster')].map((c) =>
    Number(c.querySelector('[aria-hidden]')!.textContent),
  );
}

export function listTitles(el: Element): string[] {
  return [...root(el).querySelectorAll('.list .title')].map(textOf);
}

export function popup(el: Element): HTMLElement | null {
  return root(el).querySelector<HTMLElement>('.leaflet-popup .popup');
}

export function tileImages(el: Element): HTMLImageElement[] {
  return [...root(el).querySelectorAll<HTMLImageElement>('img.leaflet-tile')];
}

let serial = 0;
/** A tile route of its own (counted apart) on the test runner's tile server. */
export function freshTiles(label: string): { name: string; url: string } {
  const name = `${label}-${Date.now()}-${serial++}`;
  return { name, url: `/__tiles/${name}/{z}/{x}/{y}.png` };
}

export async function tileCount(name: string): Promise<number> {
  const response = await fetch(`/__tiles-count/${name}`);
  return ((await response.json()) as { count: number }).count;
}

/** Forgets every consent of the page (and, unless told otherwise, of earlier "visits"). */
export function resetConsent({ keepStorage = false } = {}): void {
  const store = (globalThis as unknown as Record<symbol, { granted: Set<string> } | undefined>)[
    Symbol.for('sonnec.consent.v1')
  ];
  store?.granted.clear();
  if (!keepStorage) localStorage.clear();
}

/** A map 4,000 px below the top of the page: far from the viewport until scrolled to. */
export async function mapFarBelow(src = MAP_FEED): Promise<SonnecMap> {
  const holder = await fixture<HTMLElement>(html`
    <div>
      <div style="height: 4000px"></div>
      <sonnec-map src=${src}></sonnec-map>
    </div>
  `);
  return holder.querySelector<SonnecMap>('sonnec-map')!;
}

/**
 * The map with the keyboard alone: Space on every Leaflet button, and focus that comes back to
 * where the visitor was (list entry after Escape, consent buttons that replace each other).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys as press } from '@web/test-runner-commands';
import type * as L from 'leaflet';
import '../../../src/define/sonnec-map.js';
import type { SonnecMap } from '../../../src/components/map/sonnec-map.js';
import { clearFeedCache } from '../../../src/feed/store.js';
import {
  MAP_FEED,
  clusterCounts,
  mapReady,
  markerIcons,
  popup,
  resetConsent,
  root,
} from './map-helpers.js';

function leafletMap(el: SonnecMap): L.Map {
  return (el as unknown as { mapView: { map: L.Map } }).mapView.map;
}

describe('<sonnec-map> with the keyboard', () => {
  afterEach(() => {
    clearFeedCache();
    resetConsent();
  });

  it('Space activates markers, the popup close button and zoom, as Enter does', async () => {
    const el = await fixture<SonnecMap>(
      html`<sonnec-map src=${MAP_FEED} center="50.37,11.18" zoom="14"></sonnec-map>`,
    );
    await mapReady(el);
    const marker = markerIcons(el)[0]!;
    expect(marker.getAttribute('role')).to.equal('button');
    marker.focus();
    await press({ press: 'Space' });
    await waitUntil(() => popup(el), 'Space opens the popup');
    const close = root(el).querySelector<HTMLElement>('.leaflet-popup-close-button')!;
    expect(close.getAttribute('role')).to.equal('button');
    close.focus();
    await press({ press: 'Space' });
    await waitUntil(() => !popup(el), 'Space closes the popup');
    expect(root(el).activeElement).to.equal(marker);
    await expect(el).to.be.accessible();

    const map = leafletMap(el);
    const zoomIn = root(el).querySelector<HTMLElement>('.leaflet-control-zoom-in')!;
    expect(zoomIn.getAttribute('role')).to.equal('button');
    zoomIn.focus();
    let zoomed = new Promise((resolve) => map.once('zoomend', resolve));
    await press({ press: 'Space' });
    await zoomed;
    expect(map.getZoom(), 'Space zooms in').to.equal(15);
    root(el).querySelector<HTMLElement>('.leaflet-control-zoom-out')!.focus();
    zoomed = new Promise((resolve) => map.once('zoomend', resolve));
    await press({ press: 'Space' });
    await zoomed;
    expect(map.getZoom(), 'Space zooms out').to.equal(14);
    expect(scrollY, 'Space does not scroll the page').to.equal(0);
  });

  it('Space on a cluster spreads it, as a click does', async () => {
    const el = await fixture<SonnecMap>(html`<sonnec-map src=${MAP_FEED}></sonnec-map>`);
    await mapReady(el);
    expect(clusterCounts(el).length, 'the fixture starts with a cluster').to.be.greaterThan(0);
    const map = leafletMap(el);
    const zoom = map.getZoom();
    const cluster = root(el).querySelector<HTMLElement>('.leaflet-marker-icon.cluster')!;
    expect(cluster.getAttribute('role')).to.equal('button');
    cluster.focus();
    await press({ press: 'Space' });
    await waitUntil(() => map.getZoom() > zoom, 'Space zooms into the cluster');
  });
});

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
import { textOf } from '../../helpers/widgets.js';
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

  it('Escape in a popup opened from the list returns focus to that list entry', async () => {
    const el = await fixture<SonnecMap>(html`<sonnec-map src=${MAP_FEED}></sonnec-map>`);
    await mapReady(el);
    const entry = root(el).querySelector<HTMLElement>('[data-key="place:museum-nec"] .title')!;
    entry.focus();
    await press({ press: 'Enter' });
    await waitUntil(() => textOf(popup(el)).includes('Museum der'), 'the popup opens');
    expect(popup(el)!.contains(root(el).activeElement), 'focus is in the popup').to.be.true;
    // Axe measures contrast: after the popup's fade-in.
    const frame = root(el).querySelector('.leaflet-popup')!;
    await waitUntil(() => getComputedStyle(frame).opacity === '1', 'the popup has faded in');
    await expect(el).to.be.accessible();
    await press({ press: 'Escape' });
    await waitUntil(() => !popup(el), 'Escape closes the popup');
    expect(root(el).activeElement === entry, 'focus is back on the list entry').to.be.true;

    // From the list view too: the map shows, and Escape comes back to the entry.
    root(el).querySelectorAll<HTMLButtonElement>('[part="views"] button')[1]!.click();
    await el.updateComplete;
    const inList = root(el).querySelector<HTMLElement>('[data-key="place:sternwarte"] .title')!;
    inList.focus();
    await press({ press: 'Enter' });
    await waitUntil(() => textOf(popup(el)).includes('Sternwarte'), 'the popup opens');
    await press({ press: 'Escape' });
    await waitUntil(() => !popup(el), 'Escape closes the popup');
    expect(root(el).activeElement === inList, 'focus is back on the list entry').to.be.true;
  });
});

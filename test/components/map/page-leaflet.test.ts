/**
 * A host page with its own Leaflet as the global `L`: the map draws with ours, without
 * clustering, and leaves the page's `L` and `Leaflet` globals as they were.
 * One page per test file: the page's globals are set before the map's code loads.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/sonnec-map.js';
import type { SonnecMap } from '../../../src/components/map/sonnec-map.js';
import { clearFeedCache } from '../../../src/feed/store.js';
import { settled } from '../../helpers/widgets.js';
import { MAP_FEED, clusterCounts, mapReady, markerIcons } from './map-helpers.js';

const g = globalThis as unknown as Record<string, unknown>;
const pageL = { version: 'the page’s own' };
const pageLeaflet = { markercluster: 'the page’s own' };

describe('<sonnec-map> on a page with its own Leaflet', () => {
  let warnings: unknown[][];
  const warn = console.warn;

  before(() => {
    g.L = pageL;
    g.Leaflet = pageLeaflet;
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });

  after(() => {
    console.warn = warn;
    delete g.L;
    delete g.Leaflet;
    clearFeedCache();
  });

  it('draws every place as a marker, unclustered, and leaves the page’s globals alone', async () => {
    const el = await fixture<SonnecMap>(html`<sonnec-map src=${MAP_FEED}></sonnec-map>`);
    await settled(el);
    await mapReady(el);
    expect(clusterCounts(el), 'no clusters').to.deep.equal([]);
    expect(markerIcons(el).length).to.equal(7);
    expect(g.L, 'the page’s L').to.equal(pageL);
    expect(pageL, 'the page’s L is not extended').to.deep.equal({ version: 'the page’s own' });
    expect(g.Leaflet, 'the page’s Leaflet').to.equal(pageLeaflet);
    expect(pageLeaflet.markercluster).to.equal('the page’s own');
    const ours = warnings.filter((w) => String(w[0]).includes('own Leaflet'));
    expect(ours.length, 'one warning').to.equal(1);
  });
});

/**
 * When Leaflet's code loads: beside the feed for a map in view, never for a map far below the
 * fold or one that shows its list. One page per test file: the first tests see the module graph
 * before anything loaded.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/sonnec-map.js';
import type { SonnecMap } from '../../../src/components/map/sonnec-map.js';
import { clearFeedCache } from '../../../src/feed/store.js';
import { loaded, settled } from '../../helpers/widgets.js';
import { MAP_FEED, mapFarBelow, mapReady } from './map-helpers.js';

describe('<sonnec-map> loads Leaflet early only when in view', () => {
  afterEach(() => clearFeedCache());

  it('a map far below the fold loads no Leaflet code', async () => {
    await settled(await mapFarBelow());
    await aTimeout(200);
    expect(loaded('/leaflet-view.ts')).to.deep.equal([]);
    expect(loaded('leaflet-src')).to.deep.equal([]);
  });

  it('a map in view that starts as a list loads no Leaflet code', async () => {
    const list = await fixture<SonnecMap>(
      html`<sonnec-map src=${MAP_FEED} view="list"></sonnec-map>`,
    );
    await settled(list);
    await aTimeout(200);
    expect(list.shadowRoot!.querySelectorAll('.list [data-key]').length).to.be.greaterThan(0);
    expect(loaded('/leaflet-view.ts')).to.deep.equal([]);
    list.remove();
  });

  it('a map in view starts loading Leaflet while its feed is still on the way', async () => {
    const map = await fixture<SonnecMap>(html`<sonnec-map src="/__fault/slow/1500"></sonnec-map>`);
    await waitUntil(() => loaded('/leaflet-view.ts').length === 1, 'Leaflet not requested', {
      timeout: 1200,
    });
    expect(map.state, 'the feed has not arrived yet').to.equal('loading');
    await settled(map);
    await mapReady(map);
  });
});

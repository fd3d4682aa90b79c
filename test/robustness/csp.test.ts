/**
 * The widgets under a strict Content-Security-Policy with Trusted Types, as a careful CMS sends
 * it: test/fixtures/hostile-csp*.html are served with the policy of
 * test/server/hostile-routes.mjs (`trusted-types lit-html dompurify sonnec`, no inline styles).
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { SonnecMap } from '../../src/components/map/sonnec-map.js';

interface ProbeWindow extends Window {
  __violations: string[];
  __errors: string[];
}

/** The test pages' frames: removed after each test, also when it failed. */
const frames: HTMLIFrameElement[] = [];

async function open(url: string): Promise<{ win: ProbeWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frames.push(frame);
  frame.style.width = '1000px';
  frame.style.height = '2000px';
  frame.src = url;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { win: frame.contentWindow as ProbeWindow, doc: frame.contentDocument! };
}

const settledState = (el: Element) =>
  ['ready', 'empty', 'error'].includes(el.getAttribute('state') ?? '');

/** The RSS page's news widget, once settled. */
async function rssPage(query = ''): Promise<{ win: ProbeWindow; news: Element }> {
  const { win, doc } = await open(`/test/fixtures/hostile-csp-rss.html${query}`);
  const news = doc.querySelector('sonnec-news')!;
  await waitUntil(() => settledState(news), 'news settled', { timeout: 15_000 });
  return { win, news };
}

// Every test fails on any violation: nothing is tolerated.
describe('strict CSP with Trusted Types', function () {
  this.timeout(30_000);
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it('renders downloads, news (article open, JSON-LD) and events (dialog) without a violation', async () => {
    const { win, doc } = await open('/test/fixtures/hostile-csp.html');
    const widgets = [...doc.querySelectorAll('sonnec-downloads, sonnec-news, sonnec-events')];
    await waitUntil(() => widgets.every(settledState), 'widgets settled', { timeout: 15_000 });
    for (const w of widgets) expect(w.getAttribute('state'), w.localName).to.equal('ready');

    const news = doc.querySelector('sonnec-news')!;
    news.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!.click();
    await waitUntil(() => news.shadowRoot!.querySelector('.rich-text p'), 'article open', {
      timeout: 5000,
    });
    const events = doc.querySelector('sonnec-events')!;
    events.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="title"]')!.click();
    await waitUntil(() => events.shadowRoot!.querySelector('dialog')?.open, 'dialog open', {
      timeout: 5000,
    });
    await waitUntil(
      () => news.querySelector('script') && events.querySelector('script'),
      'JSON-LD written',
      { timeout: 5000 },
    );
    JSON.parse(news.querySelector('script')!.textContent!);
    await new Promise((r) => setTimeout(r, 100));
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('reads an RSS source with HTML entities (the XML parse and the entity reader through the sonnec policy)', async () => {
    const { win, news } = await rssPage();
    expect(news.getAttribute('state')).to.equal('ready');
    const titles = [...news.shadowRoot!.querySelectorAll('[part~="title"]')].map((t) =>
      t.textContent!.trim(),
    );
    expect(titles).to.deep.equal([
      'Sprechstunde im Bürgerbüro',
      'Straßenfest am Marktplatz – „Sonne & Mond“',
    ]);
    await new Promise((r) => setTimeout(r, 100));
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('says what to change when the page refuses the sonnec policy that RSS needs', async () => {
    const { win, news } = await rssPage('?trusted-types=without-sonnec');
    expect(news.getAttribute('state')).to.equal('error');
    const { error } = (news as unknown as { feedController: { error?: Error } }).feedController;
    expect(error?.message).to.match(/does not allow the policy "sonnec" \(add it: trusted-types/);
    // Only what the page refused: our policy's name, and the parses it was needed for (the
    // entity reader's, which falls back to the common names, and the XML's).
    const [policy, ...sinks] = win.__violations;
    expect(policy).to.equal('trusted-types: trusted-types-policy sonnec');
    expect(sinks.length).to.be.above(0);
    for (const sink of sinks) {
      expect(sink).to.match(
        /^require-trusted-types-for: trusted-types-sink DOMParser parseFromString\|/,
      );
    }
    expect(win.__errors).to.deep.equal([]);
  });

  it('draws the map (Leaflet, markers, clusters, areas, popup, zoom, tiles) without a violation', async () => {
    const { win, doc } = await open('/test/fixtures/hostile-csp-map.html');
    const maps = [...doc.querySelectorAll<SonnecMap>('sonnec-map')];
    await waitUntil(() => maps.every(settledState), 'maps settled', { timeout: 15_000 });
    // Leaflet loads when a map nears the viewport: bring each there.
    for (const map of maps) {
      map.scrollIntoView();
      await waitUntil(() => map.mapState !== 'idle', `${map.id} loading`, { timeout: 5000 });
    }
    await waitUntil(
      () => maps.every((m) => ['ready', 'failed'].includes(m.mapState)),
      'maps drawn or failed',
      { timeout: 10_000 },
    );
    for (const map of maps) {
      const root = map.shadowRoot!;
      expect(map.getAttribute('state'), map.id).to.equal('ready');
      expect(map.mapState, `${map.id}: Leaflet loaded under Trusted Types`).to.equal('ready');
      expect(root.querySelector('.map.leaflet-container'), map.id).to.exist;
      // Markers and clusters (DOM nodes given to DivIcon), the areas and border (SVG paths).
      // The first view shows both towns, where every place is in a cluster: look closer.
      (map as unknown as { mapView: { map: L.Map } }).mapView.map.setView([50.34, 11.15], 13, {
        animate: false,
      });
      expect(root.querySelectorAll('.leaflet-marker-icon.marker').length, map.id).to.be.above(0);
      expect(root.querySelectorAll('.leaflet-marker-icon.cluster').length, map.id).to.be.above(0);
      expect(root.querySelectorAll('svg path.area'), map.id).to.have.length(2);
      expect(root.querySelector('svg path.state-border'), map.id).to.exist;
      // Leaflet's own HTML strings, through the sonnec policy: zoom buttons and attribution.
      expect(root.querySelector('.leaflet-control-zoom-in [aria-hidden]')?.textContent).to.equal(
        '+',
      );
      const attribution = root.querySelector('.leaflet-control-attribution')!;
      expect(attribution.querySelector('a[href="https://leafletjs.com"]')).to.exist;
      expect(attribution.textContent).to.contain('© GeoBasis-DE / BKG 2017');
      // The kind glyphs take their colour through the CSSOM, not a style="" attribute.
      const glyph = root.querySelector<HTMLElement>('.list .glyph')!;
      expect(getComputedStyle(glyph).getPropertyValue('--_kind')).to.match(/^#[0-9a-f]{6}$/);
    }

    const [schematic, tiled] = maps as [SonnecMap, SonnecMap];
    expect(schematic.shadowRoot!.querySelector('img.leaflet-tile')).to.equal(null);
    const tiledRoot = tiled.shadowRoot!;
    await waitUntil(
      () => tiledRoot.querySelector('img.leaflet-tile.leaflet-tile-loaded'),
      'a tile from our server',
      { timeout: 5000 },
    );
    // The webmaster's attribution is text, even where it looks like markup.
    const attribution = tiledRoot.querySelector('.leaflet-control-attribution')!;
    expect(attribution.textContent).to.contain('Kacheln <Test> & Co');
    expect(attribution.querySelector('test')).to.equal(null);

    // A popup (content built as DOM nodes; its close button is Leaflet's string).
    tiled.showOnMap(tiled.shadowRoot!.querySelector<HTMLElement>('.list [data-key]')!.dataset.key!);
    await waitUntil(() => tiledRoot.querySelector('.leaflet-popup .popup'), 'popup open', {
      timeout: 5000,
    });
    const close = tiledRoot.querySelector('.leaflet-popup-close-button')!;
    expect(close.querySelector('[aria-hidden]')?.textContent).to.equal('×');

    await new Promise((r) => setTimeout(r, 100));
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });
});

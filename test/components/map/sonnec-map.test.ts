import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys as press } from '@web/test-runner-commands';
import '../../../src/define/sonnec-map.js';
import type { SonnecMap } from '../../../src/components/map/sonnec-map.js';
import { clearFeedCache } from '../../../src/feed/store.js';
import type { Place } from '../../../src/feed/types.js';
import { localText } from '../../../src/internal/i18n.js';
import { choose, feedUrl, settled, textOf } from '../../helpers/widgets.js';
import {
  mapFarBelow,
  MAP_FEED,
  clusterCounts,
  freshTiles,
  listTitles,
  mapReady,
  markerIcons,
  popup,
  resetConsent,
  root,
  tileCount,
  tileImages,
} from './map-helpers.js';

describe('<sonnec-map>', () => {
  afterEach(() => {
    clearFeedCache();
    resetConsent();
  });

  it('shows every place as a marker or in a cluster, fits them, and lists them', async () => {
    const el = await fixture<SonnecMap>(html`<sonnec-map src=${MAP_FEED}></sonnec-map>`);
    await mapReady(el);
    expect(el.state).to.equal('ready');
    expect(
      textOf(root(el).querySelector('[role="status"]')),
      'the first content is not announced',
    ).to.equal('');
    const markers = markerIcons(el).length;
    const clustered = clusterCounts(el).reduce((a, b) => a + b, 0);
    expect(clusterCounts(el).length, 'crowded markers are clustered').to.be.greaterThan(0);
    expect(markers + clustered).to.equal(7);
    expect(listTitles(el)).to.deep.equal([
      'Deutsches Spielzeugmuseum',
      'Gebrannte Brücke',
      'Marktplatz Neustadt',
      'Museum der Deutschen Spielzeugindustrie',
      'Rathaus Neustadt b. Coburg',
      'Stadtzentrum Sonneberg',
      'Sternwarte Sonneberg',
    ]);
    // Every marker has a name for screen readers and is reachable with Tab.
    for (const icon of markerIcons(el)) {
      expect(icon.getAttribute('tabindex')).to.equal('0');
      expect(icon.getAttribute('role')).to.equal('button');
      expect(textOf(icon)).to.match(/\(.+\)$/);
    }
    // The view fits all markers: each lies inside the map's bounds.
    const map = (el as unknown as { mapView: { map: L.Map } }).mapView.map;
    expect(map.getBounds().contains([50.3774, 11.1901])).to.be.true;
    expect(map.getBounds().contains([50.3229, 11.121])).to.be.true;
  });

  it('draws the schematic map from its own data: areas, state border, legend, attribution', async () => {
    const el = await fixture<SonnecMap>(html`<sonnec-map src=${MAP_FEED}></sonnec-map>`);
    await mapReady(el);
    expect(root(el).querySelectorAll('path.area')).to.have.length(2);
    expect(root(el).querySelectorAll('path.state-border')).to.have.length(1);
    expect(textOf(root(el).querySelector('.leaflet-control-attribution'))).to.contain(
      '© GeoBasis-DE / BKG 2017',
    );
    const legend = textOf(root(el).querySelector('[part="legend"]'));
    for (const label of ['Museum', 'Sehenswürdigkeit', 'Sternwarte', 'Information'])
      expect(legend).to.contain(label);
    expect(legend).to.contain('Landesgrenze Bayern – Thüringen');
    // Leaflet's CSS is adopted inside the shadow root.
    const pane = root(el).querySelector<HTMLElement>('.leaflet-map-pane')!;
    expect(getComputedStyle(pane).position).to.equal('absolute');
  });

  it('draws the state border and its legend sample in the border colour, light, dark and themed', async () => {
    const el = await fixture<HTMLElement>(html`
      <div>
        <sonnec-map src=${MAP_FEED}></sonnec-map>
        <sonnec-map src=${MAP_FEED} theme="dark"></sonnec-map>
        <sonnec-map src=${MAP_FEED} style="--sonnec-map-border: rgb(1, 2, 3)"></sonnec-map>
      </div>
    `);
    const maps = [...el.querySelectorAll('sonnec-map')] as SonnecMap[];
    const colours = [];
    for (const map of maps) {
      await mapReady(map);
      const line = root(map).querySelector('path.state-border')!;
      const sample = root(map).querySelector('.border-sample')!;
      colours.push([getComputedStyle(line).stroke, getComputedStyle(sample).borderTopColor]);
    }
    expect(colours).to.deep.equal([
      ['rgb(59, 63, 69)', 'rgb(59, 63, 69)'],
      ['rgb(232, 234, 237)', 'rgb(232, 234, 237)'],
      ['rgb(1, 2, 3)', 'rgb(1, 2, 3)'],
    ]);
  });

  it('requests no tile before consent, not even from OpenStreetMap', async () => {
    const tiles = freshTiles('gate');
    const el = await fixture<SonnecMap>(html`
      <div>
        <sonnec-map src=${MAP_FEED} tiles=${tiles.url}></sonnec-map>
        <sonnec-map src=${MAP_FEED}></sonnec-map>
      </div>
    `);
    const [local, osm] = [...el.querySelectorAll('sonnec-map')] as SonnecMap[];
    await mapReady(local!);
    await mapReady(osm!);
    await aTimeout(300);
    expect(await tileCount(tiles.name)).to.equal(0);
    expect(tileImages(local!)).to.have.length(0);
    expect(tileImages(osm!)).to.have.length(0);
    const requested = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requested.filter((url) => /openstreetmap|\/__tiles\//.test(url))).to.deep.equal([]);
    const consent = root(osm!).querySelector('[part="consent"]')!;
    expect(textOf(consent)).to.contain('IP-Adresse');
    expect(textOf(consent)).to.contain('OpenStreetMap Foundation');
    expect(textOf(consent.querySelector('button'))).to.equal('Detailkarte laden (OpenStreetMap)');
    expect(textOf(root(local!).querySelector('[part="consent"] button'))).to.match(
      /^Detailkarte laden \(localhost:\d+\)$/,
    );
    await expect(osm).to.be.accessible();
    expect(localStorage.length).to.equal(0);
    expect(document.cookie).to.equal('');
  });

  it('loads tiles from the configured server once the visitor agrees, on every map of the page', async () => {
    const tiles = freshTiles('granted');
    const el = await fixture<SonnecMap>(html`
      <div>
        <sonnec-map src=${MAP_FEED} tiles=${tiles.url} attribution="© Testkacheln"></sonnec-map>
        <sonnec-map src=${MAP_FEED} tiles=${tiles.url} view="list"></sonnec-map>
      </div>
    `);
    const [first, second] = [...el.querySelectorAll('sonnec-map')] as SonnecMap[];
    await mapReady(first!);
    root(first!).querySelector<HTMLButtonElement>('[part="consent"] button')!.click();
    await waitUntil(() => tileImages(first!).some((img) => img.complete && img.naturalWidth > 0));
    expect(await tileCount(tiles.name)).to.be.greaterThan(0);
    expect(textOf(root(first!).querySelector('.leaflet-control-attribution'))).to.contain(
      '© Testkacheln',
    );
    expect(root(first!).querySelector('[part="consent"]')).to.equal(null);
    expect(textOf(root(first!).querySelector('.consent button'))).to.equal(
      'Detailkarte ausblenden',
    );
    // The second map, shown later, needs no second "yes".
    root(second!).querySelectorAll<HTMLButtonElement>('[part="views"] button')[0]!.click();
    await mapReady(second!);
    await waitUntil(() => tileImages(second!).length > 0, 'second map loads tiles');
    expect(root(second!).querySelector('[part="consent"]')).to.equal(null);
    expect(localStorage.length, 'nothing remembered without remember-consent').to.equal(0);

    // Withdrawing is as easy as agreeing, and applies to both maps.
    root(first!).querySelector<HTMLButtonElement>('.consent button')!.click();
    await waitUntil(() => tileImages(first!).length === 0 && tileImages(second!).length === 0);
    expect(root(second!).querySelector('[part="consent"]')).to.not.equal(null);
  });

  it('remembers consent in localStorage only with remember-consent', async () => {
    localStorage.clear();
    const tiles = freshTiles('remember');
    const el = await fixture<SonnecMap>(
      html`<sonnec-map src=${MAP_FEED} tiles=${tiles.url} remember-consent></sonnec-map>`,
    );
    await mapReady(el);
    expect(localStorage.length).to.equal(0);
    root(el).querySelector<HTMLButtonElement>('[part="consent"] button')!.click();
    await el.updateComplete;
    expect(localStorage.length).to.equal(1);
    expect(localStorage.key(0)).to.match(/^sonnec\.consent\.map-tiles:localhost:\d+$/);
    expect(localStorage.getItem(localStorage.key(0)!)).to.equal('granted');

    // A later visit: a fresh page (here: a fresh in-memory store) reads it back.
    resetConsent({ keepStorage: true });
    const again = await fixture<SonnecMap>(
      html`<sonnec-map src=${MAP_FEED} tiles=${tiles.url} remember-consent></sonnec-map>`,
    );
    await mapReady(again);
    await waitUntil(() => tileImages(again).length > 0);
    root(again).querySelector<HTMLButtonElement>('.consent button')!.click();
    await again.updateComplete;
    expect(localStorage.length, 'withdrawing forgets').to.equal(0);
  });

  it('loads self-hosted tiles without asking when the webmaster says consent="granted"', async () => {
    const tiles = freshTiles('self');
    const el = await fixture<SonnecMap>(
      html`<sonnec-map src=${MAP_FEED} tiles=${tiles.url} consent="granted"></sonnec-map>`,
    );
    await mapReady(el);
    await waitUntil(() => tileImages(el).length > 0);
    expect(root(el).querySelector('[part="consent"], .consent')).to.equal(null);
    expect(localStorage.length).to.equal(0);
  });

  it('says once, politely, when tiles fail, and markers and list keep working', async () => {
    const el = await fixture<SonnecMap>(
      html`<sonnec-map
        src=${MAP_FEED}
        tiles="/__tiles/404/{z}/{x}/{y}.png"
        consent="granted"
      ></sonnec-map>`,
    );
    await mapReady(el);
    const notice = root(el).querySelector('[part="notice"]')!;
    await waitUntil(() => textOf(notice) !== '', 'the notice appears');
    expect(notice.getAttribute('role')).to.equal('status');
    expect(textOf(notice)).to.equal(
      'Die Detailkarte ist gerade nicht erreichbar. Orte, Karte und Liste funktionieren weiterhin.',
    );
    expect(root(el).querySelectorAll('[role="alert"]')).to.have.length(0);
    const map = (el as unknown as { mapView: { map: L.Map } }).mapView.map;
    map.setZoom(map.getZoom() + 1);
    await aTimeout(300);
    expect(textOf(root(el).querySelector('[part="notice"]'))).to.equal(textOf(notice));
    expect(markerIcons(el).length + clusterCounts(el).length).to.be.greaterThan(0);
    expect(listTitles(el)).to.have.length(7);
  });

  it('keeps list and map in sync, and fires sonnec-select', async () => {
    const el = await fixture<SonnecMap>(html`<sonnec-map src=${MAP_FEED}></sonnec-map>`);
    await mapReady(el);
    // From the map: clicking a marker highlights its list entry. (The first view shows both
    // towns whole, where places crowd into clusters: look closer at Sonneberg first.)
    const map = (el as unknown as { mapView: { map: L.Map } }).mapView.map;
    map.setView([50.37, 11.18], 14, { animate: false });
    await waitUntil(() => markerIcons(el).length, 'single markers');
    const marker = markerIcons(el)[0]!;
    const name = textOf(marker.querySelector('.visually-hidden')).replace(/ \(.*$/, '');
    const selected = oneEvent(el, 'sonnec-select');
    marker.click();
    expect(localText(((await selected).detail.item as Place).name, 'de')).to.equal(name);
    await el.updateComplete;
    const current = root(el).querySelectorAll('.item[aria-current="true"]');
    expect(current).to.have.length(1);
    expect(textOf(current[0]!.querySelector('.title'))).to.equal(name);
    expect(textOf(popup(el))).to.contain(name);

    // From the list: a clustered place is zoomed to and opened.
    const again = oneEvent(el, 'sonnec-select');
    const title = [...root(el).querySelectorAll<HTMLButtonElement>('.list .title')].find(
      (b) => textOf(b) === 'Museum der Deutschen Spielzeugindustrie',
    )!;
    title.click();
    expect(((await again).detail.item as { id: string }).id).to.equal('museum-nec');
    await waitUntil(() => textOf(popup(el)).includes('Museum der'), 'the popup opens');
    expect(textOf(popup(el))).to.contain('Hindenburgplatz 1');
    await el.updateComplete;
    expect(root(el).querySelectorAll('.item[aria-current="true"]')).to.have.length(1);
    expect(
      root(el).querySelector('[data-key="place:museum-nec"]')!.getAttribute('aria-current'),
    ).to.equal('true');

    root(el).querySelector<HTMLButtonElement>('[data-key="place:sternwarte"] .title')!.click();
    await waitUntil(() => textOf(popup(el)).includes('Sternwarte'), 'the next popup opens');
    expect(textOf(popup(el))).to.contain('Gegründet 1925');
    expect(popup(el)!.querySelector('img')!.getAttribute('alt')).to.equal('Kuppel der Sternwarte');
    expect(popup(el)!.querySelector('a')!.getAttribute('href')).to.equal(
      'https://example.org/sternwarte',
    );
  });

  it('switches between map and list with a pressed-button pair; the list view is a full alternative', async () => {
    const el = await fixture<SonnecMap>(html`<sonnec-map src=${MAP_FEED}></sonnec-map>`);
    await mapReady(el);
    const [mapButton, listButton] =
      root(el).querySelectorAll<HTMLButtonElement>('[part="views"] button');
    expect(textOf(mapButton)).to.equal('Karte');
    expect(mapButton!.getAttribute('aria-pressed')).to.equal('true');
    listButton!.click();
    await el.updateComplete;
    expect(listButton!.getAttribute('aria-pressed')).to.equal('true');
    expect(mapButton!.getAttribute('aria-pressed')).to.equal('false');
    expect(root(el).querySelector<HTMLElement>('.stage')!.hidden).to.be.true;
    const list = root(el).querySelector('[part="list"]')!;
    expect(textOf(list)).to.contain('Sternwartestraße 32');
    expect(textOf(list)).to.contain('Gegründet 1925');
    expect(list.querySelector('a')!.textContent).to.contain('Mehr erfahren');
    await expect(el).to.be.accessible();

    // Choosing a place in the list view shows it on the map.
    list.querySelector<HTMLButtonElement>('[data-key="place:sternwarte"] .title')!.click();
    await waitUntil(() => popup(el));
    expect(mapButton!.getAttribute('aria-pressed')).to.equal('true');
    expect(textOf(popup(el))).to.contain('Sternwarte Sonneberg');
  });

  it('filters by kind and town, on map and list alike', async () => {
    const el = await fixture<SonnecMap>(html`<sonnec-map src=${MAP_FEED} filters></sonnec-map>`);
    await mapReady(el);
    const [kind] = root(el).querySelectorAll<HTMLSelectElement>('[part="filter"] select');
    expect(root(el).querySelector('[part="filter"]')!.getAttribute('aria-label')).to.equal(
      'Orte filtern',
    );
    expect([...kind!.labels].map((l) => textOf(l))).to.deep.equal(['Art']);
    expect([...kind!.options].map((o) => o.textContent!.trim())).to.deep.equal([
      'Alle',
      'Museum',
      'Sehenswürdigkeit',
      'Information',
      'Sternwarte',
    ]);
    await choose(el, 'kind', 'museum');
    expect(listTitles(el)).to.deep.equal([
      'Deutsches Spielzeugmuseum',
      'Museum der Deutschen Spielzeugindustrie',
    ]);
    expect(markerIcons(el).length + clusterCounts(el).reduce((a, b) => a + b, 0)).to.equal(2);
    await choose(el, 'city', 'neustadt');
    expect(listTitles(el)).to.deep.equal(['Museum der Deutschen Spielzeugindustrie']);
    expect(markerIcons(el)).to.have.length(1);
    expect(textOf(root(el).querySelector('[role="status"]'))).to.equal('1 Ort');
    await expect(el).to.be.accessible();
    expect(textOf(root(el).querySelector('.reset'))).to.equal('Filter zurücksetzen');
    root(el).querySelector<HTMLButtonElement>('.reset')!.click();
    await el.updateComplete;
    expect(listTitles(el)).to.have.length(7);
  });

  it('labels its filters in English', async () => {
    const el = await fixture<SonnecMap>(
      html`<sonnec-map src=${MAP_FEED} lang="en" filters view="list"></sonnec-map>`,
    );
    await settled(el);
    const bar = root(el).querySelector('[part="filter"]')!;
    expect(bar.getAttribute('aria-label')).to.equal('Filter places');
    const [kind, city] = bar.querySelectorAll('select');
    expect([...kind!.labels, ...city!.labels].map((l) => textOf(l))).to.deep.equal([
      'Kind',
      'Town',
    ]);
    expect([...kind!.options].map((o) => o.textContent!.trim())).to.include.members([
      'All',
      'Museum',
      'Observatory',
    ]);
    await choose(el, 'city', 'neustadt');
    expect(textOf(root(el).querySelector('.reset'))).to.equal('Reset filters');
  });

  it('works with the keyboard: Tab to a marker, Enter opens, Escape closes and returns', async () => {
    const el = await fixture<SonnecMap>(
      html`<sonnec-map src=${MAP_FEED} center="50.37,11.18" zoom="14"></sonnec-map>`,
    );
    await mapReady(el);
    let active: Element | null = null;
    for (let i = 0; i < 12 && !active?.classList.contains('marker'); i++) {
      await press({ press: 'Tab' });
      active = root(el).activeElement;
    }
    expect(active?.classList.contains('marker'), 'a marker has focus').to.be.true;
    const name = textOf(active!.querySelector('.visually-hidden')).replace(/ \(.*$/, '');
    await press({ press: 'Enter' });
    await waitUntil(() => popup(el), 'Enter opens the popup');
    expect(textOf(popup(el))).to.contain(name);
    expect(popup(el)!.contains(root(el).activeElement), 'focus moves into the popup').to.be.true;
    await press({ press: 'Escape' });
    await waitUntil(() => !popup(el), 'Escape closes the popup');
    expect(root(el).activeElement).to.equal(active);
  });

  it('lets the page scroll past it: the wheel zooms only once the map has focus', async () => {
    const el = await fixture<SonnecMap>(html`<sonnec-map src=${MAP_FEED}></sonnec-map>`);
    await mapReady(el);
    const map = (el as unknown as { mapView: { map: L.Map } }).mapView.map;
    expect(map.scrollWheelZoom.enabled()).to.be.false;
    root(el).querySelector<HTMLElement>('.map')!.focus();
    expect(map.scrollWheelZoom.enabled()).to.be.true;
    root(el).querySelector<HTMLButtonElement>('[part="views"] button')!.focus();
    expect(map.scrollWheelZoom.enabled()).to.be.false;
  });

  it('honours center and zoom', async () => {
    const el = await fixture<SonnecMap>(
      html`<sonnec-map src=${MAP_FEED} center="50.3575,11.1756" zoom="15"></sonnec-map>`,
    );
    await mapReady(el);
    const map = (el as unknown as { mapView: { map: L.Map } }).mapView.map;
    expect(map.getZoom()).to.equal(15);
    expect(map.getCenter().lat).to.be.closeTo(50.3575, 0.001);
  });

  it('shows upcoming events with coordinates, with date and time in Berlin', async () => {
    const el = await fixture<SonnecMap>(
      html`<sonnec-map
        src=${MAP_FEED}
        show-events
        view="list"
        now="2026-12-04T18:24"
      ></sonnec-map>`,
    );
    await settled(el);
    expect(listTitles(el)).to.include('Öffentliche Beobachtung');
    expect(listTitles(el)).to.not.include('Längst vorbei');
    expect(listTitles(el)).to.not.include('Ohne Koordinaten');
    const item = root(el).querySelector('[data-key="event:beobachtung"]')!;
    expect(textOf(item)).to.contain('Veranstaltung');
    expect(textOf(item)).to.contain('Montag, 1. Juni 2099, 19:00 Uhr');
    expect(item.querySelector('time')!.getAttribute('datetime')).to.equal(
      '2099-06-01T17:00:00.000Z',
    );
    // A series that began in 2020 shows its next occurrence (a first Friday, 18:00 in Berlin)
    // with the first content: the expander loads with `show-events`, beside the feed.
    const series = root(el).querySelector('[data-key="event:fuehrung"]')!;
    expect(series, 'series shown with the first content').to.exist;
    // On a first Friday evening (the clock the map is given) that is today's running tour.
    expect(series.querySelector('time')!.getAttribute('datetime')).to.equal(
      '2026-12-04T17:00:00.000Z',
    );
    expect(textOf(series)).to.contain('Freitag, 4. Dezember 2026, 18:00 Uhr');
  });

  it('speaks English', async () => {
    const el = await fixture<SonnecMap>(
      html`<sonnec-map src=${MAP_FEED} lang="en" show-events></sonnec-map>`,
    );
    await mapReady(el);
    expect(textOf(root(el).querySelector('[part="consent"] button'))).to.equal(
      'Load detailed map (OpenStreetMap)',
    );
    expect(textOf(root(el).querySelector('[part="views"]'))).to.equal('Map List');
    expect(textOf(root(el).querySelector('[data-key="event:beobachtung"]'))).to.contain(
      'Monday, 1 June 2099, 19:00',
    );
    expect(root(el).querySelector('.leaflet-control-zoom-in')!.getAttribute('title')).to.equal(
      'Zoom in',
    );
  });

  it('renders hostile feed text as text, in list, markers and popups', async () => {
    const src = feedUrl({
      version: 1,
      places: [
        {
          id: 'x',
          name: '<img src=x onerror="window.__pwned=1">',
          kind: '<b>k</b>',
          city: 'sonneberg',
          lat: 50.36,
          lon: 11.17,
          summary: '<script>window.__pwned=1</script>',
          url: 'javascript:window.__pwned=1',
        },
      ],
    });
    const el = await fixture<SonnecMap>(html`<sonnec-map src=${src}></sonnec-map>`);
    await mapReady(el);
    root(el).querySelector<HTMLButtonElement>('.list .title')!.click();
    await waitUntil(() => popup(el));
    expect(root(el).querySelector('img[src="x"], script, b')).to.equal(null);
    expect(textOf(popup(el))).to.contain('<img src=x onerror="window.__pwned=1">');
    expect(popup(el)!.querySelector('a')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('loads Leaflet only when the map comes near the viewport', async () => {
    const map = await mapFarBelow();
    await settled(map);
    await aTimeout(200);
    expect(map.mapState).to.equal('idle');
    expect(root(map).querySelector('.leaflet-container')).to.equal(null);
    map.scrollIntoView();
    await mapReady(map);
    window.scrollTo(0, 0);
  });

  it('cleans up when removed and draws again when put back', async () => {
    const el = await fixture<SonnecMap>(html`<sonnec-map src=${MAP_FEED}></sonnec-map>`);
    await mapReady(el);
    const parent = el.parentElement!;
    el.remove();
    expect(el.mapState).to.equal('idle');
    expect(root(el).querySelector('.leaflet-map-pane')).to.equal(null);
    parent.append(el);
    await mapReady(el);
    expect(root(el).querySelectorAll('.leaflet-map-pane')).to.have.length(1);
    expect(markerIcons(el).length + clusterCounts(el).length).to.be.greaterThan(0);
  });

  it('causes no Lit dev-mode warnings while loading, filtering and selecting', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await fixture<SonnecMap>(
        html`<sonnec-map src=${MAP_FEED} filters show-events></sonnec-map>`,
      );
      await mapReady(el);
      root(el).querySelector<HTMLButtonElement>('[data-key="place:sternwarte"] .title')!.click();
      await waitUntil(() => popup(el));
      root(el).querySelectorAll<HTMLButtonElement>('[part="views"] button')[1]!.click();
      await el.updateComplete;
    } finally {
      console.warn = warn;
    }
    expect(warnings.map(String).filter((w) => w.includes('lit.dev'))).to.deep.equal([]);
  });

  it('shows the empty state when the feed has no places', async () => {
    const el = await fixture<SonnecMap>(
      html`<sonnec-map src=${feedUrl({ version: 1, places: [] })}></sonnec-map>`,
    );
    await settled(el);
    expect(el.state).to.equal('empty');
    expect(textOf(root(el).querySelector('[part="empty"]'))).to.equal(
      'Zurzeit sind keine Orte vorhanden.',
    );
    await expect(el).to.be.accessible();
  });
});

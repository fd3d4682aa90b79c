import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys as press } from '@web/test-runner-commands';
import '../../../src/define/sonnec-map.js';
import type { SonnecMap } from '../../../src/components/map/sonnec-map.js';
import { berlinWallTime } from '../../../src/feed/berlin-time.js';
import { clearFeedCache } from '../../../src/feed/store.js';
import { FakeClock } from '../../helpers/fake-clock.js';
import { choose, feedUrl, loaded, settled, textOf } from '../../helpers/widgets.js';
import { MAP_FEED, mapReady, popup, resetConsent, root } from './map-helpers.js';

/** Tuesday–Sunday 10–17, closed on public holidays (the two museums). */
const hours = {
  regular: [
    {
      dayOfWeek: ['Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
      opens: '10:00',
      closes: '17:00',
    },
  ],
  publicHolidays: 'closed',
};
const FEED = feedUrl({
  version: 1,
  places: [
    {
      id: 'spielzeugmuseum',
      name: 'Deutsches Spielzeugmuseum',
      kind: 'museum',
      city: 'sonneberg',
      lat: 50.3575,
      lon: 11.1756,
      openingHours: hours,
    },
    {
      id: 'museum-neustadt',
      name: 'Museum der Deutschen Spielzeugindustrie',
      kind: 'museum',
      city: 'neustadt',
      lat: 50.3229,
      lon: 11.121,
      openingHours: hours,
    },
    {
      id: 'muppberg',
      name: 'Muppberg',
      kind: 'nature',
      city: 'neustadt',
      lat: 50.3256,
      lon: 11.1403,
    },
  ],
});

/** Each list entry's name and opening line, e.g. "Muppberg: –". */
function lines(el: SonnecMap): string[] {
  return [...root(el).querySelectorAll('.list .item')].map(
    (item) =>
      `${textOf(item.querySelector('.title'))}: ${textOf(item.querySelector('[part="opening"]')) || '–'}`,
  );
}

describe('<sonnec-map> opening hours', () => {
  afterEach(() => {
    clearFeedCache();
    resetConsent();
  });

  // First: the page has loaded no opening-hours code yet.
  it('loads no holiday or opening-hours code for a feed without opening hours', async () => {
    const el = await fixture<SonnecMap>(
      html`<sonnec-map src=${MAP_FEED} view="list"></sonnec-map>`,
    );
    await settled(el);
    expect(root(el).querySelector('[part="opening"]')).to.equal(null);
    expect(loaded('/feed/opening-hours-fields.')).to.deep.equal([]);
    expect(loaded('/feed/holidays.')).to.deep.equal([]);
    expect(loaded('/feed/opening-state.')).to.deep.equal([]);
    expect(loaded('/parts/opening-hours.')).to.deep.equal([]);
  });

  it('Wednesday 6 January 2027, 11:00: Neustadt closed for Epiphany, Sonneberg open', async () => {
    const el = await fixture<SonnecMap>(
      html`<sonnec-map src=${FEED} now="2027-01-06T11:00" view="list"></sonnec-map>`,
    );
    await settled(el);
    await waitUntil(() => root(el).querySelector('[part="opening"]'), 'opening hours shown');
    expect(lines(el)).to.deep.equal([
      'Deutsches Spielzeugmuseum: Jetzt geöffnet · bis 17 Uhr',
      'Muppberg: –',
      'Museum der Deutschen Spielzeugindustrie: Heute geschlossen – Feiertag in Bayern (Heilige Drei Könige)',
    ]);
    // The weekly table in the list view, today's row marked.
    const table = root(el).querySelector('[part="opening-hours"]')!;
    expect(textOf(table.querySelector('caption'))).to.equal('Öffnungszeiten');
    expect(textOf(table.querySelector('tr[aria-current="date"]'))).to.equal(
      'Mittwoch (heute) 10–17 Uhr',
    );
    expect(textOf(table.querySelector('tbody tr'))).to.equal('Montag geschlossen');
    expect(textOf(table.querySelector('tfoot'))).to.equal('An Feiertagen geschlossen');
    await expect(el).to.be.accessible();
  });

  it('Sunday 31 October 2027 the other way round, in English', async () => {
    const el = await fixture<SonnecMap>(
      html`<sonnec-map lang="en" src=${FEED} now="2027-10-31T11:00" view="list"></sonnec-map>`,
    );
    await settled(el);
    await waitUntil(() => root(el).querySelector('[part="opening"]'), 'opening hours shown');
    expect(lines(el)).to.deep.equal([
      'Deutsches Spielzeugmuseum: Closed today – public holiday in Thuringia (Reformation Day)',
      'Muppberg: –',
      'Museum der Deutschen Spielzeugindustrie: Open now · until 17:00',
    ]);
  });

  it('Sunday 15 August 2027: both open; after closing on Sunday: opens on Tuesday', async () => {
    const el = await fixture<SonnecMap>(
      html`<sonnec-map src=${FEED} now="2027-08-15T11:00" view="list"></sonnec-map>`,
    );
    await settled(el);
    await waitUntil(() => root(el).querySelector('[part="opening"]'), 'opening hours shown');
    expect(lines(el)[0]).to.equal('Deutsches Spielzeugmuseum: Jetzt geöffnet · bis 17 Uhr');
    expect(lines(el)[2]).to.equal(
      'Museum der Deutschen Spielzeugindustrie: Jetzt geöffnet · bis 17 Uhr',
    );
    el.setAttribute('now', '2027-08-15T17:00');
    await el.updateComplete;
    expect(lines(el)[0]).to.equal('Deutsches Spielzeugmuseum: Öffnet Dienstag um 10 Uhr');
  });

  it('announces politely when a place closes while the page is open (a kiosk past closing time)', async () => {
    const clock = new FakeClock(berlinWallTime(2027, 1, 12, 16, 58)); // a Tuesday
    const el = await fixture<SonnecMap>(
      html`<sonnec-map src=${FEED} view="list" .clock=${clock}></sonnec-map>`,
    );
    await settled(el);
    await waitUntil(() => root(el).querySelector('[part="opening"]'), 'opening hours shown');
    await el.updateComplete;
    expect(lines(el)[0]).to.equal('Deutsches Spielzeugmuseum: Jetzt geöffnet · bis 17 Uhr');
    expect(clock.pending, 'one timer, for 17:00').to.equal(1);
    clock.tick(60_000); // 16:59: nothing changes yet
    await el.updateComplete;
    expect(lines(el)[0]).to.equal('Deutsches Spielzeugmuseum: Jetzt geöffnet · bis 17 Uhr');
    clock.tick(60_000); // 17:00
    await el.updateComplete;
    expect(lines(el)[0]).to.equal('Deutsches Spielzeugmuseum: Öffnet morgen um 10 Uhr');
    const status = root(el).querySelector('.visually-hidden[role="status"]');
    expect(textOf(status)).to.equal(
      'Deutsches Spielzeugmuseum: Öffnet morgen um 10 Uhr. ' +
        'Museum der Deutschen Spielzeugindustrie: Öffnet morgen um 10 Uhr',
    );
    expect(clock.pending, 'the next timer: midnight').to.equal(1);
    el.remove();
    expect(clock.pending, 'no timer left behind').to.equal(0);
  });

  it('shows the state and the week in the popup, reached with the keyboard', async () => {
    const el = await fixture<SonnecMap>(
      html`<sonnec-map
        src=${FEED}
        now="2027-01-06T11:00"
        center="50.3229,11.121"
        zoom="15"
      ></sonnec-map>`,
    );
    await mapReady(el);
    await waitUntil(() => root(el).querySelector('[part="opening"]'), 'opening hours shown');
    let active: Element | null = null;
    for (let i = 0; i < 12 && !active?.classList.contains('marker'); i++) {
      await press({ press: 'Tab' });
      active = root(el).activeElement;
    }
    expect(textOf(active)).to.contain('Museum der Deutschen Spielzeugindustrie');
    await press({ press: 'Enter' });
    await waitUntil(() => popup(el), 'Enter opens the popup');
    expect(textOf(popup(el))).to.contain(
      'Heute geschlossen – Feiertag in Bayern (Heilige Drei Könige)',
    );
    expect(textOf(popup(el)!.querySelector('tr[aria-current="date"]'))).to.equal(
      'Mittwoch (heute) 10–17 Uhr',
    );
    // The popup's content (Leaflet's own close link is not ours to judge), once it has faded in.
    const shell = popup(el)!.closest<HTMLElement>('.leaflet-popup')!;
    await waitUntil(() => getComputedStyle(shell).opacity === '1', 'the popup has faded in');
    await expect(popup(el)).to.be.accessible();
  });

  it('filters "Jetzt geöffnet" with the keyboard-usable filter bar, and follows the clock', async () => {
    const clock = new FakeClock(berlinWallTime(2027, 1, 6, 9, 59)); // Epiphany
    const el = await fixture<SonnecMap>(
      html`<sonnec-map src=${FEED} view="list" filters .clock=${clock}></sonnec-map>`,
    );
    await settled(el);
    await waitUntil(() => root(el).querySelector('select[name="open"]'), 'the choice is offered');
    const select = root(el).querySelector<HTMLSelectElement>('select[name="open"]')!;
    expect(textOf(select.labels![0]!)).to.equal('Geöffnet');
    expect([...select.options].map((o) => o.text)).to.deep.equal(['Alle', 'Jetzt geöffnet']);
    await choose(el, 'open', 'now');
    expect(lines(el)).to.deep.equal([]);
    expect(textOf(root(el).querySelector('[part="empty"]'))).to.equal(
      'Keine Orte passen zu den Filtern.',
    );
    clock.tick(60_000); // 10:00: Sonneberg's museum opens (Epiphany is Bavaria's)
    await el.updateComplete;
    expect(lines(el)).to.deep.equal(['Deutsches Spielzeugmuseum: Jetzt geöffnet · bis 17 Uhr']);
    expect(textOf(root(el).querySelector('.visually-hidden[role="status"]'))).to.equal(
      'Deutsches Spielzeugmuseum: Jetzt geöffnet · bis 17 Uhr',
    );
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('.reset')!.click();
    await el.updateComplete;
    expect(lines(el)).to.have.length(3);
  });
});

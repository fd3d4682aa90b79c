/** Events over several days say that they run, and until when, in the list and in the popup. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/sonnec-map.js';
import type { SonnecMap } from '../../../src/components/map/sonnec-map.js';
import { clearFeedCache } from '../../../src/feed/store.js';
import { feedUrl, settled, textOf } from '../../helpers/widgets.js';
import { mapReady, popup, resetConsent, root } from './map-helpers.js';

const at = { name: 'Marktplatz', lat: 50.3274, lon: 11.1241 };
const FEED = {
  version: 1,
  places: [],
  news: [],
  downloads: [],
  events: [
    // Running since Friday (all day), until Sunday 6 December.
    { id: 'markt', title: 'Adventsmarkt', start: '2026-12-04', end: '2026-12-06', allDay: true },
    // Running since last month, over the turn of the year.
    { id: 'schau', title: 'Puppenstuben', start: '2026-11-07', end: '2027-01-06', allDay: true },
    // Timed, running since yesterday evening, until Sunday 18:00.
    {
      id: 'turnier',
      title: 'Turnier',
      start: '2026-12-04T19:00:00+01:00',
      end: '2026-12-06T18:00:00+01:00',
    },
    // Still to come, over a weekend.
    { id: 'krippe', title: 'Krippenschau', start: '2026-12-11', end: '2026-12-13', allDay: true },
    // One day: as before.
    { id: 'konzert', title: 'Konzert', start: '2026-12-12T19:00:00+01:00' },
  ].map((e) => ({ ...e, city: 'neustadt', location: at })),
};

async function map(lang: 'de' | 'en', view: 'list' | 'map' = 'list'): Promise<SonnecMap> {
  const el = await fixture<SonnecMap>(
    html`<sonnec-map
      src=${feedUrl(FEED)}
      show-events
      view=${view}
      lang=${lang}
      now="2026-12-05T10:00"
    ></sonnec-map>`,
  );
  await settled(el);
  return el;
}

const entry = (el: SonnecMap, id: string) =>
  textOf(root(el).querySelector(`[data-key="event:${id}"] [part="meta"]`));

describe('<sonnec-map> events over several days', () => {
  afterEach(() => {
    clearFeedCache();
    resetConsent();
  });

  it('says in the list that a running event runs, and until when', async () => {
    const el = await map('de');
    expect(entry(el, 'markt')).to.contain('Läuft bis So., 6. Dez.');
    expect(entry(el, 'markt')).to.not.contain('Freitag, 4. Dezember');
    expect(entry(el, 'schau')).to.contain('Läuft bis Mi., 6. Jan.');
    expect(entry(el, 'turnier')).to.contain('Läuft bis So., 6. Dez., 18:00 Uhr');
    expect(entry(el, 'krippe')).to.contain('Freitag, 11. Dezember 2026 bis So., 13. Dez.');
    expect(entry(el, 'konzert')).to.contain('Samstag, 12. Dezember 2026, 19:00 Uhr');
    const time = root(el).querySelector('[data-key="event:markt"] time')!;
    expect(time.getAttribute('datetime')).to.equal('2026-12-06');
  });

  it('says it in English', async () => {
    const el = await map('en');
    expect(entry(el, 'markt')).to.contain('Running until Sun 6 Dec');
    expect(entry(el, 'krippe')).to.contain('Friday, 11 December 2026 to Sun 13 Dec');
  });

  it('says it in the popup', async () => {
    const el = await map('de', 'map');
    await mapReady(el);
    root(el).querySelector<HTMLButtonElement>('[data-key="event:markt"] .title')!.click();
    await waitUntil(() => popup(el), 'the popup opens');
    expect(textOf(popup(el))).to.contain('Läuft bis So., 6. Dez.');
  });
});

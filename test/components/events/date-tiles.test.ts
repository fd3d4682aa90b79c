/**
 * The compact layout's date tiles (the kiosk's "Demnächst" shows them too): an event over several
 * days that began before the shown range shows until when it runs, not its past start.
 * On the suite's fixed clock: Friday, 4 December 2026, 10:00 in Berlin.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/sonnec-events.js';
import type { SonnecEvents } from '../../../src/components/events/sonnec-events.js';
import { clearFeedCache } from '../../../src/feed/store.js';
import { feedUrl, settled, textOf } from '../../helpers/widgets.js';

const FEED = {
  version: 1,
  events: [
    // Running since Thursday, until Sunday 6 December.
    { id: 'markt', title: 'Adventsmarkt', start: '2026-12-03', end: '2026-12-06', allDay: true },
    // Timed, since Wednesday evening, until Saturday 18:00.
    {
      id: 'turnier',
      title: 'Turnier',
      start: '2026-12-02T19:00:00+01:00',
      end: '2026-12-05T18:00:00+01:00',
    },
    // Starting today, Friday, over the weekend: its start is today's date.
    { id: 'krippe', title: 'Krippenschau', start: '2026-12-04', end: '2026-12-06', allDay: true },
    // Still to come.
    { id: 'konzert', title: 'Konzert', start: '2026-12-12T19:00:00+01:00' },
  ].map((e) => ({ ...e, city: 'neustadt' })),
};

async function compact(lang: 'de' | 'en'): Promise<Record<string, [string, string | null]>> {
  const el = await fixture<SonnecEvents>(
    html`<sonnec-events src=${feedUrl(FEED)} layout="compact" lang=${lang}></sonnec-events>`,
  );
  await settled(el);
  const tiles: Record<string, [string, string | null]> = {};
  for (const item of el.shadowRoot!.querySelectorAll('.compact-item')) {
    const tile = item.querySelector('.date-block')!;
    tiles[textOf(item.querySelector('[part~="title"]'))] = [
      textOf(tile),
      tile.getAttribute('datetime'),
    ];
  }
  return tiles;
}

describe('<sonnec-events> compact date tiles', () => {
  afterEach(() => clearFeedCache());

  it('show until when a running event over several days runs', async () => {
    expect(await compact('de')).to.deep.equal({
      Adventsmarkt: ['bis So 06.12.', '2026-12-06'],
      Turnier: ['bis Sa 05.12.', '2026-12-05'],
      Krippenschau: ['Fr 04.12.', '2026-12-04'],
      Konzert: ['Sa 12.12.', '2026-12-12T19:00:00+01:00'],
    });
  });

  it('say it in English too', async () => {
    const tiles = await compact('en');
    expect(tiles['Adventsmarkt']![0]).to.equal('until Sun 06.12.');
    expect(tiles['Krippenschau']![0]).to.equal('Fri 04.12.');
  });
});

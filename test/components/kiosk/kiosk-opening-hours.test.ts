import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/sonnec-kiosk.js';
import type { SonnecKiosk } from '../../../src/components/kiosk/sonnec-kiosk.js';
import { berlinWallTime } from '../../../src/feed/berlin-time.js';
import { clearFeedCache } from '../../../src/feed/store.js';
import { animationsDone, feedUrl, textOf } from '../../helpers/widgets.js';
import { FakeClock } from './kiosk-helpers.js';

const FEED = feedUrl({
  version: 1,
  places: [
    {
      id: 'museum-neustadt',
      name: 'Museum der Deutschen Spielzeugindustrie',
      kind: 'museum',
      city: 'neustadt',
      lat: 50.3229,
      lon: 11.121,
      openingHours: {
        regular: [
          { dayOfWeek: ['Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'], opens: '10:00', closes: '17:00' },
        ],
        publicHolidays: 'closed',
      },
    },
  ],
});

describe('kiosk: the place of the day with its opening state', () => {
  afterEach(() => {
    clearFeedCache();
    localStorage.clear();
  });

  it('says the museum is closed for Epiphany on 6 January 2027', async () => {
    const clock = new FakeClock(berlinWallTime(2027, 1, 6, 11));
    const el = await fixture<SonnecKiosk>(
      html`<sonnec-kiosk src=${FEED} views="place" .clock=${clock}></sonnec-kiosk>`,
    );
    const opening = () => el.shadowRoot!.querySelector('[part="place"] [part="opening"]');
    await waitUntil(opening, 'the opening state shows');
    expect(textOf(opening())).to.equal(
      'Heute geschlossen – Feiertag in Bayern (Heilige Drei Könige)',
    );
    await animationsDone();
    await expect(el).to.be.accessible();
  });
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/sonnec-events.js';
import type { SonnecEvents } from '../../../src/components/events/sonnec-events.js';
import { clearFeedCache } from '../../../src/feed/store.js';
import { feedUrl, settled } from '../../helpers/widgets.js';
import { dayHeadings } from './helpers.js';

const event = (id: string, start: string, city: string) => ({
  id,
  title: `Führung ${id}`,
  start,
  end: start.replace('T14:00', 'T15:00'),
  city,
});
const FEED = feedUrl({
  version: 1,
  events: [
    event('a', '2027-01-05T14:00', 'neustadt'),
    event('b', '2027-01-06T14:00', 'neustadt'),
    event('c', '2027-01-06T14:00', 'sonneberg'),
    event('d', '2027-10-31T14:00', 'sonneberg'),
    event('e', '2027-12-25T14:00', 'both'),
  ],
});

async function headings(attributes: string): Promise<string[]> {
  const el = await fixture<SonnecEvents>(
    html`<div
      .innerHTML=${`<sonnec-events src="${FEED}" now="2027-01-01T10:00" ${attributes}></sonnec-events>`}
    ></div>`,
  );
  const events = el.querySelector('sonnec-events')!;
  await settled(events);
  await waitUntil(() => dayHeadings(events).some((h) => h.includes('·')), 'holiday named');
  await expect(events).to.be.accessible();
  return dayHeadings(events);
}

describe('<sonnec-events> day headings on public holidays', () => {
  afterEach(() => clearFeedCache());

  it('names the holiday of each town shown, with its state where only one keeps it', async () => {
    expect(await headings('')).to.deep.equal([
      'Dienstag, 5. Januar',
      'Mittwoch, 6. Januar · Heilige Drei Könige (Bayern)',
      'Sonntag, 31. Oktober · Reformationstag (Thüringen)',
      'Samstag, 25. Dezember · 1. Weihnachtstag',
    ]);
  });

  it('only the holidays of the town chosen, in English too', async () => {
    expect(await headings('city="sonneberg" lang="en"')).to.deep.equal([
      'Wednesday 6 January',
      'Sunday 31 October · Reformation Day (Thuringia)',
      'Saturday 25 December · Christmas Day',
    ]);
  });
});

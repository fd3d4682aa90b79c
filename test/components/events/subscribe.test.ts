/**
 * "Kalender abonnieren": offered when the feed names calendars, for the visitor's city or
 * category, in German and English, by keyboard, and in kiosk mode as a QR code.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys as press } from '@web/test-runner-commands';
import '../../../src/define/sonnec-events.js';
import type { SonnecEvents } from '../../../src/components/events/sonnec-events.js';
import { clearFeedCache } from '../../../src/feed/store.js';
import { feedUrl, loaded, textOf } from '../../helpers/widgets.js';
import { mount, NOW, root, unmountAll } from './helpers.js';

const BASE = 'https://feeds.example.org/kalender/';
const CALENDARS = [
  {
    id: 'all',
    url: `${BASE}veranstaltungen.ics`,
    title: { de: 'SON.NEC – Veranstaltungen', en: 'SON.NEC – Events' },
  },
  {
    id: 'city-neustadt',
    url: `${BASE}veranstaltungen-neustadt.ics`,
    title: {
      de: 'SON.NEC – Veranstaltungen Neustadt b. Coburg',
      en: 'SON.NEC – Events in Neustadt b. Coburg',
    },
    city: 'neustadt',
  },
  {
    id: 'category-markt',
    url: `${BASE}veranstaltungen-kategorie-markt.ics`,
    title: { de: 'SON.NEC – Markt', en: 'SON.NEC – Market' },
    category: 'Markt',
  },
];
const EVENTS = [
  {
    id: 'markt',
    title: 'Weihnachtsmarkt',
    start: '2026-12-05T10:00:00+01:00',
    city: 'neustadt',
    categories: ['Markt'],
  },
  { id: 'konzert', title: 'Konzert', start: '2026-12-06T19:00:00+01:00', city: 'sonneberg' },
];

function widget(attrs = '', feed: unknown = { version: 1, calendars: CALENDARS, events: EVENTS }) {
  return mount(`<sonnec-events src="${feedUrl(feed)}" now="${NOW}" ${attrs}></sonnec-events>`);
}

const toggle = (el: SonnecEvents) => root(el).querySelector<HTMLButtonElement>('.subscribe-toggle');
const panel = (el: SonnecEvents) => root(el).querySelector<HTMLElement>('#sonnec-subscribe-panel')!;
const links = (el: SonnecEvents) =>
  [...panel(el).querySelectorAll('a')].map((a) => a.getAttribute('href'));

async function ready(el: SonnecEvents): Promise<HTMLButtonElement> {
  await waitUntil(() => toggle(el), 'the subscribe button did not appear', { timeout: 5000 });
  return toggle(el)!;
}

describe('<sonnec-events> Kalender abonnieren', () => {
  let clipboard: string[];
  let refuse = false;
  beforeEach(() => {
    clipboard = [];
    refuse = false;
    Object.defineProperty(navigator.clipboard, 'writeText', {
      configurable: true,
      value: (text: string) =>
        refuse ? Promise.reject(new Error('denied')) : (clipboard.push(text), Promise.resolve()),
    });
  });
  afterEach(() => {
    delete (navigator.clipboard as unknown as Record<string, unknown>).writeText;
    unmountAll();
    clearFeedCache();
  });

  it('is not offered, nor its code loaded, when the feed names no calendars', async () => {
    const el = await widget('', { version: 1, events: EVENTS });
    expect(el.state).to.equal('ready');
    await el.updateComplete;
    expect(toggle(el)).to.equal(null);
    expect(loaded('events-subscribe')).to.deep.equal([]);
  });

  it('opens a disclosure with the webcal link, Google\'s "add by URL" and the address (German)', async () => {
    const el = await widget();
    const button = await ready(el);
    expect(textOf(button)).to.equal('Kalender abonnieren');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal('sonnec-subscribe-panel');
    expect(panel(el).hidden).to.equal(true);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(panel(el).hidden).to.equal(false);
    expect(textOf(panel(el))).to.contain(
      '„SON.NEC – Veranstaltungen“ in Ihrer Kalender-App abonnieren',
    );
    expect(links(el)).to.deep.equal([
      'webcal://feeds.example.org/kalender/veranstaltungen.ics',
      `https://calendar.google.com/calendar/r?cid=${encodeURIComponent('webcal://feeds.example.org/kalender/veranstaltungen.ics')}`,
    ]);
    const field = panel(el).querySelector('input')!;
    expect(field.readOnly).to.equal(true);
    expect(field.value).to.equal(`${BASE}veranstaltungen.ics`);
    // Nothing goes to Google (or anyone) until the visitor follows a link.
    expect(loaded('calendar.google.com')).to.deep.equal([]);
    expect(textOf(root(el).querySelector(`label[for="${field.id}"]`))).to.equal(
      'Adresse des Kalenders',
    );
    await expect(el).to.be.accessible();
  });

  it("resolves a calendar's relative address against the feed's", async () => {
    const el = await mount(
      `<sonnec-events src="/test/fixtures/subscribe-relative.json" now="${NOW}"></sonnec-events>`,
    );
    (await ready(el)).click();
    await el.updateComplete;
    const https = `${location.origin}/test/fixtures/kalender/veranstaltungen.ics`;
    expect(panel(el).querySelector('input')!.value).to.equal(https);
    expect(links(el)[0]).to.equal(https.replace(/^http:/, 'webcal:'));
  });

  it('speaks English', async () => {
    const el = await widget('lang="en"');
    const button = await ready(el);
    expect(textOf(button)).to.equal('Subscribe to calendar');
    button.click();
    await el.updateComplete;
    expect(textOf(panel(el))).to.contain('Subscribe to “SON.NEC – Events” in your calendar app');
    expect(textOf(panel(el))).to.contain('Add to Google Calendar');
    expect(textOf(panel(el).querySelector('.subscribe-copy-button'))).to.equal('Copy');
    await expect(el).to.be.accessible();
  });

  it("offers the city's or the category's calendar when the list shows only those", async () => {
    const city = await widget('city="neustadt"');
    (await ready(city)).click();
    await city.updateComplete;
    expect(panel(city).querySelector('input')!.value).to.equal(
      `${BASE}veranstaltungen-neustadt.ics`,
    );
    const category = await widget('category="markt"');
    (await ready(category)).click();
    await category.updateComplete;
    expect(panel(category).querySelector('input')!.value).to.equal(
      `${BASE}veranstaltungen-kategorie-markt.ics`,
    );
    // A town without a calendar of its own: the calendar of all events.
    const other = await widget('city="sonneberg"');
    (await ready(other)).click();
    await other.updateComplete;
    expect(panel(other).querySelector('input')!.value).to.equal(`${BASE}veranstaltungen.ics`);
  });

  it('works with the keyboard: Enter and Space toggle, Tab reaches Copy, the copy is announced', async () => {
    const el = await widget();
    const button = await ready(el);
    button.focus();
    await press({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await press({ press: 'Space' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    await press({ press: 'Space' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const status = panel(el).querySelector('[role="status"]')!;
    expect(textOf(status)).to.equal('');
    for (let i = 0; i < 4; i++) await press({ press: 'Tab' });
    const focused = root(el).activeElement!;
    expect(focused.classList.contains('subscribe-copy-button')).to.equal(true);
    await press({ press: 'Enter' });
    await waitUntil(() => textOf(status) !== '', 'no announcement');
    expect(clipboard).to.deep.equal([`${BASE}veranstaltungen.ics`]);
    expect(textOf(status)).to.equal('Die Adresse ist kopiert.');
    expect(status.closest('[aria-live="assertive"]')).to.equal(null);
  });

  it('says so when the browser refuses to copy', async () => {
    refuse = true;
    const el = await widget('lang="en"');
    (await ready(el)).click();
    await el.updateComplete;
    panel(el).querySelector<HTMLButtonElement>('.subscribe-copy-button')!.click();
    const status = panel(el).querySelector('[role="status"]')!;
    await waitUntil(() => textOf(status) !== '', 'no announcement');
    expect(textOf(status)).to.equal(
      'Copying did not work: please select and copy the address yourself.',
    );
  });

  it('shows a QR code of the address in kiosk mode, and no links', async () => {
    const el = await widget('kiosk');
    (await ready(el)).click();
    await el.updateComplete;
    await waitUntil(() => panel(el).querySelector('svg.qr'), 'no QR code', { timeout: 5000 });
    const qr = panel(el).querySelector('svg.qr')!;
    expect(qr.getAttribute('data-url')).to.equal(`${BASE}veranstaltungen.ics`);
    expect(qr.getAttribute('aria-label')).to.contain('SON.NEC – Veranstaltungen');
    expect(panel(el).querySelectorAll('a, input')).to.have.length(0);
    await expect(el).to.be.accessible();
    // A kiosk going back to its start after idling closes the panel for the next visitor.
    el.reset();
    await el.updateComplete;
    expect(toggle(el)!.getAttribute('aria-expanded')).to.equal('false');
    expect(panel(el).hidden).to.equal(true);
  });
});

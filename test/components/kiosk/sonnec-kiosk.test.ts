import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define/sonnec-kiosk.js';
import type { SonnecKiosk } from '../../../src/components/kiosk/sonnec-kiosk.js';
import type { SonnecEvents } from '../../../src/components/events/sonnec-events.js';
import type { SonnecMap } from '../../../src/components/map/sonnec-map.js';
import { grantConsent, hasConsent } from '../../../src/internal/consent.js';
import { clearFeedCache } from '../../../src/feed/store.js';
import { animationsDone, textOf } from '../../helpers/widgets.js';
import { FakeClock, linkedFeed, NOW, widgetsReady } from './kiosk-helpers.js';

async function kiosk(
  src: string,
  clock: FakeClock,
  attrs: { views?: string; rotate?: number; idle?: number } = {},
): Promise<SonnecKiosk> {
  const el = await fixture<SonnecKiosk>(html`
    <sonnec-kiosk
      src=${src}
      views=${attrs.views ?? 'today,week,news,map,place'}
      rotate=${attrs.rotate ?? 10}
      idle=${attrs.idle ?? 60}
      .clock=${clock}
      style="--sonnec-kiosk-height: 900px"
    ></sonnec-kiosk>
  `);
  await waitUntil(() => el.state === 'ready', 'the kiosk did not load', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

const shown = (el: SonnecKiosk) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('.view')]
    .filter((v) => !v.hidden)
    .map((v) => v.dataset.view);

describe('<sonnec-kiosk>', () => {
  let src: string;
  before(async () => {
    src = await linkedFeed();
  });
  afterEach(() => {
    clearFeedCache();
    localStorage.clear();
  });

  it('shows one view at a time and rotates every `rotate` seconds on its clock', async () => {
    const clock = new FakeClock();
    const el = await kiosk(src, clock);
    expect(shown(el)).to.deep.equal(['today']);
    expect(el.kiosk).to.equal(true);
    expect(el.hasAttribute('kiosk')).to.equal(true);
    // "Demnächst" comes once today's list has loaded and counted its events.
    await waitUntil(() => el.widgets.length === 5, 'no "Demnächst" beside a quiet day');
    const widgets = el.widgets.map((w) => `${w.localName}${w.kiosk ? '[kiosk]' : ''}`);
    expect(widgets).to.deep.equal([
      'sonnec-events[kiosk]', // today
      'sonnec-events[kiosk]', // coming up: today has few events
      'sonnec-events[kiosk]', // this week
      'sonnec-news[kiosk]',
      'sonnec-map[kiosk]',
    ]);
    clock.tick(9_999);
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(['today']);
    clock.tick(1);
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(['week']);
    for (const next of ['news', 'map', 'place', 'today']) {
      clock.tick(10_000);
      await el.updateComplete;
      expect(shown(el)).to.deep.equal([next]);
    }
    // Today's events: the Christmas market on 4 December, from the Berlin date of the clock.
    const today = el.shadowRoot!.querySelector<SonnecEvents>('[data-view="today"] sonnec-events')!;
    expect(today.getAttribute('from')).to.equal('2026-12-04');
    expect(today.getAttribute('to')).to.equal('2026-12-04');
    const week = el.shadowRoot!.querySelector('[data-view="week"] sonnec-events')!;
    expect(week.getAttribute('to')).to.equal('2026-12-10');
  });

  it('fills a quiet day with the next days’ events, without repeating today’s', async () => {
    const clock = new FakeClock();
    const el = await kiosk(src, clock, { views: 'today' });
    const panel = el.shadowRoot!.querySelector('[data-view="today"]')!;
    await waitUntil(() => panel.querySelector('.coming-up sonnec-events'), 'no "Demnächst"');
    const [today, next] = [...panel.querySelectorAll<SonnecEvents>('sonnec-events')];
    await waitUntil(() => next!.state === 'ready', 'the next days did not load');
    await next!.updateComplete;
    expect(textOf(panel.querySelector('.coming-up-heading'))).to.equal('Demnächst');
    const titles = (w: SonnecEvents) =>
      [...w.shadowRoot!.querySelectorAll('[part~="title"]')].map((t) => textOf(t));
    const todays = titles(today!);
    expect(todays.length).to.be.within(1, 3);
    const upcoming = titles(next!);
    expect(upcoming.length).to.be.within(1, 6 - todays.length);
    // Only events starting after today: the running Christmas market is not shown twice.
    expect(upcoming.filter((title) => todays.includes(title))).to.deep.equal([]);
    for (const when of next!.shadowRoot!.querySelectorAll('time[datetime]')) {
      expect(when.getAttribute('datetime')! >= '2026-12-05').to.equal(true);
    }
  });

  it('the pause control stops and restarts the rotation', async () => {
    const clock = new FakeClock();
    const el = await kiosk(src, clock);
    const pause = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="pause"]')!;
    expect(textOf(pause)).to.contain('Anhalten');
    expect(pause.hasAttribute('aria-pressed')).to.be.false;
    pause.click();
    await el.updateComplete;
    // One way to tell the state: the label says what a press does, with no pressed state beside it.
    expect(pause.hasAttribute('aria-pressed')).to.be.false;
    expect(textOf(pause)).to.contain('Weiter abspielen');
    await animationsDone();
    await expect(el).to.be.accessible();
    clock.tick(60_000);
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(['today']);
    pause.click();
    await el.updateComplete;
    clock.tick(10_000);
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(['week']);
  });

  it('a touch holds the rotation; idle → "Noch da?" (announced), 20 s later a full reset', async () => {
    const clock = new FakeClock();
    const el = await kiosk(src, clock, { idle: 60 });
    await widgetsReady(el);
    el.show(3); // the map
    await el.updateComplete;
    const map = el.shadowRoot!.querySelector<SonnecMap>('sonnec-map')!;
    await map.updateComplete;
    const list = map.shadowRoot!.querySelector<HTMLButtonElement>('.views button:last-child')!;
    list.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    list.click();
    const kind = map.shadowRoot!.querySelector<HTMLSelectElement>('select[name="kind"]')!;
    kind.value = kind.options[1]!.value;
    kind.dispatchEvent(new Event('change'));
    grantConsent('map-tiles:tile.openstreetmap.org');
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector('.layout.list-only')).to.exist;

    // Held: no rotation while someone is there.
    clock.tick(59_000);
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(['map']);
    expect(el.shadowRoot!.querySelector('[part="warning"]')).to.equal(null);

    clock.tick(1_000);
    await el.updateComplete;
    const warning = el.shadowRoot!.querySelector('[part="warning"]')!;
    expect(textOf(warning)).to.contain('Noch da?');
    expect(textOf(warning)).to.contain('20 Sekunden');
    expect(textOf(el.shadowRoot!.querySelector('[role="status"]'))).to.contain('Noch da?');

    const reset = oneEvent(el, 'sonnec-kiosk-reset');
    clock.tick(20_000);
    await reset;
    await el.updateComplete;
    await map.updateComplete;
    expect(shown(el)).to.deep.equal(['today']);
    expect(el.shadowRoot!.querySelector('[part="warning"]')).to.equal(null);
    expect(map.shadowRoot!.querySelector('.layout.list-only')).to.equal(null);
    expect(map.shadowRoot!.querySelector<HTMLSelectElement>('select[name="kind"]')!.value).to.equal(
      '',
    );
    expect(hasConsent('map-tiles:tile.openstreetmap.org')).to.equal(false);
    // And the rotation runs again.
    clock.tick(10_000);
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(['week']);
  });

  it('"Weiter" keeps the visitor’s state and waits another `idle` seconds', async () => {
    const clock = new FakeClock();
    const el = await kiosk(src, clock, { idle: 30 });
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    el.show(2);
    clock.tick(30_000);
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="warning"] button')!;
    expect(textOf(button)).to.equal('Weiter');
    button.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="warning"]')).to.equal(null);
    clock.tick(29_000);
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(['news']);
    clock.tick(1_000 + 20_000);
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(['today']);
  });

  it('the reset closes an open event dialog and clears the events filters', async () => {
    const clock = new FakeClock();
    const el = await kiosk(src, clock);
    await widgetsReady(el);
    const events = el.shadowRoot!.querySelector<SonnecEvents>('sonnec-events')!;
    const title = events.shadowRoot!.querySelector<HTMLButtonElement>('.title-button')!;
    title.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    title.click();
    await waitUntil(() => events.shadowRoot!.querySelector('dialog')?.open, 'no dialog');
    el.resetKiosk();
    await events.updateComplete;
    expect(events.shadowRoot!.querySelector('dialog')).to.equal(null);
  });

  it('stops every timer when it leaves the page, and starts them again when it comes back', async () => {
    const clock = new FakeClock();
    const el = await kiosk(src, clock);
    el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(clock.timers.size).to.equal(3); // idle watch, refresh and the header's clock
    const parent = el.parentNode!;
    el.remove();
    expect(clock.timers.size).to.equal(0);
    parent.append(el);
    expect(clock.timers.size).to.equal(3); // rotation, refresh and the header's clock
  });

  it('speaks English with lang="en"', async () => {
    const clock = new FakeClock();
    const el = await fixture<SonnecKiosk>(html`
      <sonnec-kiosk lang="en" src=${src} .clock=${clock} idle="30"></sonnec-kiosk>
    `);
    await waitUntil(() => el.state === 'ready');
    el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    clock.tick(30_000);
    await el.updateComplete;
    const warning = textOf(el.shadowRoot!.querySelector('[part="warning"]'));
    expect(warning).to.contain('Still there?');
    expect(warning).to.contain('Continue');
    expect(textOf(el.shadowRoot!.querySelector('[part="pause"]'))).to.contain('Pause');
  });

  it('is accessible (axe), with the warning too', async () => {
    const clock = new FakeClock();
    const el = await kiosk(src, clock);
    await widgetsReady(el);
    // axe reads colours as painted: let the view's fade-in end first (on a busy machine it may not have).
    const settledView = () => Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
    await settledView();
    await animationsDone();
    await expect(el).to.be.accessible();
    el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    clock.tick(60_000);
    await el.updateComplete;
    await settledView();
    await animationsDone();
    await expect(el).to.be.accessible();
  });

  it('uses NOW as the clock for its widgets', async () => {
    const clock = new FakeClock();
    const el = await kiosk(src, clock);
    const events = el.shadowRoot!.querySelector<SonnecEvents>('sonnec-events')!;
    expect(events.now).to.equal(NOW);
  });
});

/**
 * Controls that remove themselves hand focus on to where the visitor continues (WCAG 2.4.3),
 * checked with the keyboard alone: Enter on the control, then where focus is.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys as press } from '@web/test-runner-commands';
import '../../src/define/sonnec-downloads.js';
import '../../src/define/sonnec-events.js';
import '../../src/define/sonnec-map.js';
import '../../src/define/sonnec-news.js';
import type { SonnecDownloads } from '../../src/components/downloads/sonnec-downloads.js';
import type { SonnecMap } from '../../src/components/map/sonnec-map.js';
import { clearFeedCache } from '../../src/feed/store.js';
import type { SonnecElement } from '../../src/internal/sonnec-element.js';
import { choose, settled, textOf, uniqueName, until } from '../helpers/widgets.js';
import { MAP_FEED, mapReady, resetConsent } from '../components/map/map-helpers.js';

const toggle = (name: string, mode: 'good' | 'fail') =>
  fetch(`/__fault/toggle-set/${name}/${mode}`);

/** Focuses `control` and presses Enter on it, as a keyboard user does. */
async function activate(control: HTMLElement | null | undefined): Promise<void> {
  expect(control, 'the control is there').to.be.instanceOf(HTMLElement);
  control!.focus();
  await press({ press: 'Enter' });
}

function active(el: Element): Element | null {
  return el.shadowRoot!.activeElement;
}

/** Where focus is, as a short description (a failing check prints it, not a whole element). */
function focusOf(el: Element): string {
  const focused = el.shadowRoot!.activeElement ?? document.activeElement;
  return focused
    ? `${focused.localName}.${focused.className} "${textOf(focused).slice(0, 40)}"`
    : 'none';
}

function expectFocusOn(el: Element, target: Element | null, what: string): void {
  expect(target, `${what} is there`).to.be.instanceOf(HTMLElement);
  expect(active(el) === target, `focus is on ${what}, not on ${focusOf(el)}`).to.be.true;
}

describe('focus after a control that removes itself', () => {
  afterEach(() => {
    clearFeedCache();
    resetConsent();
  });

  for (const [tag, name, value] of [
    ['sonnec-events', 'city', 'neustadt'],
    ['sonnec-news', 'city', 'neustadt'],
    ['sonnec-map', 'kind', 'museum'],
  ] as const) {
    it(`<${tag}>: "Filter zurücksetzen" hands focus to the bar's first field`, async () => {
      const src =
        tag === 'sonnec-map'
          ? MAP_FEED
          : tag === 'sonnec-news'
            ? '/test/fixtures/news-basic.json'
            : '/test/fixtures/events-basic.json';
      const holder = await fixture<HTMLElement>(
        html`<div
          .innerHTML=${`<${tag} src="${src}" filters view="list" now="2026-12-04T18:00"></${tag}>`}
        ></div>`,
      );
      const el = holder.firstElementChild as SonnecElement;
      await settled(el);
      await until(() => el.shadowRoot!.querySelector('.filter-bar'), 'the filter bar shows');
      await choose(el, name, value);
      await activate(el.shadowRoot!.querySelector<HTMLElement>('.reset'));
      await until(() => !el.shadowRoot!.querySelector('.reset'), 'the reset button is gone');
      await el.updateComplete;
      const first = el.shadowRoot!.querySelector('.filter-bar :is(select, input)');
      expectFocusOn(el, first, "the bar's first field");
      expect(document.activeElement === el).to.be.true;
      await expect(el).to.be.accessible();
    });
  }

  it('"Erneut versuchen" waits on the widget, then hands focus to the loaded content', async () => {
    const name = uniqueName('retry-focus');
    await toggle(name, 'fail');
    const el = await fixture<SonnecDownloads>(
      html`<sonnec-downloads src=${`/__fault/toggle/${name}`}></sonnec-downloads>`,
    );
    await settled(el);
    expect(el.state).to.equal('error');
    await toggle(name, 'good');
    await activate(el.shadowRoot!.querySelector<HTMLElement>('.error button'));
    await until(() => el.state === 'ready', 'the retry loads the feed');
    // The hand-off's code comes with the first retry: focus follows a moment later.
    await until(() => active(el)?.getAttribute('role') === 'heading', 'focus reaches the content', {
      timeout: 5000,
    });
    const heading = el.shadowRoot!.querySelector('[role="heading"]');
    expectFocusOn(el, heading, 'the content heading');
    await expect(el).to.be.accessible();
    // The heading is focusable only while it has focus: Tab does not stop there later.
    el.shadowRoot!.querySelector<HTMLElement>('a')!.focus();
    expect(heading!.hasAttribute('tabindex')).to.be.false;
  });

  it('"Erneut versuchen" that fails again hands focus to the new retry button', async () => {
    const name = uniqueName('retry-fails');
    await toggle(name, 'fail');
    const el = await fixture<SonnecDownloads>(
      html`<sonnec-downloads src=${`/__fault/toggle/${name}`}></sonnec-downloads>`,
    );
    await settled(el);
    const first = el.shadowRoot!.querySelector<HTMLElement>('.error button');
    await activate(first);
    await until(() => el.state === 'loading' || !first!.isConnected, 'the retry starts');
    await until(() => el.state === 'error', 'the retry fails again');
    await until(() => active(el)?.localName === 'button', 'focus reaches a button', {
      timeout: 5000,
    });
    const button = el.shadowRoot!.querySelector('.error button');
    expectFocusOn(el, button, 'the new retry button');
    expect(textOf(button)).to.equal('Erneut versuchen');
    await expect(el).to.be.accessible();
  });

  it('<sonnec-map>: "Detailkarte laden" and "ausblenden" hand focus to each other', async () => {
    const tiles = `/__tiles/${uniqueName('focus')}/{z}/{x}/{y}.png`;
    const el = await fixture<SonnecMap>(
      html`<sonnec-map src=${MAP_FEED} tiles=${tiles} attribution="Test"></sonnec-map>`,
    );
    await mapReady(el);
    const load = el.shadowRoot!.querySelector<HTMLElement>('.consent button');
    expect(textOf(load)).to.contain('laden');
    await activate(load);
    await until(() => !load!.isConnected, 'the offer is replaced');
    await el.updateComplete;
    const hide = el.shadowRoot!.querySelector('.consent button');
    expect(textOf(hide)).to.contain('ausblenden');
    expectFocusOn(el, hide, 'the "ausblenden" button');
    await expect(el).to.be.accessible();
    await activate(hide as HTMLElement);
    await until(() => !hide!.isConnected, 'the way back is replaced');
    await el.updateComplete;
    expectFocusOn(el, el.shadowRoot!.querySelector('.consent button'), 'the offer again');
    expect(textOf(active(el))).to.contain('laden');
  });
});

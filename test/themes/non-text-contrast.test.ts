/**
 * WCAG 1.4.11 on the rendered widgets: every control the widgets draw (fields, buttons, toggles,
 * "Mehr laden", the dialog's close button, the map's zoom bar) is read from the computed styles
 * and must show its boundary at 3:1 against what is next to it, in the light and the dark
 * palette. A new control is found by the selector, not by a list to keep up to date.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/sonnec-downloads.js';
import '../../src/define/sonnec-events.js';
import '../../src/define/sonnec-kiosk.js';
import '../../src/define/sonnec-map.js';
import '../../src/define/sonnec-news.js';
import type { SonnecEvents } from '../../src/components/events/sonnec-events.js';
import type { SonnecMap } from '../../src/components/map/sonnec-map.js';
import { clearFeedCache } from '../../src/feed/store.js';
import type { SonnecElement } from '../../src/internal/sonnec-element.js';
import { NOW } from '../components/events/helpers.js';
import { freshTiles, mapReady, MAP_FEED } from '../components/map/map-helpers.js';
import { FakeClock, KIOSK_NOW } from '../helpers/fake-clock.js';
import { GOOD_FEED, settled } from '../helpers/widgets.js';
import { contrast } from './contrast.js';

/** What draws a control. The zoom links have no border of their own: their bar draws it. */
const CONTROLS = 'select, input, button, .button, .leaflet-bar';

function opaque(colour: string): boolean {
  return !/^rgba\(.*, 0(\.\d+)?\)$/.test(colour) && colour !== 'transparent';
}

/** The first opaque background behind `el`, across shadow boundaries (the page's white last). */
function backdrop(el: Element): string {
  for (let node: Element | null = parentOf(el); node; node = parentOf(node)) {
    const bg = getComputedStyle(node).backgroundColor;
    if (opaque(bg)) return bg;
  }
  return 'rgb(255, 255, 255)';
}

function parentOf(el: Element): Element | null {
  return el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
}

/** The colour inside the boundary: the control's own fill, or its first child's (zoom bar). */
function fill(el: Element): string | undefined {
  for (const node of [el, el.firstElementChild]) {
    const bg = node && getComputedStyle(node).backgroundColor;
    if (bg && opaque(bg)) return bg;
  }
  return undefined;
}

/** Why `control` fails 1.4.11, or undefined; a control with neither border nor fill is text only. */
function failure(control: Element): string | undefined {
  const style = getComputedStyle(control);
  const next = backdrop(control);
  const inside = fill(control);
  const border = style.borderTopColor;
  const hasBorder = parseFloat(style.borderTopWidth) >= 1 && style.borderTopStyle !== 'none';
  const borderOk =
    hasBorder &&
    opaque(border) &&
    contrast(border, next) >= 3 &&
    (inside === undefined || contrast(border, inside) >= 3);
  const fillOk = inside !== undefined && contrast(inside, next) >= 3;
  if (borderOk || fillOk || (!hasBorder && inside === undefined)) return undefined;
  const name = `${control.localName}.${[...control.classList].join('.')} "${control.textContent?.trim().slice(0, 30) ?? ''}"`;
  return `${name}: border ${border}, fill ${inside ?? 'none'}, next to ${next}`;
}

function controlsOf(el: Element): Element[] {
  return [...el.shadowRoot!.querySelectorAll(CONTROLS)].filter(
    (c) => c.getBoundingClientRect().width > 0,
  );
}

function check(el: Element, atLeast: number): void {
  const controls = controlsOf(el);
  expect(controls.length, 'controls found').to.be.at.least(atLeast);
  const failures = controls.map(failure).filter((f) => f !== undefined);
  expect(failures, failures.join('\n')).to.deep.equal([]);
}

async function mount<T extends SonnecElement>(markup: ReturnType<typeof html>): Promise<T> {
  const el = await fixture<T>(markup);
  await settled(el);
  expect(el.state).to.equal('ready');
  return el;
}

describe('non-text contrast of the rendered controls (WCAG 1.4.11)', () => {
  afterEach(() => clearFeedCache());

  for (const theme of ['light', 'dark'] as const) {
    it(`${theme}: events filter bar, "Mehr laden" and the dialog's close button`, async () => {
      const el = await mount<SonnecEvents>(
        html`<sonnec-events
          src="/test/fixtures/events-basic.json"
          now=${NOW}
          theme=${theme}
          filters
          page-size="1"
        ></sonnec-events>`,
      );
      // selects, search field, "Mehr laden"
      check(el, 4);
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="title"]')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'dialog open');
      expect(el.shadowRoot!.querySelector('.dialog-close')).to.exist;
      check(el, 5);
    });

    it(`${theme}: news filter bar, downloads' sort field, "Mehr laden"`, async () => {
      const news = await mount(
        html`<sonnec-news
          src="/test/fixtures/news-basic.json"
          theme=${theme}
          filters
          page-size="1"
        ></sonnec-news>`,
      );
      check(news, 2);
      const downloads = await mount(
        html`<sonnec-downloads src=${GOOD_FEED} theme=${theme} filters></sonnec-downloads>`,
      );
      // The sort field is a lazy part.
      await waitUntil(() => downloads.shadowRoot!.querySelector('select'), 'sort field');
      check(downloads, 1);
    });

    it(`${theme}: map filters, Karte/Liste toggle, consent button and zoom bar`, async () => {
      const holder = await fixture<HTMLDivElement>(html`
        <div>
          <sonnec-map src=${MAP_FEED} theme=${theme} filters></sonnec-map>
          <sonnec-map
            src=${MAP_FEED}
            theme=${theme}
            tiles=${freshTiles('contrast').url}
            consent="granted"
          ></sonnec-map>
        </div>
      `);
      const [gated, open] = [...holder.querySelectorAll<SonnecMap>('sonnec-map')] as [
        SonnecMap,
        SonnecMap,
      ];
      await settled(gated);
      check(gated, 4);
      await settled(open);
      await mapReady(open);
      expect(open.shadowRoot!.querySelector('.leaflet-bar')).to.exist;
      check(open, 3);
    });

    it(`${theme}: kiosk view switch and pause button on the kiosk's bar`, async () => {
      const el = await fixture<SonnecElement>(html`
        <sonnec-kiosk
          src=${GOOD_FEED}
          theme=${theme}
          views="today,news"
          .clock=${new FakeClock(KIOSK_NOW)}
          style="--sonnec-kiosk-height: 600px"
        ></sonnec-kiosk>
      `);
      await waitUntil(() => el.state === 'ready', 'kiosk ready', { timeout: 8000 });
      await el.updateComplete;
      check(el, 3);
    });
  }
});

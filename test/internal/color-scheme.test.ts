/**
 * Which palette a widget uses: the host page's declared colour scheme by default, the visitor's
 * device with theme="auto", a forced one with theme="light|dark"; and a page's accent colour
 * that stays readable (4.5:1) in the dark palette.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define/sonnec-downloads.js';
import '../../src/define/sonnec-news.js';
import { GOOD_FEED, settled } from '../helpers/widgets.js';
import type { SonnecElement } from '../../src/internal/sonnec-element.js';
import { contrast } from '../themes/contrast.js';
import { toHex as hex } from '../helpers/colour.js';

/** The widget's surface colour (the background of its base). */
const surface = (el: Element) =>
  hex(getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor);

/** A private token of the widget, resolved as an element in its shadow root sees it. */
function token(el: Element, name: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(--_${name})`;
  el.shadowRoot!.append(probe);
  const value = hex(getComputedStyle(probe).color);
  probe.remove();
  return value;
}

const LIGHT = '#ffffff';
const DARK = '#15191e';

let meta: HTMLMetaElement | undefined;
function declare(scheme: string): void {
  meta = document.createElement('meta');
  meta.name = 'color-scheme';
  meta.content = scheme;
  document.head.append(meta);
}

describe('colour scheme', () => {
  afterEach(async () => {
    meta?.remove();
    meta = undefined;
    await emulateMedia({ colorScheme: 'light' });
  });

  it('stays light on a page that declares no colour scheme, even on a dark-mode device', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await fixture(html`<sonnec-downloads src=${GOOD_FEED}></sonnec-downloads>`);
    expect(surface(el)).to.equal(LIGHT);
  });

  it('stays light on a page that declares only light', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    declare('light');
    const el = await fixture(html`<sonnec-downloads src=${GOOD_FEED}></sonnec-downloads>`);
    expect(surface(el)).to.equal(LIGHT);
  });

  it('follows the device on a page that declares "light dark" (meta)', async () => {
    declare('light dark');
    const el = await fixture(html`<sonnec-downloads src=${GOOD_FEED}></sonnec-downloads>`);
    expect(surface(el)).to.equal(LIGHT);
    await emulateMedia({ colorScheme: 'dark' });
    expect(surface(el)).to.equal(DARK);
  });

  it('is dark inside a part of the page whose CSS says color-scheme: dark', async () => {
    const wrapper = await fixture(
      html`<div style="color-scheme: dark">
        <sonnec-downloads src=${GOOD_FEED}></sonnec-downloads>
      </div>`,
    );
    expect(surface(wrapper.firstElementChild!)).to.equal(DARK);
  });

  it('theme="auto" follows the device on a light page; light and dark force', async () => {
    const wrapper = await fixture(html`
      <div>
        <sonnec-downloads src=${GOOD_FEED} theme="auto"></sonnec-downloads>
        <div style="color-scheme: dark">
          <sonnec-downloads src=${GOOD_FEED} theme="light"></sonnec-downloads>
        </div>
        <sonnec-downloads src=${GOOD_FEED} theme="dark"></sonnec-downloads>
      </div>
    `);
    const [auto, light, dark] = [...wrapper.querySelectorAll('sonnec-downloads')];
    expect([auto, light, dark].map((el) => surface(el!))).to.deep.equal([LIGHT, LIGHT, DARK]);
    await emulateMedia({ colorScheme: 'dark' });
    expect([auto, light, dark].map((el) => surface(el!))).to.deep.equal([DARK, LIGHT, DARK]);
  });

  it('gives the city badges white text in the light palette and dark text in the dark one', async () => {
    const wrapper = await fixture(html`
      <div>
        <sonnec-news src=${GOOD_FEED}></sonnec-news>
        <div style="color-scheme: dark"><sonnec-news src=${GOOD_FEED}></sonnec-news></div>
      </div>
    `);
    const widgets = [...wrapper.querySelectorAll<SonnecElement>('sonnec-news')];
    await Promise.all(widgets.map(settled));
    const badges = widgets.map((el) => el.shadowRoot!.querySelector('.badge')!);
    expect(badges.map((b) => hex(getComputedStyle(b).color))).to.deep.equal(['#ffffff', '#0d1117']);
  });

  // Accents a city page might set for its light design: dark blues, greens, reds, greys, black.
  const ACCENTS = ['#005a87', '#0b6b3a', '#7a2e0e', '#c00000', '#5b2a86', '#333333', '#000000'];
  for (const accent of ACCENTS) {
    it(`keeps the page's accent ${accent} at 4.5:1 in the dark palette, with readable text on it`, async () => {
      const el = await fixture(html`
        <sonnec-downloads
          src=${GOOD_FEED}
          theme="dark"
          style="--sonnec-accent: ${accent}; --sonnec-accent-text: #ffffff"
        ></sonnec-downloads>
      `);
      const used = token(el, 'accent');
      for (const ground of [token(el, 'surface'), token(el, 'surface-alt')]) {
        expect(contrast(used, ground), `${used} on ${ground}`).to.be.at.least(4.5);
      }
      expect(contrast(token(el, 'accent-text'), used), 'button text').to.be.at.least(4.5);
      // In the light palette the page's accent is used as it is.
      el.setAttribute('theme', 'light');
      expect(token(el, 'accent')).to.equal(accent);
    });
  }

  it('leaves an accent that is already light in the dark palette as it is (dark presets)', async () => {
    const el = await fixture(
      html`<sonnec-downloads
        src=${GOOD_FEED}
        theme="dark"
        style="--sonnec-accent: #8cc8f5"
      ></sonnec-downloads>`,
    );
    expect(token(el, 'accent')).to.equal('#8cc8f5');
  });
});

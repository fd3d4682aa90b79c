/**
 * Forced colours (Windows high contrast): backgrounds and shadows are replaced, so a pressed or
 * current state drawn only with them vanishes. The states must differ in a property that forced
 * colours keep: here the outline's style and width.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define/sonnec-kiosk.js';
import '../../src/define/sonnec-map.js';
import type { SonnecMap } from '../../src/components/map/sonnec-map.js';
import type { SonnecKiosk } from '../../src/components/kiosk/sonnec-kiosk.js';
import { clearFeedCache } from '../../src/feed/store.js';
import { FakeClock, KIOSK_NOW } from '../helpers/fake-clock.js';
import { freshTiles, mapReady, MAP_FEED } from '../components/map/map-helpers.js';
import { GOOD_FEED, settled } from '../helpers/widgets.js';

function forcedColors(active: boolean): Promise<unknown> {
  return executeServerCommand('forced-colors', { active });
}

/** What survives forced colours: the outline's style and width. */
function mark(el: Element): string {
  const style = getComputedStyle(el);
  return style.outlineStyle === 'none' ? 'none' : `${style.outlineStyle} ${style.outlineWidth}`;
}

describe('pressed and current states in forced colours', () => {
  before(async () => {
    await forcedColors(true);
    expect(matchMedia('(forced-colors: active)').matches, 'emulation works').to.equal(true);
  });
  after(() => forcedColors(false));
  afterEach(() => clearFeedCache());

  it('map: the pressed Karte/Liste button and the chosen place in the list', async () => {
    const el = await fixture<SonnecMap>(
      html`<sonnec-map src=${MAP_FEED} tiles=${freshTiles('forced').url} consent="granted">
      </sonnec-map>`,
    );
    await settled(el);
    await mapReady(el);
    const [mapButton, listButton] = [...el.shadowRoot!.querySelectorAll('.views button')];
    expect(mapButton!.getAttribute('aria-pressed')).to.equal('true');
    expect(mark(mapButton!)).to.not.equal('none');
    expect(mark(listButton!)).to.equal('none');

    const names = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.list .title')];
    names[0]!.click();
    const current = () => el.shadowRoot!.querySelector('.list [aria-current="true"]');
    await waitUntil(current, 'a place is current');
    expect(mark(current()!)).to.not.equal('none');
    const others = [...el.shadowRoot!.querySelectorAll('.list .item:not([aria-current="true"])')];
    expect(others.length).to.be.above(0);
    for (const other of others) expect(mark(other)).to.equal('none');
  });

  it('kiosk: the current view in the view switch', async () => {
    const el = await fixture<SonnecKiosk>(html`
      <sonnec-kiosk
        src=${GOOD_FEED}
        views="today,news"
        .clock=${new FakeClock(KIOSK_NOW)}
        style="--sonnec-kiosk-height: 600px"
      ></sonnec-kiosk>
    `);
    await waitUntil(() => el.state === 'ready', 'kiosk ready', { timeout: 8000 });
    await el.updateComplete;
    const buttons = [...el.shadowRoot!.querySelectorAll('.nav button')];
    expect(buttons.map((b) => b.getAttribute('aria-current'))).to.deep.equal(['true', 'false']);
    expect(mark(buttons[0]!)).to.not.equal('none');
    expect(mark(buttons[1]!)).to.equal('none');
  });
});

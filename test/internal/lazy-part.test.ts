import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { clearFeedCache } from '../../src/feed/store.js';
import type { Feed } from '../../src/feed/types.js';
import { LazyPart } from '../../src/internal/lazy-part.js';
import { SonnecElement } from '../../src/internal/sonnec-element.js';
import { GOOD_FEED, textOf } from '../helpers/widgets.js';

/** A part whose first `failures` loads fail, as a chunk does while the network is down. */
function flakyPart(failures: number): { part: LazyPart<{ ok: true }>; calls: () => number } {
  let calls = 0;
  const part = new LazyPart(async () => {
    calls++;
    if (calls <= failures) throw new TypeError('Failed to fetch dynamically imported module');
    return { ok: true as const };
  });
  return { part, calls: () => calls };
}

let testPart: LazyPart<{ ok: true }>;

/** A widget that needs `testPart` before it shows content. */
class PartWidget extends SonnecElement<{ count: number }> {
  protected override parts(): LazyPart[] {
    return [...super.parts(), testPart];
  }
  protected select(feed: Feed) {
    return { count: feed.downloads.length };
  }
  protected renderView(view: { count: number }) {
    return litHtml`<p class="shown">${view.count}</p>`;
  }
  protected announce() {
    return '';
  }
}
customElements.define('test-part-widget', PartWidget);

describe('LazyPart', () => {
  afterEach(() => clearFeedCache());

  it('loads once for every caller, and again after a failure', async () => {
    const { part, calls } = flakyPart(1);
    await Promise.all([part.load(), part.load()]).catch(() => undefined);
    expect(calls()).to.equal(1);
    expect(part.value).to.equal(undefined);
    expect(await part.load()).to.deep.equal({ ok: true });
    expect(part.value).to.deep.equal({ ok: true });
    expect(calls()).to.equal(2);
  });

  it('a part that does not load is a network error with a retry, not a blank box', async () => {
    testPart = flakyPart(1).part;
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await fixture<PartWidget>(
        html`<test-part-widget src=${GOOD_FEED}></test-part-widget>`,
      );
      await waitUntil(() => el.state === 'error', 'no error state');
      await el.updateComplete;
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(textOf(alert)).to.contain('Die Inhalte sind gerade nicht erreichbar');
      alert.querySelector<HTMLButtonElement>('button')!.click();
      await waitUntil(() => el.state === 'ready', 'the retry did not load the part');
      expect(el.shadowRoot!.querySelector('.shown')).to.not.equal(null);
    } finally {
      console.warn = warn;
    }
  });

  it('starts loading when a visitor points at or tabs to the button that needs it', async () => {
    let calls = 0;
    const part = new LazyPart(async () => ++calls);
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.attachShadow({ mode: 'open' }).innerHTML =
      '<p class="text">Text</p><button class="open"><span>Öffnen</span></button>';
    part.warmUpOn(host, '.open');
    const shadow = host.shadowRoot!;
    const over = (el: Element) =>
      el.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));

    over(shadow.querySelector('.text')!);
    expect(calls, 'pointing elsewhere loads nothing').to.equal(0);
    over(shadow.querySelector('.open span')!);
    await waitUntil(() => part.value === 1, 'loaded on pointing at the button');
    shadow.querySelector<HTMLButtonElement>('.open')!.focus();
    over(shadow.querySelector('.open')!);
    expect(calls, 'loaded once').to.equal(1);
  });

  it('starts loading when the button gets the keyboard focus', async () => {
    let calls = 0;
    const part = new LazyPart(async () => ++calls);
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.attachShadow({ mode: 'open' }).innerHTML = '<button class="open">Öffnen</button>';
    part.warmUpOn(host, '.open');
    host.shadowRoot!.querySelector<HTMLButtonElement>('.open')!.focus();
    await waitUntil(() => part.value === 1, 'loaded on focus');
  });

  it('valueFor: nothing at first, then the module, with one update of the host', async () => {
    const part = new LazyPart(async () => ({ ok: true as const }));
    let updates = 0;
    const host = Object.assign(document.createElement('div'), { requestUpdate: () => updates++ });
    expect(part.valueFor(host)).to.equal(undefined);
    expect(part.valueFor(host), 'asked again while it loads').to.equal(undefined);
    await waitUntil(() => updates === 1, 'the host was not updated');
    expect(part.valueFor(host)).to.deep.equal({ ok: true });
    expect(updates).to.equal(1);
  });

  it('valueFor: a part that does not load is warned once and tried again', async () => {
    const { part, calls } = flakyPart(2);
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const host = Object.assign(document.createElement('div'), { requestUpdate: () => {} });
      for (let i = 0; i < 3 && part.valueFor(host) === undefined; i++) {
        await waitUntil(() => calls() > i, 'not tried');
        await new Promise((r) => setTimeout(r));
      }
      await waitUntil(() => part.value !== undefined, 'never loaded');
      expect(calls()).to.equal(3);
      expect(warnings).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });
});

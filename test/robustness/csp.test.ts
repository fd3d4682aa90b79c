/**
 * The widgets under a strict Content-Security-Policy with Trusted Types, as a careful CMS sends
 * it: test/fixtures/hostile-csp*.html are served with the policy of
 * test/server/hostile-routes.mjs (`trusted-types lit-html dompurify sonnec`, no inline styles).
 */
import { expect, waitUntil } from '@open-wc/testing';

interface ProbeWindow extends Window {
  __violations: string[];
  __errors: string[];
}

async function open(
  url: string,
): Promise<{ win: ProbeWindow; doc: Document; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '2000px';
  frame.src = url;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { win: frame.contentWindow as ProbeWindow, doc: frame.contentDocument!, frame };
}

const settledState = (el: Element) =>
  ['ready', 'empty', 'error'].includes(el.getAttribute('state') ?? '');

describe('strict CSP with Trusted Types', function () {
  this.timeout(30_000);

  it('renders downloads, news (article open, JSON-LD) and events (dialog) without a violation', async () => {
    const { win, doc, frame } = await open('/test/fixtures/hostile-csp.html');
    const widgets = [...doc.querySelectorAll('sonnec-downloads, sonnec-news, sonnec-events')];
    await waitUntil(() => widgets.every(settledState), 'widgets settled', { timeout: 15_000 });
    for (const w of widgets) expect(w.getAttribute('state'), w.localName).to.equal('ready');

    const news = doc.querySelector('sonnec-news')!;
    news.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!.click();
    await waitUntil(() => news.shadowRoot!.querySelector('.rich-text p'), 'article open', {
      timeout: 5000,
    });
    const events = doc.querySelector('sonnec-events')!;
    events.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="title"]')!.click();
    await waitUntil(() => events.shadowRoot!.querySelector('dialog')?.open, 'dialog open', {
      timeout: 5000,
    });
    await waitUntil(
      () => news.querySelector('script') && events.querySelector('script'),
      'JSON-LD written',
      { timeout: 5000 },
    );
    JSON.parse(news.querySelector('script')!.textContent!);
    await new Promise((r) => setTimeout(r, 100));
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });

  it('shows the map’s place list; known gaps of the map under Trusted Types are listed', async () => {
    const { win, doc, frame } = await open('/test/fixtures/hostile-csp-map.html');
    const map = doc.querySelector('sonnec-map')!;
    await waitUntil(() => settledState(map), 'map settled', { timeout: 15_000 });
    expect(map.getAttribute('state')).to.equal('ready');
    expect(map.shadowRoot!.querySelectorAll('.list [part~="item"]').length).to.be.greaterThan(0);
    map.scrollIntoView();
    await waitUntil(
      () => ['ready', 'failed'].includes(map.getAttribute('map-state') ?? ''),
      'map drawn or failed',
      { timeout: 5000 },
    ).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 100));
    // Known gaps (reported to the map's engineer): Leaflet probes SVG support with
    // `innerHTML = '<svg/>'` (a Trusted Types sink), so the drawn map fails and the list stays;
    // the kind glyphs use a style="" attribute, which style-src without 'unsafe-inline' blocks.
    const known =
      /^(style-src-attr: inline|require-trusted-types-for: trusted-types-sink Element innerHTML\|<svg\/>)$/;
    expect(win.__violations.filter((v) => !known.test(v))).to.deep.equal([]);
    expect(win.__errors.filter((e) => !/TrustedHTML/.test(e))).to.deep.equal([]);
    frame.remove();
  });
});

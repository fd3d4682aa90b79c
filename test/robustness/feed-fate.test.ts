/**
 * One feed, one fate: widgets on one feed share a failed load as they share a good one (one
 * request, one warning, even for a widget whose code arrives after the failure), "Erneut
 * versuchen" in one of them retries for all, the words tell offline apart from a server that
 * is not reachable, and a slow feed shows the webmaster's fallback content before the timeout.
 */
import { expect } from '@open-wc/testing';
import '../../src/define/sonnec-downloads.js';
import '../../src/define/sonnec-events.js';
import '../../src/define/sonnec-news.js';
import { failureMessages } from '../../src/internal/feed-failure.messages.js';
import { SonnecElement } from '../../src/internal/sonnec-element.js';
import { widgetPage, widgetWithFallback } from '../helpers/widget-page.js';
import { requestsFor, settled, textOf, uniqueName, until } from '../helpers/widgets.js';

const widget = (tag: string, src: string, attrs: Record<string, string> = {}) =>
  widgetWithFallback(
    tag,
    src,
    attrs,
    '<p class="fallback"><a href="/veranstaltungen">Alle Termine</a></p>',
  );

const errorText = (el: SonnecElement) => textOf(el.shadowRoot!.querySelector('[part~="error"]'));
const fallbackShown = (el: SonnecElement) =>
  (el.shadowRoot!.querySelector('slot')?.assignedElements() ?? []).length > 0;

describe('one feed, one fate', function () {
  this.timeout(30_000);
  const page = widgetPage();

  it('three widgets on one failing feed: one request, one warning, all show the error', async () => {
    const name = uniqueName('fate');
    const src = `/__fault/toggle/${name}`;
    await fetch(`/__fault/toggle-set/${name}/fail`);
    const first = widget('sonnec-downloads', src);
    page.root.append(first);
    await settled(first);
    // The others arrive after the failure, as widgets whose code loads later do.
    const others = [widget('sonnec-news', src), widget('sonnec-events', src)];
    page.root.append(...others);
    await Promise.all(others.map(settled));

    const all = [first, ...others];
    expect(all.map((el) => el.state)).to.deep.equal(['error', 'error', 'error']);
    expect(await requestsFor(name)).to.equal(1);
    expect(page.warnings.filter((w) => w.includes(name)).length, 'one warning').to.equal(1);
    for (const el of all) expect(fallbackShown(el)).to.be.true;

    // "Erneut versuchen" in one of them: every widget on the feed recovers, with one request.
    await fetch(`/__fault/toggle-set/${name}/good`);
    const retry =
      others[0]!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="error"] button')!;
    expect(textOf(retry)).to.equal(failureMessages.de.retry);
    retry.click();
    await until(() => all.every((el) => el.state === 'ready'), 'all recovered', { timeout: 5000 });
    expect(await requestsFor(name)).to.equal(2);
    for (const el of all) expect(fallbackShown(el)).to.be.false;
  });

  it('says "gerade nicht erreichbar" for a server error and an unreachable server', async () => {
    const server = widget('sonnec-downloads', `/__fault/status/500?run=${uniqueName('s')}`);
    const refused = widget('sonnec-news', `http://127.0.0.1:9/feed?run=${uniqueName('r')}`, {
      lang: 'en',
    });
    page.root.append(server, refused);
    await Promise.all([settled(server), settled(refused)]);
    expect(errorText(server)).to.contain('gerade nicht erreichbar');
    expect(errorText(server)).to.not.contain('Verbindung');
    expect(errorText(refused)).to.contain('cannot be reached right now');
    expect(errorText(refused)).to.not.contain('connection');
  });

  it('asks the visitor to check the connection only when the browser is offline', async () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const de = widget('sonnec-downloads', `http://127.0.0.1:9/feed?run=${uniqueName('o')}`);
      const en = widget('sonnec-news', `http://127.0.0.1:9/feed?run=${uniqueName('o')}`, {
        lang: 'en',
      });
      page.root.append(de, en);
      await Promise.all([settled(de), settled(en)]);
      expect(errorText(de)).to.contain(failureMessages.de.offline);
      expect(errorText(en)).to.contain(failureMessages.en.offline);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).onLine;
    }
    expect(navigator.onLine).to.be.true;
  });

  it('shows the fallback content while the feed is slow, then the widget’s own content', async () => {
    const before = SonnecElement.slowAfterMs;
    SonnecElement.slowAfterMs = 100;
    try {
      const el = widget('sonnec-news', `/__fault/slow/2500?run=${uniqueName('slow')}`, {
        timeout: '15000',
      });
      page.root.append(el);
      await el.updateComplete;
      expect(fallbackShown(el), 'not at once').to.be.false;
      await until(() => fallbackShown(el), 'fallback while slow', { timeout: 2000 });
      expect(el.state).to.equal('loading');
      await settled(el);
      expect(el.state).to.equal('ready');
      expect(fallbackShown(el)).to.be.false;
    } finally {
      SonnecElement.slowAfterMs = before;
    }
  });
});

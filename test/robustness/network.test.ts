/**
 * Broken networks end to end, over real requests to the test server's fault routes: each
 * failure gives the promised error state with a translated message, exactly one console
 * warning, one `sonnec-error` event and the webmaster's fallback content, while a widget with a
 * good feed on the same page keeps working. A refresh that fails after a good load keeps the
 * last good feed on screen.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define/sonnec-downloads.js';
import '../../src/define/sonnec-news.js';
import type { FeedErrorKind } from '../../src/feed/errors.js';
import type { SonnecErrorDetail } from '../../src/internal/events.js';
import { failureMessages } from '../../src/internal/feed-failure.messages.js';
import { widgetPage, widgetWithFallback } from '../helpers/widget-page.js';
import { GOOD_FEED, settled, textOf, uniqueName } from '../helpers/widgets.js';

const widget = (tag: string, src: string, attrs: Record<string, string> = {}) =>
  widgetWithFallback(tag, src, attrs, '<a href="/dokumente" class="fallback">Alle Dokumente</a>');

const unique = (path: string) => `${path}?run=${uniqueName('net')}`;

/** `timeout`: the widget's wait (ms); 5,000 unless the fault is the wait running out. */
const FAULTS: { name: string; path: string; kinds: FeedErrorKind[]; timeout?: string }[] = [
  { name: '404', path: '/__fault/status/404', kinds: ['http'] },
  { name: '500', path: '/__fault/status/500', kinds: ['http'] },
  {
    name: 'an answer slower than the timeout',
    path: '/__fault/slow/3000',
    kinds: ['timeout'],
    timeout: '300',
  },
  { name: 'a body cut off midway', path: '/__fault/truncated', kinds: ['parse'] },
  { name: 'an HTML login page', path: '/__fault/html', kinds: ['parse', 'invalid'] },
  { name: 'a redirect loop', path: '/__fault/redirect-loop/0', kinds: ['network'] },
];

describe('network faults', function () {
  this.timeout(30_000);
  const page = widgetPage();

  for (const fault of FAULTS) {
    it(`${fault.name}: error state, message, one warning, sonnec-error, fallback; the neighbour works`, async () => {
      const src = unique(fault.path);
      // Only the slow answer is to time out: the others get time enough on a busy machine (an
      // HTML page loads the format detector; twenty redirects take a while) to fail as they do.
      const broken = widget('sonnec-downloads', src, { timeout: fault.timeout ?? '5000' });
      const good = widget('sonnec-news', GOOD_FEED);
      const errors: SonnecErrorDetail[] = [];
      broken.addEventListener('sonnec-error', (e) => errors.push(e.detail));
      page.root.append(broken, good);
      await Promise.all([settled(broken), settled(good)]);
      // Give a stray second event or warning the chance to show.
      await new Promise((r) => setTimeout(r, 100));

      expect(broken.state).to.equal('error');
      expect(errors.length, 'one sonnec-error').to.equal(1);
      expect(fault.kinds).to.include(errors[0]!.kind);
      const message = failureMessages.de.errors[errors[0]!.kind];
      expect(errors[0]!.message).to.equal(message);
      const panel = broken.shadowRoot!.querySelector('[part~="error"]')!;
      expect(panel.getAttribute('role')).to.equal('alert');
      expect(textOf(panel)).to.contain(message);
      const slot = broken.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements().map((e) => e.className)).to.deep.equal(['fallback']);
      expect(page.warnings.filter((w) => w.includes(fault.path)).length, 'one warning').to.equal(1);

      expect(good.state).to.equal('ready');
      expect(good.shadowRoot!.querySelectorAll('[part~="item"]').length).to.be.greaterThan(0);
    });
  }

  it('speaks the page language in the error (English)', async () => {
    const broken = widget('sonnec-downloads', unique('/__fault/status/503'), { lang: 'en' });
    const event = oneEvent(broken, 'sonnec-error');
    page.root.append(broken);
    const { detail } = await event;
    expect(detail.message).to.equal(failureMessages.en.errors.http);
    await broken.updateComplete;
    expect(textOf(broken.shadowRoot!.querySelector('[part~="error"]'))).to.contain(
      failureMessages.en.errors.http,
    );
  });

  it('renders a valid 20 MB feed (the store refuses only beyond 32 MB)', async function () {
    this.timeout(60_000);
    const el = widget('sonnec-downloads', unique('/__hostile-big/20'), {
      limit: '5',
      timeout: '45000',
    });
    page.root.append(el);
    await waitUntil(() => el.state !== 'loading', 'big feed settled', { timeout: 50_000 });
    expect(el.state).to.equal('ready');
    expect(el.shadowRoot!.querySelectorAll('[part~="item"]').length).to.equal(5);
    expect(page.warnings.filter((w) => w.includes('__hostile-big'))).to.deep.equal([]);
  });

  it('keeps the last good feed on screen when a refresh fails, and says since when', async () => {
    const src = `/__hostile-flaky/${uniqueName('flaky')}`;
    const el = widget('sonnec-news', src);
    page.root.append(el);
    await settled(el);
    expect(el.state).to.equal('ready');
    const before = el.shadowRoot!.querySelectorAll('[part~="item"]').length;
    expect(before).to.be.greaterThan(0);

    const error = oneEvent(el, 'sonnec-error');
    el.refresh();
    expect((await error).detail.kind).to.equal('http');
    await el.updateComplete;
    expect(el.state, 'no blank box').to.equal('ready');
    expect(el.shadowRoot!.querySelectorAll('[part~="item"]').length).to.equal(before);
    expect(textOf(el.shadowRoot!.querySelector('[part~="stale"]'))).to.match(/^Stand: /);
    expect(page.warnings.filter((w) => w.includes(src)).length).to.equal(1);
  });

  it('does not show another feed’s last good copy after `src` changes to a broken one', async () => {
    const el = widget('sonnec-news', GOOD_FEED);
    page.root.append(el);
    await settled(el);
    const error = oneEvent(el, 'sonnec-error');
    el.setAttribute('src', unique('/__fault/status/404'));
    await error;
    await el.updateComplete;
    expect(el.state).to.equal('error');
  });
});

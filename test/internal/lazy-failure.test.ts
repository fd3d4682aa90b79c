/**
 * A dialog or article whose code fails to load says so (an alert where the visitor pressed),
 * instead of doing nothing or opening an empty body; focus stays on what was pressed. The
 * widgets' own parts get a loader that fails as a dynamic import does when the network went
 * away after the page loaded (breaking the real chunk on the test server would break it for
 * the test files after this one too: the browser keeps the failed module).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys as press } from '@web/test-runner-commands';
import '../../src/define/sonnec-events.js';
import '../../src/define/sonnec-news.js';
import { detailPart, type SonnecEvents } from '../../src/components/events/sonnec-events.js';
import { articlePart, type SonnecNews } from '../../src/components/news/sonnec-news.js';
import type { LazyPart } from '../../src/internal/lazy-part.js';
import { failurePart, type SonnecElement } from '../../src/internal/sonnec-element.js';
import { clearFeedCache } from '../../src/feed/store.js';
import { settled, textOf, uniqueName } from '../helpers/widgets.js';
import { muteWarnings } from '../helpers/failures.js';

const realLoaders = new Map<LazyPart, unknown>();

/** Makes `part` fail to load until `mendParts()` (unless it loaded already). */
function breakPart(part: LazyPart): void {
  const loose = part as unknown as { loader: unknown; value: unknown };
  expect(loose.value, 'the part has not loaded yet').to.equal(undefined);
  realLoaders.set(part, loose.loader);
  loose.loader = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
}

function mendParts(): void {
  for (const [part, loader] of realLoaders)
    (part as unknown as { loader: unknown }).loader = loader;
  realLoaders.clear();
}

describe('a lazy part that does not load', () => {
  muteWarnings();
  afterEach(() => {
    mendParts();
    clearFeedCache();
  });

  // First in this file: no feed has failed yet, so the panel's part has not loaded.
  it('the error panel: a failed feed still fires one sonnec-error and shows the fallback', async () => {
    breakPart(failurePart);
    const errors: unknown[] = [];
    const el = await fixture<SonnecElement>(
      html`<sonnec-news
        src=${`/__fault/status/500?run=${uniqueName('lf')}`}
        @sonnec-error=${(e: CustomEvent) => errors.push(e.detail)}
        ><p class="fallback">Aktuelles im Rathaus</p></sonnec-news
      >`,
    );
    await settled(el);
    // A stray second event would come within this time.
    await new Promise((r) => setTimeout(r, 100));
    expect(el.state).to.equal('error');
    expect(errors).to.deep.equal([{ kind: 'http', message: '' }]);
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements().map((e) => e.className)).to.deep.equal(['fallback']);
    await expect(el).to.be.accessible();
  });

  it('the event dialog: an alert under the title pressed, focus stays on it', async () => {
    breakPart(detailPart);
    const el = await fixture<SonnecEvents>(
      html`<sonnec-events
        src="/test/fixtures/events-basic.json"
        now="2026-12-04T18:00"
      ></sonnec-events>`,
    );
    await settled(el);
    const title = el.shadowRoot!.querySelector<HTMLButtonElement>('.title-button')!;
    title.focus();
    await press({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the failure is said', {
      timeout: 5000,
    });
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(textOf(alert)).to.equal(
      'Dieser Inhalt konnte gerade nicht geladen werden. Bitte versuchen Sie es erneut.',
    );
    expect(alert.closest('[part~="item"]')).to.equal(title.closest('[part~="item"]'));
    expect(el.shadowRoot!.querySelector('dialog')).to.equal(null);
    expect(el.shadowRoot!.activeElement === title, 'focus stays on the title').to.be.true;
    await expect(el).to.be.accessible();
  });

  it('the news article: the opened body says so instead of staying empty', async () => {
    breakPart(articlePart);
    const el = await fixture<SonnecNews>(
      html`<sonnec-news src="/test/fixtures/news-basic.json" lang="en"></sonnec-news>`,
    );
    await settled(el);
    const item = el.shadowRoot!.querySelector('[data-id="n-radweg"]')!;
    const toggle = item.querySelector<HTMLButtonElement>('button[part~="more"]')!;
    toggle.focus();
    await press({ press: 'Enter' });
    const body = item.querySelector<HTMLElement>('[part~="body"]')!;
    await waitUntil(() => body.querySelector('[role="alert"]'), 'the failure is said', {
      timeout: 5000,
    });
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(body.hidden).to.be.false;
    expect(textOf(body)).to.equal('This content could not be loaded just now. Please try again.');
    expect(el.shadowRoot!.activeElement === toggle, 'focus stays on the button').to.be.true;
    await expect(el).to.be.accessible();
  });
});

/**
 * Lists in feed HTML keep their bullets and numbers: the widgets' own `ul` reset (for lists of
 * events, news, places) must not reach into an event's description or a news article's body.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define/sonnec-events.js';
import '../../src/define/sonnec-news.js';
import type { SonnecNews } from '../../src/components/news/sonnec-news.js';
import { clearFeedCache } from '../../src/feed/store.js';
import { feedUrl, settled } from '../helpers/widgets.js';
import {
  dialog,
  mount,
  NOW,
  root,
  titleButtons,
  unmountAll,
} from '../components/events/helpers.js';

const LISTS =
  '<p>Programm:</p><ul><li>Orgel</li><li>Chor</li></ul><ol><li>Bach</li><li>Buxtehude</li></ol>';

/** list-style-type and left padding of the first `ul` and `ol` in `scope`'s rich text. */
function listStyles(scope: ParentNode): string[] {
  return ['ul', 'ol'].map((tag) => {
    const list = scope.querySelector(`.rich-text ${tag}`)!;
    const style = getComputedStyle(list);
    return `${tag}: ${style.listStyleType}, indented ${parseFloat(style.paddingInlineStart) > 0}`;
  });
}

describe('lists in rich text', () => {
  afterEach(() => {
    unmountAll();
    clearFeedCache();
  });

  it("keep bullets and numbers in an event's description", async () => {
    const src = feedUrl({
      version: 1,
      events: [
        {
          id: 'konzert',
          title: 'Konzert',
          start: '2026-12-05T19:00:00+01:00',
          city: 'sonneberg',
          description: LISTS,
        },
      ],
    });
    const el = await mount(`<sonnec-events src="${src}" now="${NOW}"></sonnec-events>`);
    titleButtons(el)[0]!.click();
    await waitUntil(() => dialog(el)?.querySelector('.rich-text li'), 'description shown', {
      timeout: 5000,
    });
    expect(listStyles(root(el))).to.deep.equal([
      'ul: disc, indented true',
      'ol: decimal, indented true',
    ]);
  });

  it("keep bullets and numbers in a news article's body", async () => {
    const src = feedUrl({
      version: 1,
      news: [
        {
          id: 'programm',
          title: 'Programm',
          date: '2026-12-01',
          city: 'sonneberg',
          summary: 'Das Programm',
          body: LISTS,
        },
      ],
    });
    const holder = document.createElement('div');
    holder.innerHTML = `<sonnec-news src="${src}"></sonnec-news>`;
    document.body.append(holder);
    const el = holder.querySelector<SonnecNews>('sonnec-news')!;
    try {
      await settled(el);
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.more')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('.rich-text li'), 'body shown', {
        timeout: 5000,
      });
      expect(listStyles(el.shadowRoot!)).to.deep.equal([
        'ul: disc, indented true',
        'ol: decimal, indented true',
      ]);
    } finally {
      holder.remove();
    }
  });
});

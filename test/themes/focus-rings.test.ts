/**
 * Focus moved by script after "Mehr laden" (a news title): the shared focus ring when the visitor
 * used the keyboard, none after a mouse click (the title is not a control to press).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define/sonnec-news.js';
import type { SonnecNews } from '../../src/components/news/sonnec-news.js';
import { clearFeedCache } from '../../src/feed/store.js';
import { settled } from '../helpers/widgets.js';

const NEWS = '/test/fixtures/news-basic.json';

async function moreNews(): Promise<{
  more: HTMLButtonElement;
  focusedTitle: () => Element | null;
}> {
  const el = await fixture<SonnecNews>(html`<sonnec-news src=${NEWS} page-size="4"></sonnec-news>`);
  await settled(el);
  const root = el.shadowRoot!;
  const more = root.querySelector<HTMLButtonElement>('[part~="load-more"]')!;
  const focusedTitle = () =>
    root.activeElement?.getAttribute('role') === 'heading' ? root.activeElement : null;
  return { more, focusedTitle };
}

const ring = (el: Element) => {
  const style = getComputedStyle(el);
  return `${style.outlineStyle} ${style.outlineWidth}`;
};

describe('focus rings', () => {
  afterEach(() => clearFeedCache());

  it('a news title focused after "Mehr laden" by keyboard shows the ring', async () => {
    const { more, focusedTitle } = await moreNews();
    more.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(focusedTitle, 'focus goes to the first new title');
    expect(ring(focusedTitle()!)).to.equal('solid 3px');
  });

  it('a news title focused after a click on "Mehr laden" shows none', async () => {
    const { more, focusedTitle } = await moreNews();
    more.scrollIntoView({ block: 'center' });
    const box = more.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    await waitUntil(focusedTitle, 'focus goes to the first new title');
    expect(ring(focusedTitle()!)).to.match(/^none /);
  });
});

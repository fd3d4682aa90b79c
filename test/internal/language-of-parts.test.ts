/**
 * Language of parts (WCAG 3.1.2): feed text in another language than the widget's carries its
 * own `lang`, and only that text; the widget's own words carry none.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/sonnec-downloads.js';
import '../../src/define/sonnec-events.js';
import '../../src/define/sonnec-map.js';
import '../../src/define/sonnec-news.js';
import { clearFeedCache } from '../../src/feed/store.js';
import { textLang } from '../../src/internal/i18n.js';
import type { SonnecElement } from '../../src/internal/sonnec-element.js';
import { GOOD_FEED, settled, textOf } from '../helpers/widgets.js';

async function widget<T extends SonnecElement>(markup: string): Promise<T> {
  const holder = await fixture<HTMLElement>(html`<div .innerHTML=${markup}></div>`);
  const el = holder.firstElementChild as T;
  await settled(el);
  return el;
}

/** The `lang` of the element whose text is `text` (the nearest one inside the widget). */
function langOfText(el: Element, selector: string, text: string): string | null {
  const found = [...el.shadowRoot!.querySelectorAll(selector)].find((n) => textOf(n) === text);
  expect(found, `"${text}" is shown`).to.exist;
  return found!.closest('[lang]')?.getAttribute('lang') ?? null;
}

describe('language of parts', () => {
  afterEach(() => clearFeedCache());

  it('textLang: plain strings are German, maps are in the chosen entry, only where it differs', () => {
    expect(textLang('Adventslesung', 'en')).to.equal('de');
    expect(textLang('Adventslesung', 'de')).to.equal(undefined);
    expect(textLang('ILREK summary', 'de', 'en')).to.equal('en');
    expect(textLang('ILREK summary', 'en', 'en-GB')).to.equal(undefined);
    expect(textLang({ de: 'Markt', en: 'Market' }, 'en')).to.equal(undefined);
    expect(textLang({ de: 'Markt' }, 'en')).to.equal('de');
    expect(textLang({ en: 'Market' }, 'de')).to.equal('en');
    expect(textLang({ cs: 'Trh' }, 'de')).to.equal('cs');
  });

  it('an English events list marks German titles, places and descriptions as German', async () => {
    const el = await widget<SonnecElement>(
      `<sonnec-events lang="en" src="/test/fixtures/events-basic.json" now="2026-12-04T18:00"></sonnec-events>`,
    );
    expect(langOfText(el, '[part~="title"]', 'Adventslesung')).to.equal('de');
    expect(
      langOfText(el, '[part~="title"]', 'Advent organ concert'),
      'a translated title needs no lang of its own',
    ).to.equal(null);
    expect(langOfText(el, '.place', 'Stadtkirche St. Georg')).to.equal('de');

    const organ = [
      ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part~="title"]'),
    ].find((b) => textOf(b) === 'Advent organ concert')!;
    organ.click();
    const dialog = () => el.shadowRoot!.querySelector('dialog');
    await waitUntil(() => dialog()?.open, 'the dialog opens', { timeout: 5000 });
    await waitUntil(() => dialog()!.querySelector('.rich-text'), 'the description shows');
    expect(dialog()!.querySelector('.rich-text')!.getAttribute('lang')).to.equal('de');
    await expect(el).to.be.accessible();
  });

  it('an English news list marks German bodies as German when opened', async () => {
    const el = await widget<SonnecElement>(
      `<sonnec-news lang="en" src="/test/fixtures/news-basic.json"></sonnec-news>`,
    );
    const item = el.shadowRoot!.querySelector('[data-id="n-radweg"]')!;
    item.querySelector<HTMLButtonElement>('button[part~="more"]')!.click();
    await waitUntil(() => item.querySelector('.rich-text'), 'the article opens', { timeout: 5000 });
    expect(item.querySelector('.rich-text')!.getAttribute('lang')).to.equal('de');
    await expect(el).to.be.accessible();
  });

  it('an English map list marks German place names and addresses as German', async () => {
    const el = await widget<SonnecElement>(
      `<sonnec-map lang="en" src="/test/fixtures/map-feed.json" view="list"></sonnec-map>`,
    );
    expect(langOfText(el, '.list .title', 'Sternwarte Sonneberg')).to.equal('de');
    const address = el.shadowRoot!.querySelector('.list .address');
    expect(address, 'a place with an address').to.exist;
    expect(address!.closest('[lang]')!.getAttribute('lang')).to.equal('de');
    await expect(el).to.be.accessible();
  });

  it('a German download list marks an English document title as English, and nothing else', async () => {
    const el = await widget<SonnecElement>(
      `<sonnec-downloads src="${GOOD_FEED}"></sonnec-downloads>`,
    );
    const links = [...el.shadowRoot!.querySelectorAll('a[part~="title"]')];
    const english = links.find((a) => textOf(a).startsWith('ILREK summary'))!;
    expect(english.getAttribute('lang')).to.equal('en');
    expect(english.querySelector('.filetype')!.getAttribute('lang')).to.equal('de');
    const german = links.find((a) => textOf(a).startsWith('Antrag Vereinsförderung'))!;
    expect(german.hasAttribute('lang')).to.be.false;
    await expect(el).to.be.accessible();
  });
});

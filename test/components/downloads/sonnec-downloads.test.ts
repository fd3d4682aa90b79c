import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys as press } from '@web/test-runner-commands';
import '../../../src/define/sonnec-downloads.js';
import '../../../src/define/sonnec-feed.js';
import type { SonnecDownloads } from '../../../src/components/downloads/sonnec-downloads.js';
import { clearFeedCache } from '../../../src/feed/store.js';
import { feedUrl, GOOD_FEED, settled, textOf } from '../../helpers/widgets.js';

function links(el: SonnecDownloads): HTMLAnchorElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="title"]')];
}

describe('<sonnec-downloads>', () => {
  afterEach(() => clearFeedCache());

  it('shows a loading state with a live region from the first render', async () => {
    const el = await fixture<SonnecDownloads>(
      html`<sonnec-downloads src="/__fault/slow/500"></sonnec-downloads>`,
    );
    expect(el.getAttribute('state')).to.equal('loading');
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(textOf(status), 'silent while aria-busy').to.equal('');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal(
      'true',
    );
    await expect(el).to.be.accessible();
    await settled(el);
  });

  it('lists documents grouped, newest first, with type, size and language in the link text', async () => {
    const el = await fixture<SonnecDownloads>(
      html`<sonnec-downloads src=${GOOD_FEED}></sonnec-downloads>`,
    );
    await settled(el);
    expect(el.getAttribute('state')).to.equal('ready');
    const groups = [...el.shadowRoot!.querySelectorAll('[part="group"] [role="heading"]')].map(
      textOf,
    );
    expect(groups).to.deep.equal(['ILREK', 'Tourismus', 'Weitere Dokumente']);
    expect(links(el).map(textOf)).to.deep.equal([
      'ILREK summary (PDF, 640 kB, Englisch)',
      'ILREK Kurzfassung (PDF, 2,4 MB)',
      'ILREK Standardfassung (PDF, 8,4 MB)',
      'Veranstaltungsflyer Advent (PDF, 1,3 MB)',
      'Antrag Vereinsförderung (DOCX, 48,2 kB)',
    ]);
    expect(links(el)[1]!.getAttribute('href')).to.equal(
      new URL('/test/fixtures/docs/ilrek-kurzfassung.pdf', location.href).href,
    );
    expect(
      textOf(el.shadowRoot!.querySelector('[role="status"]')),
      'the first content is not announced',
    ).to.equal('');
    expect(textOf(el.shadowRoot!)).to.contain('Veröffentlicht am 12. März 2021');
    await expect(el).to.be.accessible();
  });

  it('speaks English when the page or the element says so', async () => {
    const el = await fixture<SonnecDownloads>(
      html`<div lang="en"><sonnec-downloads src=${GOOD_FEED}></sonnec-downloads></div>`,
    );
    const widget = el.querySelector('sonnec-downloads')!;
    await settled(widget);
    expect(links(widget).map(textOf)).to.include('ILREK short version (PDF, 2.4 MB, German)');
    expect(textOf(widget.shadowRoot!)).to.contain('Published on 12 March 2021');
  });

  it('filters by group with `category` and caps with `limit`', async () => {
    const el = await fixture<SonnecDownloads>(
      html`<sonnec-downloads src=${GOOD_FEED} category="tourism, presse"></sonnec-downloads>`,
    );
    await settled(el);
    expect(links(el).map(textOf)).to.deep.equal(['Veranstaltungsflyer Advent (PDF, 1,3 MB)']);
    el.removeAttribute('category');
    el.limit = 2;
    await el.updateComplete;
    expect(links(el)).to.have.length(2);
  });

  it('lets the visitor sort by title with the keyboard alone', async () => {
    const el = await fixture<SonnecDownloads>(
      html`<sonnec-downloads src=${GOOD_FEED} filters></sonnec-downloads>`,
    );
    await settled(el);
    const select = el.shadowRoot!.querySelector('select')!;
    select.focus();
    await press({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(select.value).to.equal('title');
    expect(links(el).slice(0, 3).map(textOf)).to.deep.equal([
      'ILREK Kurzfassung (PDF, 2,4 MB)',
      'ILREK Standardfassung (PDF, 8,4 MB)',
      'ILREK summary (PDF, 640 kB, Englisch)',
    ]);
    await expect(el).to.be.accessible();
  });

  it('reaches every document link with Tab', async () => {
    const el = await fixture<SonnecDownloads>(
      html`<sonnec-downloads src=${GOOD_FEED}></sonnec-downloads>`,
    );
    await settled(el);
    const reached: string[] = [];
    for (let i = 0; i < 5; i++) {
      await press({ press: 'Tab' });
      reached.push(el.shadowRoot!.activeElement?.textContent?.trim().split(' (')[0] ?? '');
    }
    expect(reached).to.have.length(5);
    expect(new Set(reached).size).to.equal(5);
  });

  it('fires sonnec-load with the count, and sonnec-select when a document is chosen', async () => {
    const el = document.createElement('sonnec-downloads');
    el.src = GOOD_FEED;
    const loaded = oneEvent(el, 'sonnec-load');
    document.body.append(el);
    expect((await loaded).detail.count).to.equal(5);
    await el.updateComplete;
    const link = links(el)[0]!;
    link.addEventListener('click', (e) => e.preventDefault());
    const selected = oneEvent(el, 'sonnec-select');
    link.click();
    expect(((await selected).detail.item as { id: string }).id).to.equal('ilrek-summary-en');
    el.remove();
  });

  it('shows the empty state when the feed has no documents', async () => {
    const el = await fixture<SonnecDownloads>(
      html`<sonnec-downloads src=${feedUrl({ version: 1, downloads: [] })}></sonnec-downloads>`,
    );
    await settled(el);
    expect(el.getAttribute('state')).to.equal('empty');
    expect(textOf(el.shadowRoot!.querySelector('[part="empty"]'))).to.equal(
      'Zurzeit sind keine Dokumente vorhanden.',
    );
    await expect(el).to.be.accessible();
  });

  it('on error shows a translated alert, the fallback content, one event, and can retry', async () => {
    const failed = oneEvent(document, 'sonnec-error');
    const el = await fixture<SonnecDownloads>(html`
      <sonnec-downloads src="/__fault/status/404">
        <a href="https://www.sonneberg.de/dokumente">Alle Dokumente auf sonneberg.de</a>
      </sonnec-downloads>
    `);
    const error = await failed;
    await el.updateComplete;
    expect(error.detail.kind).to.equal('http');
    expect(error.detail.message).to.equal(
      'Die Inhalte sind gerade nicht erreichbar. Bitte versuchen Sie es später erneut.',
    );
    expect(el.getAttribute('state')).to.equal('error');
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(textOf(alert)).to.contain(
      'Die Inhalte sind gerade nicht erreichbar. Bitte versuchen Sie es später erneut.',
    );
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0]!.textContent).to.contain('Alle Dokumente');
    await expect(el).to.be.accessible();
    el.src = GOOD_FEED;
    await oneEvent(el, 'sonnec-load');
    expect(el.getAttribute('state')).to.equal('ready');
  });

  it('reads the source from <sonnec-feed> or the page’s meta tag', async () => {
    const wrapper = await fixture(html`
      <sonnec-feed src=${GOOD_FEED}><sonnec-downloads></sonnec-downloads></sonnec-feed>
    `);
    const inFeed = wrapper.querySelector('sonnec-downloads')!;
    await settled(inFeed);
    expect(inFeed.state).to.equal('ready');

    const meta = Object.assign(document.createElement('meta'), {
      name: 'sonnec:feed',
      content: GOOD_FEED,
    });
    document.head.append(meta);
    try {
      const viaMeta = await fixture<SonnecDownloads>(html`<sonnec-downloads></sonnec-downloads>`);
      await settled(viaMeta);
      expect(viaMeta.state).to.equal('ready');
    } finally {
      meta.remove();
    }
  });

  it('says so when no source is given at all', async () => {
    const el = await fixture<SonnecDownloads>(html`<sonnec-downloads></sonnec-downloads>`);
    await settled(el);
    expect(el.state).to.equal('error');
    expect(textOf(el.shadowRoot!.querySelector('[role="alert"]'))).to.contain('keine Datenquelle');
  });

  it('renders hostile feed text as text and drops unsafe links', async () => {
    const hostile = feedUrl({
      version: 1,
      downloads: [
        {
          id: 'x',
          title: '<img src=x onerror="window.__pwned=1">',
          url: 'a.pdf',
          mediaType: 'application/pdf',
          summary: '<script>window.__pwned=1</script>',
          group: '<b>G</b>',
        },
        { id: 'y', title: 'Böse', url: 'javascript:window.__pwned=1', mediaType: 'text/html' },
      ],
    });
    const el = await fixture<SonnecDownloads>(
      html`<sonnec-downloads src=${hostile}></sonnec-downloads>`,
    );
    await settled(el);
    expect(el.shadowRoot!.querySelector('img, script, b')).to.equal(null);
    expect(links(el).map(textOf)).to.deep.equal(['<img src=x onerror="window.__pwned=1"> (PDF)']);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('writes no cookie and nothing to Web Storage', async () => {
    localStorage.clear();
    sessionStorage.clear();
    const el = await fixture<SonnecDownloads>(
      html`<sonnec-downloads src=${GOOD_FEED} filters></sonnec-downloads>`,
    );
    await settled(el);
    expect(document.cookie).to.equal('');
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
  });
});

describe('<sonnec-downloads> headings', () => {
  afterEach(() => clearFeedCache());

  it('shows no group heading when only one group is left to show', async () => {
    const el = await fixture<SonnecDownloads>(
      html`<sonnec-downloads src=${GOOD_FEED} category="ilrek"></sonnec-downloads>`,
    );
    await settled(el);
    expect(el.shadowRoot!.querySelectorAll('[role="heading"]')).to.have.length(0);
    expect(links(el)).to.have.length(3);
  });

  it('uses the heading level the webmaster set', async () => {
    const el = await fixture<SonnecDownloads>(
      html`<sonnec-downloads src=${GOOD_FEED} heading-level="4"></sonnec-downloads>`,
    );
    await settled(el);
    const levels = [...el.shadowRoot!.querySelectorAll('[role="heading"]')].map((h) =>
      h.getAttribute('aria-level'),
    );
    expect(levels).to.deep.equal(['4', '4', '4']);
  });
});

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys as press } from '@web/test-runner-commands';
import '../../../src/define/sonnec-events.js';
import type { SonnecEvents } from '../../../src/components/events/sonnec-events.js';
import { clearFeedCache } from '../../../src/feed/store.js';
import { feedUrl, settled, textOf } from '../../helpers/widgets.js';
import {
  choose,
  dayHeadings,
  EVENTS_FEED,
  NOW,
  root,
  select,
  status,
  titleButtons,
  titles,
  mount,
  unmountAll,
} from './helpers.js';

function events(attrs = ''): Promise<SonnecEvents> {
  return mount(`<sonnec-events src="${EVENTS_FEED}" now="${NOW}" ${attrs}></sonnec-events>`);
}

describe('<sonnec-events>', () => {
  afterEach(() => {
    unmountAll();
    clearFeedCache();
  });

  it('shows a loading state with a live region from the first render', async () => {
    const el = await fixture<SonnecEvents>(
      html`<sonnec-events src="/__fault/slow/400" now=${NOW}></sonnec-events>`,
    );
    expect(el.state).to.equal('loading');
    // The region is there from the first render, silent while aria-busy says "loading".
    expect(root(el).querySelector('[role="status"]')).to.exist;
    expect(status(el)).to.equal('');
    expect(root(el).querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    await settled(el);
  });

  it('marks an all-day market from today to Sunday as running, not a one-day all-day event', async () => {
    const feed = {
      version: 1,
      events: [
        {
          id: 'markt',
          title: 'Adventsmarkt',
          start: '2026-12-04',
          end: '2026-12-07',
          allDay: true,
          city: 'neustadt',
        },
        { id: 'tag', title: 'Aktionstag', start: '2026-12-04', allDay: true, city: 'sonneberg' },
      ],
    };
    const el = await fixture<SonnecEvents>(
      html`<sonnec-events src=${feedUrl(feed)} now=${NOW}></sonnec-events>`,
    );
    await settled(el);
    const item = (title: string) =>
      [...root(el).querySelectorAll('[part~="item"]')].find((i) => textOf(i).includes(title))!;
    expect(item('Adventsmarkt').querySelector('[part~="running"]')).to.not.equal(null);
    expect(item('Aktionstag').querySelector('[part~="running"]')).to.equal(null);
  });

  it('groups upcoming events by Berlin day, hides past ones and marks the running one', async () => {
    const el = await events();
    expect(el.state).to.equal('ready');
    expect(dayHeadings(el).slice(0, 4)).to.deep.equal([
      'Heute, Freitag, 4. Dezember',
      'Morgen, Samstag, 5. Dezember',
      'Sonntag, 6. Dezember',
      'Donnerstag, 10. Dezember',
    ]);
    expect(titles(el).slice(0, 4)).to.deep.equal([
      'Weihnachtsmarkt Sonneberg',
      'Orgelkonzert im Advent',
      'Adventslesung',
      'Weihnachtskonzert',
    ]);
    expect(titles(el)).to.not.include('Gestrige Führung');
    const first = root(el).querySelector('[part~="item"]')!;
    expect(textOf(first.querySelector('.when'))).to.equal('16:00–21:00 Uhr Läuft gerade');
    expect(first.querySelector('[part~="running"]')).to.not.equal(null);
    // Berlin times, although the browser's clock is in Los Angeles.
    const second = root(el).querySelectorAll('[part~="item"]')[1]!;
    expect(textOf(second.querySelector('.when'))).to.equal('19:30–21:00 Uhr');
    expect(second.querySelector('time')!.getAttribute('datetime')).to.equal(
      '2026-12-04T19:30:00+01:00',
    );
    expect(textOf(second.querySelector('[part~="meta"]'))).to.equal(
      'Stadtkirche St. Georg Neustadt b. Coburg Musik',
    );
    expect(root(el).querySelector('.day-heading time')!.getAttribute('datetime')).to.equal(
      '2026-12-04',
    );
    // 2 today + 1 + 1 + 17 Thursdays (two cancelled) + 1 + 1; 2028 is beyond a year.
    expect(status(el), 'the first content is not announced').to.equal('');
    await expect(el).to.be.accessible();
  });

  it('expands recurring events, without their exception dates, at 19:00 across the DST switch', async () => {
    const el = await events('from="2026-12-15" to="2027-01-10" category="Wissenschaft"');
    const whens = [...root(el).querySelectorAll('[part~="item"] .when time')].map((t) =>
      t.getAttribute('datetime'),
    );
    // 24 and 31 December are cancelled (one exactly, one as a plain date).
    expect(whens).to.deep.equal(['2026-12-17T19:00:00+01:00', '2027-01-07T19:00:00+01:00']);
    el.from = '2027-03-20';
    el.to = '2027-04-30';
    await el.updateComplete;
    const spring = [...root(el).querySelectorAll('[part~="item"]')];
    expect(spring.map((li) => textOf(li.querySelector('.when')))).to.deep.equal([
      '19:00–21:00 Uhr',
      '19:00–21:00 Uhr',
      '19:00–21:00 Uhr',
      '19:00–21:00 Uhr',
    ]);
    expect(spring.map((li) => li.querySelector('time')!.getAttribute('datetime'))).to.deep.equal([
      '2027-03-25T19:00:00+01:00',
      '2027-04-01T19:00:00+02:00',
      '2027-04-08T19:00:00+02:00',
      '2027-04-15T19:00:00+02:00',
    ]);
  });

  it('shows all-day and multi-day events as such', async () => {
    const el = await events('from="2027-02-01" to="2027-02-28" city="neustadt"');
    const carnival = [...root(el).querySelectorAll('[part~="item"]')].find((li) =>
      textOf(li).includes('Fasching'),
    )!;
    expect(textOf(carnival.querySelector('.when'))).to.equal('ganztägig, bis Di., 9. Feb.');
    expect(carnival.querySelector('time')!.getAttribute('datetime')).to.equal('2027-02-06');
  });

  it('speaks English when the page says so', async () => {
    const el = await mount(
      `<div lang="en"><sonnec-events src="${EVENTS_FEED}" now="${NOW}"></sonnec-events></div>`,
    );
    expect(dayHeadings(el).slice(0, 3)).to.deep.equal([
      'Today, Friday 4 December',
      'Tomorrow, Saturday 5 December',
      'Sunday 6 December',
    ]);
    expect(titles(el).slice(0, 2)).to.deep.equal([
      'Sonneberg Christmas market',
      'Advent organ concert',
    ]);
    // A German-only title is marked as German.
    expect(titleButtons(el)[2]!.getAttribute('lang')).to.equal('de');
    expect(textOf(root(el).querySelector('[part~="running"]'))).to.equal('Happening now');
    expect(status(el), 'the first content is not announced').to.equal('');
    await expect(el).to.be.accessible();
  });

  it('filters by city, category, place, organizer, from/to and caps with limit', async () => {
    const el = await events('city="neustadt" to="2026-12-31"');
    // Neustadt's and both cities' events.
    expect(titles(el)).to.deep.equal([
      'Orgelkonzert im Advent',
      'Adventslesung',
      'Weihnachtskonzert',
    ]);
    el.city = undefined;
    el.category = 'music, Lesung';
    await el.updateComplete;
    expect(titles(el)).to.deep.equal([
      'Orgelkonzert im Advent',
      'Adventslesung',
      'Weihnachtskonzert',
    ]);
    el.category = undefined;
    el.place = 'P-ST-GEORG';
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Orgelkonzert im Advent']);
    el.place = undefined;
    el.organizer = 'town library';
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Adventslesung']);
    el.organizer = undefined;
    el.limit = 2;
    await el.updateComplete;
    expect(titles(el)).to.have.length(2);
    expect(status(el)).to.equal('2 Veranstaltungen');
  });

  it('renders the cards and compact layouts accessibly', async () => {
    const cards = await events('layout="cards" limit="4"');
    expect(root(cards).querySelectorAll('.card')).to.have.length(4);
    expect(textOf(root(cards).querySelector('.card .when'))).to.equal(
      'Fr., 4. Dez. · 16:00–21:00 Uhr Läuft gerade',
    );
    const img = root(cards).querySelector<HTMLImageElement>('.card-image')!;
    expect(img.getAttribute('alt')).to.equal('Chor auf der Bühne');
    await expect(cards).to.be.accessible();

    const compact = await events('layout="compact" city="neustadt" limit="3"');
    const first = root(compact).querySelector('.compact-item')!;
    expect(textOf(first.querySelector('.date-block'))).to.equal('Fr 04.12.');
    expect(textOf(first.querySelector('[part~="meta"]'))).to.equal(
      '19:30–21:00 Uhr · Stadtkirche St. Georg',
    );
    expect(root(compact).querySelectorAll('.compact-item')).to.have.length(3);
    await expect(compact).to.be.accessible();
  });

  it('pages with "Mehr laden" and moves focus to the first new event', async () => {
    const el = await events('page-size="5"');
    expect(titles(el)).to.have.length(5);
    const more = root(el).querySelector<HTMLButtonElement>('[part~="load-more"]')!;
    expect(textOf(more)).to.equal('Mehr laden (5 von 23)');
    more.focus();
    await press({ press: 'Enter' });
    await el.updateComplete;
    expect(titles(el)).to.have.length(10);
    expect(root(el).activeElement).to.equal(titleButtons(el)[5]);
    await expect(el).to.be.accessible();
  });

  describe('filters', () => {
    it('renders an accessible filter bar with options from the feed', async () => {
      const el = await events('filters');
      const form = root(el).querySelector('form[role="search"]')!;
      expect(form.getAttribute('aria-label')).to.equal('Veranstaltungen filtern');
      expect([...select(el, 'category').options].map((o) => o.text)).to.deep.equal([
        'Alle Kategorien',
        'Fest',
        'Lesung',
        'Markt',
        'Musik',
        'Politik',
        'Wissenschaft',
      ]);
      expect(select(el, 'city').value).to.equal('all');
      await expect(el).to.be.accessible();
    });

    it('filters by city and category and announces the new count', async () => {
      const el = await events('filters');
      await choose(el, 'city', 'neustadt');
      expect(titles(el)).to.deep.equal([
        'Orgelkonzert im Advent',
        'Adventslesung',
        'Weihnachtskonzert',
        'Fasching in beiden Städten',
      ]);
      expect(status(el)).to.equal('4 Veranstaltungen');
      await choose(el, 'category', 'musik');
      expect(titles(el)).to.deep.equal(['Orgelkonzert im Advent', 'Weihnachtskonzert']);
      expect(status(el)).to.equal('2 Veranstaltungen');
      const reset = root(el).querySelector<HTMLButtonElement>('.reset')!;
      reset.click();
      await el.updateComplete;
      expect(status(el)).to.equal('23 Veranstaltungen');
      expect(root(el).querySelector('.reset')).to.equal(null);
    });

    it('offers today, this weekend, this month and a custom range', async () => {
      const el = await events('filters');
      await choose(el, 'date', 'today');
      expect(titles(el)).to.deep.equal(['Weihnachtsmarkt Sonneberg', 'Orgelkonzert im Advent']);
      await choose(el, 'date', 'weekend');
      expect(titles(el)).to.deep.equal(['Adventslesung', 'Weihnachtskonzert']);
      await choose(el, 'date', 'month');
      expect(status(el)).to.equal('6 Veranstaltungen');
      await choose(el, 'date', 'range');
      expect(root(el).querySelector('input[name="from"]')).to.not.equal(null);
      await choose(el, 'from', '2027-01-14');
      await choose(el, 'to', '2027-01-15');
      expect(titles(el)).to.deep.equal(['Öffentliche Beobachtung', 'Neujahrsempfang']);
      await expect(el).to.be.accessible();
    });

    it('searches title, place, organizer and description, in any language and without accents', async () => {
      const el = await events('filters');
      await choose(el, 'q', 'buxtehude');
      expect(titles(el)).to.deep.equal(['Orgelkonzert im Advent']);
      await choose(el, 'q', 'oeffentliche');
      expect(titles(el)).to.have.length(0);
      await choose(el, 'q', 'offentliche beobachtung');
      expect(titles(el)).to.have.length(17);
      await choose(el, 'q', 'carnival');
      expect(titles(el)).to.deep.equal(['Fasching in beiden Städten']);
      await choose(el, 'q', 'gibt es nicht');
      expect(el.state).to.equal('empty');
      // Said once typing pauses.
      await waitUntil(
        () => status(el) === 'Für diese Auswahl gibt es keine Veranstaltungen.',
        'the empty result is said',
        { timeout: 5000 },
      );
      expect(textOf(root(el).querySelector('[part="empty"]'))).to.equal(
        'Für diese Auswahl gibt es keine Veranstaltungen.',
      );
      // The filter bar stays, so the visitor can undo the search.
      expect(root(el).querySelector('input[type="search"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('works with the keyboard alone', async () => {
      const el = await events('filters');
      select(el, 'city').focus();
      await press({ press: 'ArrowDown' }); // all → sonneberg
      await el.updateComplete;
      expect(select(el, 'city').value).to.equal('sonneberg');
      expect(titles(el)).to.not.include('Weihnachtskonzert');
      await press({ press: 'Tab' });
      await press({ press: 'Tab' });
      await press({ press: 'Tab' });
      expect(root(el).activeElement?.getAttribute('type')).to.equal('search');
      await press({ type: 'markt' });
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Weihnachtsmarkt Sonneberg']);
    });
  });

  describe('sync-url', () => {
    let original: string;
    beforeEach(() => {
      original = location.href;
    });
    afterEach(() => history.replaceState(null, '', original));

    it('reads, writes and restores the filters in namespaced URL parameters', async () => {
      history.replaceState(
        null,
        '',
        '?page=7&sonnec-events.city=neustadt&sonnec-events.date=bogus#top',
      );
      const el = await events('filters sync-url');
      expect(select(el, 'city').value).to.equal('neustadt');
      expect(select(el, 'date').value).to.equal('');
      expect(titles(el)).to.have.length(4);

      await choose(el, 'category', 'musik');
      let url = new URL(location.href);
      expect(url.searchParams.get('page')).to.equal('7');
      expect(url.searchParams.get('sonnec-events.city')).to.equal('neustadt');
      expect(url.searchParams.get('sonnec-events.category')).to.equal('musik');
      expect(url.hash).to.equal('#top');
      expect(titles(el)).to.have.length(2);

      // Back: the browser restores the previous URL and fires popstate. (A real history.back()
      // may leave the test page when the runner reuses it, so the step is reproduced here.)
      history.replaceState(null, '', '?page=7&sonnec-events.city=neustadt#top');
      window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
      await el.updateComplete;
      expect(select(el, 'category').value).to.equal('');
      expect(titles(el)).to.have.length(4);

      await choose(el, 'city', 'all');
      url = new URL(location.href);
      expect(url.searchParams.has('sonnec-events.city')).to.equal(false);
      expect(url.searchParams.get('page')).to.equal('7');
    });

    it('uses the attribute value as the prefix, and leaves the URL alone without sync-url', async () => {
      history.replaceState(null, '', '?termine.q=orgel&sonnec-events.q=markt');
      const el = await events('filters sync-url="termine"');
      expect(titles(el)).to.deep.equal(['Orgelkonzert im Advent']);
      const plain = await events('filters');
      expect(titles(plain)).to.have.length(20);
      await choose(plain, 'city', 'neustadt');
      expect(location.search).to.equal('?termine.q=orgel&sonnec-events.q=markt');
    });
  });

  it('writes schema.org JSON-LD for the visible events into the light DOM', async () => {
    const el = await events('structured-data limit="3"');
    await waitUntil(() => el.querySelector('script[type="application/ld+json"]'));
    const script = el.querySelector('script[type="application/ld+json"]')!;
    const data = JSON.parse(script.textContent!) as { '@graph': Record<string, unknown>[] };
    expect(data['@graph']).to.have.length(3);
    expect(data['@graph'][1]).to.include({
      '@type': 'Event',
      name: 'Orgelkonzert im Advent',
      startDate: '2026-12-04T19:30:00+01:00',
      endDate: '2026-12-04T21:00:00+01:00',
      url: 'https://www.neustadt-bei-coburg.de/orgel',
    });
    expect(data['@graph'][1]!.location).to.deep.include({
      '@type': 'Place',
      name: 'Stadtkirche St. Georg',
      address: 'Kirchplatz 1, 96465 Neustadt b. Coburg',
    });
    el.structuredData = false;
    await el.updateComplete;
    expect(el.querySelector('script')).to.equal(null);
  });

  it('fires sonnec-load with the count', async () => {
    const el = document.createElement('sonnec-events');
    el.src = EVENTS_FEED;
    el.setAttribute('now', NOW);
    const loaded = oneEvent(el, 'sonnec-load');
    document.body.append(el);
    expect((await loaded).detail.count).to.equal(23);
    el.remove();
  });

  it('shows the empty state with the fallback content', async () => {
    const el = await fixture<SonnecEvents>(html`
      <sonnec-events src=${feedUrl({ version: 1, events: [] })} now=${NOW}>
        <a href="https://www.sonneberg.de/veranstaltungen">Alle Termine</a>
      </sonnec-events>
    `);
    await settled(el);
    expect(el.state).to.equal('empty');
    expect(textOf(root(el).querySelector('[part="empty"]'))).to.equal(
      'Zurzeit sind keine Veranstaltungen angekündigt.',
    );
    expect(root(el).querySelector('slot')!.assignedElements()).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('on error shows a translated alert and the fallback content', async () => {
    const el = await fixture<SonnecEvents>(html`
      <sonnec-events src="/__fault/status/404" now=${NOW} layout="cards">
        <a href="https://www.sonneberg.de/veranstaltungen">Alle Termine</a>
      </sonnec-events>
    `);
    await settled(el);
    expect(el.state).to.equal('error');
    expect(textOf(root(el).querySelector('[role="alert"]'))).to.contain(
      'Die Inhalte sind gerade nicht erreichbar. Bitte versuchen Sie es später erneut.',
    );
    await expect(el).to.be.accessible();
  });

  it('renders hostile feed text as text and drops unsafe URLs', async () => {
    const hostile = feedUrl({
      version: 1,
      events: [
        {
          id: 'x"><img src=x onerror=alert(1)>',
          title: '<img src=x onerror="window.__pwned=1">',
          start: '2026-12-05T10:00',
          city: 'sonneberg',
          categories: ['<b>Kat</b>'],
          summary: '<script>window.__pwned=1</script>',
          location: { name: '</script><svg onload=alert(1)>' },
          url: 'javascript:window.__pwned=1',
          image: { src: 'javascript:alert(1)', alt: 'x' },
        },
      ],
    });
    const el = await fixture<SonnecEvents>(
      html`<sonnec-events src=${hostile} now=${NOW} filters structured-data></sonnec-events>`,
    );
    await settled(el);
    expect(
      root(el).querySelector('[part="base"] img, [part="base"] script, [part="base"] svg, b'),
    ).to.equal(null);
    expect(titles(el)).to.deep.equal(['<img src=x onerror="window.__pwned=1">']);
    await waitUntil(() => el.querySelector('script[type="application/ld+json"]'));
    const json = el.querySelector('script[type="application/ld+json"]')!.textContent!;
    expect(json).to.not.contain('</script');
    expect(json).to.not.contain('<');
    expect(JSON.parse(json)['@graph'][0].url).to.equal(undefined);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('writes no cookie and nothing to Web Storage', async () => {
    localStorage.clear();
    sessionStorage.clear();
    const el = await events('filters');
    await choose(el, 'q', 'markt');
    expect(document.cookie).to.equal('');
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
  });
});

/**
 * What the live regions say (WCAG 4.1.3): changes the visitor caused and failures, not content
 * that simply arrived; search results once typing pauses; the "Stand: …" note of a stale copy.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, sendKeys as press } from '@web/test-runner-commands';
import '../../src/define/sonnec-downloads.js';
import '../../src/define/sonnec-events.js';
import '../../src/define/sonnec-map.js';
import '../../src/define/sonnec-news.js';
import type { SonnecDownloads } from '../../src/components/downloads/sonnec-downloads.js';
import type { SonnecEvents } from '../../src/components/events/sonnec-events.js';
import { clearFeedCache } from '../../src/feed/store.js';
import { LiveAnnouncer, type AnnouncerClock } from '../../src/internal/live-announcer.js';
import type { SonnecElement } from '../../src/internal/sonnec-element.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { choose, settled, textOf, uniqueName } from '../helpers/widgets.js';

const toggle = (name: string, mode: 'good' | 'fail') =>
  fetch(`/__fault/toggle-set/${name}/${mode}`);

function region(el: Element): Element {
  return el.shadowRoot!.querySelector('[role="status"]')!;
}

/** Every text the widget's live region takes from now on (what a screen reader would say). */
function listen(el: Element): string[] {
  const said: string[] = [];
  const live = region(el);
  new MutationObserver(() => {
    const text = textOf(live);
    if (text) said.push(text);
  }).observe(live, { childList: true, characterData: true, subtree: true });
  return said;
}

/** The events widget with its filter bar, on the test feed. */
const eventsWithFilters = () =>
  fixture<SonnecEvents>(
    html`<sonnec-events
      src="/test/fixtures/events-basic.json"
      now="2026-12-04T18:00"
      filters
    ></sonnec-events>`,
  );

describe('announcements', () => {
  let clock: AnnouncerClock;
  beforeEach(() => {
    clock = LiveAnnouncer.clock;
  });
  afterEach(() => {
    LiveAnnouncer.clock = clock;
    clearFeedCache();
    localStorage.clear();
  });

  it('a page with four widgets says nothing while loading and nothing for the first content', async () => {
    const src = `/__fault/slow/300?${uniqueName('four')}`;
    const page = await fixture<HTMLElement>(html`
      <div>
        <sonnec-events src=${src} now="2026-12-04T18:00"></sonnec-events>
        <sonnec-news src=${src}></sonnec-news>
        <sonnec-map src=${src} view="list"></sonnec-map>
        <sonnec-downloads src=${src}></sonnec-downloads>
      </div>
    `);
    const widgets = [...page.children] as SonnecElement[];
    const said = widgets.map(listen);
    for (const el of widgets) {
      expect(el.state).to.equal('loading');
      expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal(
        'true',
      );
      expect(textOf(region(el)), 'no "Lädt …" while aria-busy').to.equal('');
    }
    await Promise.all(widgets.map(settled));
    expect(widgets.map((w) => w.state)).to.deep.equal(['ready', 'ready', 'ready', 'ready']);
    expect(said.flat()).to.deep.equal([]);
    await expect(page).to.be.accessible();
  });

  it('says what a filter changes, at once', async () => {
    const el = await eventsWithFilters();
    await settled(el);
    await waitUntil(() => el.shadowRoot!.querySelector('.filter-bar'));
    expect(textOf(region(el))).to.equal('');
    await choose(el, 'city', 'neustadt');
    expect(textOf(region(el))).to.equal('4 Veranstaltungen');
  });

  it('says the result of a search once typing pauses, not per keystroke', async () => {
    const fake = new FakeClock();
    LiveAnnouncer.clock = fake;
    const el = await eventsWithFilters();
    await settled(el);
    await waitUntil(() => el.shadowRoot!.querySelector('input[type="search"]'));
    const said = listen(el);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!.focus();
    await press({ type: 'Orgel' });
    await el.updateComplete;
    expect(said, 'nothing while typing').to.deep.equal([]);
    fake.tick(600);
    await el.updateComplete;
    expect(said, 'nothing before the pause is long enough').to.deep.equal([]);
    fake.tick(100);
    await el.updateComplete;
    expect(said).to.deep.equal(['1 Veranstaltung']);
    await expect(el).to.be.accessible();
  });

  it('says what came after "Erneut versuchen"', async () => {
    const name = uniqueName('retry-said');
    await toggle(name, 'fail');
    const el = await fixture<SonnecDownloads>(
      html`<sonnec-downloads src=${`/__fault/toggle/${name}`}></sonnec-downloads>`,
    );
    await settled(el);
    expect(el.state).to.equal('error');
    expect(el.shadowRoot!.querySelector('[role="alert"]'), 'the failure is an alert').to.exist;
    await toggle(name, 'good');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.error button')!.click();
    await waitUntil(() => textOf(region(el)) === '5 Dokumente', 'the result is said');
  });

  it('says "Stand: …" when a refresh fails and the last good copy stays', async () => {
    const name = uniqueName('stale-said');
    await toggle(name, 'good');
    const el = await fixture<SonnecDownloads>(
      html`<sonnec-downloads src=${`/__fault/toggle/${name}`} offline-cache></sonnec-downloads>`,
    );
    await settled(el);
    expect(textOf(region(el))).to.equal('');
    await toggle(name, 'fail');
    el.refresh();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="stale"]'), 'the stale note shows', {
      timeout: 5000,
    });
    await el.updateComplete;
    const note = textOf(el.shadowRoot!.querySelector('[part="stale"]'));
    expect(note).to.match(/^Stand: \d\d\.\d\d\.\d{4}, \d\d:\d\d$/);
    expect(textOf(region(el))).to.contain(note);
    await expect(el).to.be.accessible();
  });

  it('names links and buttons without a stray space before the colon', async () => {
    const page = await fixture<HTMLElement>(html`
      <div>
        <sonnec-news src="/test/fixtures/news-basic.json"></sonnec-news>
        <sonnec-map src="/test/fixtures/map-feed.json" view="list"></sonnec-map>
      </div>
    `);
    await Promise.all(([...page.children] as SonnecElement[]).map(settled));
    const names: string[] = [];
    const walk = (node: { role?: string; name?: string; children?: unknown[] }) => {
      if ((node.role === 'link' || node.role === 'button') && node.name) names.push(node.name);
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    walk((await a11ySnapshot({})) as unknown as Parameters<typeof walk>[0]);
    expect(names).to.include('Weiterlesen: Radweg Sonneberg–Neustadt freigegeben');
    expect(names.some((n) => n.startsWith('Mehr erfahren: '))).to.be.true;
    expect(names.filter((n) => / :/.test(n))).to.deep.equal([]);
  });
});

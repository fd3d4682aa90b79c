/**
 * The XSS corpus against every widget: each payload in every string field of every item type,
 * rendered in every layout with details opened, JSON-LD on and the .ics export read back.
 * Shared by xss-1.test.ts … xss-4.test.ts. Fails on a canary call, a dangerous URL or handler attribute anywhere, a forbidden element,
 * a JSON-LD script that does not parse back to what was meant, or a request to another origin.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/define/sonnec-downloads.js';
import '../../src/define/sonnec-events.js';
import '../../src/define/sonnec-map.js';
import '../../src/define/sonnec-news.js';
import type { SonnecEvents } from '../../src/components/events/sonnec-events.js';
import type { SonnecMap } from '../../src/components/map/sonnec-map.js';
import type { SonnecNews } from '../../src/components/news/sonnec-news.js';
import { clearFeedCache } from '../../src/feed/store.js';
import { validateFeed } from '../../src/feed/validate.js';
import type { SonnecElement } from '../../src/internal/sonnec-element.js';
import { feedUrl, settled } from '../helpers/widgets.js';
import { mapReady } from '../components/map/map-helpers.js';
import { allElements, elementProblems, fetchedUrls, originOf } from './hostile-dom.js';
import { payloads, type Payload } from './xss-corpus.js';

declare global {
  interface Window {
    __xss?: (n: number) => void;
  }
}

const RUN = `xss${Date.now().toString(36)}`;
/** Another origin on the same test server: what a hostile feed points at. */
const EVIL_ORIGIN = `http://${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
const EVIL = `${EVIL_ORIGIN}/__hostile/${RUN}`;
export const PAYLOADS = payloads(EVIL);
const BATCH = 20;
const HOUR = 3_600_000;
const FAST = { timeout: 5000, interval: 5 };
/** A fixed clock at a whole hour; events start two days later, news were published a day before. */
const NOW = Math.floor(Date.now() / HOUR) * HOUR;
const SAFE_IMAGE = '/test/fixtures/news-photo.svg';

const ran: number[] = [];
const requests: string[] = [];
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) requests.push(entry.name);
});

/** Every string field of every item type holds the payload: variant A everywhere, B with usable URLs. */
export function hostileFeed(batch: readonly Payload[]): unknown {
  const items = batch.flatMap((p, i) =>
    (['a', 'b'] as const).map((variant) => ({ s: p.text, i, variant })),
  );
  const text = (s: string, variant: string) => (variant === 'a' ? s : { de: s, en: s, fr: s });
  const url = (s: string, variant: string, i: number) =>
    variant === 'a' ? s : `/test/robustness/doc-${i}.pdf`;
  const image = (s: string, variant: string) =>
    variant === 'a' ? s : { src: SAFE_IMAGE, alt: text(s, variant), credit: s };
  return {
    version: 1,
    title: batch[0]!.text,
    cities: [{ id: 'sonneberg', name: batch[0]!.text, state: batch[0]!.text, url: batch[0]!.text }],
    events: items.map(({ s, i, variant }) => ({
      id: `${variant}${i}${s}`,
      title: text(s, variant),
      start: new Date(NOW + 48 * HOUR + i * HOUR).toISOString(),
      end: new Date(NOW + 49 * HOUR + i * HOUR).toISOString(),
      city: i % 2 ? 'sonneberg' : 'both',
      categories: [s, text(s, variant)],
      summary: variant === 'a' ? s : undefined, // B: the description becomes the text
      description: s,
      location:
        variant === 'a'
          ? s
          : { name: text(s, variant), address: s, placeId: s, lat: 50.35, lon: 11.17 + i / 1000 },
      url: url(s, variant, i),
      image: image(s, variant),
      organizer: text(s, variant),
      price: text(s, variant),
      rrule: s,
      exdates: [s],
    })),
    news: items.map(({ s, i, variant }) => ({
      id: `${variant}${i}${s}`,
      title: text(s, variant),
      date: new Date(NOW - 24 * HOUR - i * HOUR).toISOString(),
      historicalDate: s,
      city: i % 2 ? 'neustadt' : 'both',
      categories: [s, text(s, variant)],
      summary: variant === 'a' ? s : undefined,
      body: s,
      url: url(s, variant, i),
      image: image(s, variant),
    })),
    places: items.map(({ s, i, variant }) => ({
      id: `${variant}${i}${s}`,
      name: text(s, variant),
      kind: s,
      city: i % 2 ? 'neustadt' : 'sonneberg',
      lat: 50.35 + i / 1000,
      lon: variant === 'a' ? 11.1 : 11.2,
      summary: text(s, variant),
      address: s,
      url: url(s, variant, i),
      image: image(s, variant),
    })),
    downloads: items.map(({ s, i, variant }) => ({
      id: `${variant}${i}${s}`,
      title: text(s, variant),
      url: url(s, variant, i),
      mediaType: s,
      bytes: 1000,
      language: s,
      published: '2026-01-01',
      summary: text(s, variant),
      group: text(s, variant),
    })),
  };
}

export function make<T extends SonnecElement>(
  tag: string,
  src: string,
  attrs: Record<string, string>,
): T {
  const el = document.createElement(tag) as T;
  el.setAttribute('src', src);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
}

/** Everything the page must not show after rendering hostile feeds. */
export function pageProblems(widgets: readonly Element[]): string[] {
  const problems: string[] = [];
  for (const host of widgets) {
    // Light DOM: only our JSON-LD script may be there.
    for (const child of host.children) {
      if (!child.matches('script[type="application/ld+json"][data-sonnec-jsonld]')) {
        problems.push(
          `unexpected light-DOM child of <${host.localName}>: ${child.outerHTML.slice(0, 120)}`,
        );
      }
    }
    for (const el of allElements(host.shadowRoot!)) {
      const own = el.matches('form.filter-bar[role="search"]') && !el.closest('.rich-text');
      if (!own) problems.push(...elementProblems(el));
      for (const url of fetchedUrls(el)) {
        const origin = originOf(url);
        if (origin && origin !== location.origin) {
          problems.push(`<${el.localName}> in <${host.localName}> would load ${url}`);
        }
      }
    }
  }
  // Anything else in the document (a payload escaping into the light DOM).
  for (const el of allElements(document.body)) {
    if (widgets.some((w) => w === el || w.contains(el) || w.shadowRoot?.contains(el))) continue;
    if (el.closest('[data-test-root]') === null && el.localName !== 'script') continue;
    problems.push(
      ...elementProblems(el).filter(
        (p) => !p.startsWith('forbidden element <script> in the document'),
      ),
    );
  }
  return problems;
}

/**
 * A fresh element for each test to put its widgets in (marked, so that `pageProblems` tells it
 * from the page); removed after the test, with the feed cache. Call inside a `describe`.
 */
export function useTestRoot(): () => HTMLElement {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    root.dataset.testRoot = '';
    document.body.append(root);
  });
  afterEach(() => {
    root.remove();
    clearFeedCache();
  });
  return () => root;
}

/** The JSON-LD script parses back, and re-parsing the host's HTML keeps it whole. */
function checkJsonLd(host: Element, expected: (entry: Record<string, unknown>) => string[]): void {
  const scripts = host.querySelectorAll(':scope > script');
  expect(scripts.length, `<${host.localName}> has one JSON-LD script`).to.equal(1);
  const script = scripts[0]!;
  const data = JSON.parse(script.textContent!) as { '@graph': Record<string, unknown>[] };
  expect(data['@graph'].length).to.be.greaterThan(0);
  for (const entry of data['@graph']) {
    const [actual, ...allowed] = expected(entry);
    expect(allowed, `JSON-LD text of <${host.localName}>`).to.include(actual);
  }
  // A CMS that saves the page as HTML and reads it back must get the same script.
  const reparsed = new DOMParser().parseFromString(`<div>${host.innerHTML}</div>`, 'text/html');
  const again = reparsed.querySelectorAll('script');
  expect(again.length, 'the JSON-LD survives a save and reload as HTML').to.equal(1);
  expect(again[0]!.textContent).to.equal(script.textContent);
}

/** The .ics file: one VEVENT, only known properties, the title escaped back to itself. */
function checkIcs(ics: string, title: string): void {
  const lines = ics.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
  const known =
    /^(BEGIN|END|VERSION|PRODID|CALSCALE|METHOD|TZID|TZOFFSETFROM|TZOFFSETTO|TZNAME|DTSTART|RRULE|EXDATE|UID|DTSTAMP|DTEND|SUMMARY|DESCRIPTION|LOCATION|URL)[;:]/;
  for (const line of lines) expect(line, 'a known iCalendar property').to.match(known);
  expect(lines.filter((l) => l === 'BEGIN:VEVENT').length).to.equal(1);
  const summary = lines.find((l) => l.startsWith('SUMMARY:'))!.slice('SUMMARY:'.length);
  const unescaped = summary.replace(/\\([\\;,nN])/g, (_, c: string) =>
    c === 'n' || c === 'N' ? '\n' : c,
  );
  // The file is UTF-8: a lone surrogate becomes U+FFFD.
  const utf8 = (text: string) => new TextDecoder().decode(new TextEncoder().encode(text));
  // eslint-disable-next-line no-control-regex
  const controls = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
  expect(utf8(unescaped)).to.equal(utf8(title).replace(/\r\n?/g, '\n').replace(controls, ''));
}

const trimmed = (p: Payload) => p.text.trim();

/**
 * Defines the suite for part `part` (1-based) of `parts`: two test files share the corpus, so
 * that the test runner runs them side by side.
 */
export function xssSuite(part: number, parts: number): void {
  describe(`XSS corpus (part ${part} of ${parts})`, function () {
    this.timeout(120_000);
    const all: Payload[][] = [];
    for (let i = 0; i < PAYLOADS.length; i += BATCH) all.push(PAYLOADS.slice(i, i + BATCH));
    const per = Math.ceil(all.length / parts);
    const batches = all.slice((part - 1) * per, part * per);
    const offset = (part - 1) * per;
    const root = useTestRoot();

    before(() => {
      window.__xss = (n) => ran.push(n);
      observer.observe({ type: 'resource', buffered: true });
    });

    after(() => observer.disconnect());

    if (part === 1)
      it('holds at least 100 payloads, numbered uniquely', () => {
        expect(PAYLOADS.length).to.be.at.least(100);
        expect(new Set(PAYLOADS.map((p) => p.text)).size).to.equal(PAYLOADS.length);
      });

    batches.forEach((batch, index) => {
      const b = offset + index;
      it(`renders batch ${b + 1}/${all.length} (#${batch[0]!.n}–${batch.at(-1)!.n}) in every widget and layout without harm`, async () => {
        requests.length = 0;
        const src = feedUrl(hostileFeed(batch));
        const texts = batch.map(trimmed);
        const news = ['list', 'cards', 'teaser', 'timeline'].map((layout) =>
          make<SonnecNews>('sonnec-news', src, {
            layout,
            filters: '',
            'structured-data': '',
            'page-size': '1000',
          }),
        );
        for (const n of news) n.now = NOW;
        const events = ['list', 'cards', 'compact'].map((layout) =>
          make<SonnecEvents>('sonnec-events', src, {
            layout,
            filters: '',
            'structured-data': '',
            'page-size': '1000',
            now: String(NOW),
          }),
        );
        const downloads = [
          make('sonnec-downloads', src, { filters: '', sort: 'title' }),
          make('sonnec-downloads', src, { lang: 'en' }),
        ];
        const mapList = make<SonnecMap>('sonnec-map', src, {
          view: 'list',
          'show-events': '',
          filters: '',
        });
        const widgets = [...news, ...events, ...downloads, mapList];
        root().append(...widgets);
        await Promise.all(widgets.map((w) => settled(w)));
        for (const w of widgets) expect(w.state, `<${w.localName}> state`).to.equal('ready');

        // Every item survived validation: the payloads were rendered, not silently dropped.
        const newsItems = news[0]!.shadowRoot!.querySelectorAll('[part~="item"]');
        expect(newsItems.length, 'news items').to.equal(batch.length * 2);
        expect(events[0]!.shadowRoot!.querySelectorAll('button[part~="title"]').length).to.equal(
          batch.length * 2,
        );
        expect(downloads[0]!.shadowRoot!.querySelectorAll('[part~="item"]').length).to.be.at.least(
          batch.length,
        );
        expect(mapList.shadowRoot!.querySelectorAll('.list [part~="item"]').length).to.be.at.least(
          batch.length * 2,
        );

        // News: open every article (sanitized HTML body).
        // (Every layout renders the same item template: the list is enough.)
        const articles = news[0]!.shadowRoot!;
        for (const button of articles.querySelectorAll<HTMLButtonElement>('button.toggle')) {
          button.click();
        }
        await news[0]!.updateComplete;
        await waitUntil(
          () =>
            articles.querySelectorAll('.rich-text').length ===
              articles.querySelectorAll('button.toggle').length &&
            articles.querySelectorAll('.rich-text').length > 0,
          'news articles open',
          FAST,
        );
        // Rich text settles once DOMPurify has loaded and run.
        await new Promise((r) => setTimeout(r, 50));

        // JSON-LD parses back to the payload texts (events load their JSON-LD writer lazily).
        await waitUntil(
          () => events.every((e) => e.querySelector(':scope > script')),
          'events JSON-LD written',
          FAST,
        );
        for (const n of news) {
          checkJsonLd(n, (entry) => [
            entry.headline as string,
            ...texts.map((t) => t.slice(0, 5000).slice(0, 110)),
          ]);
        }
        for (const e of events) {
          checkJsonLd(e, (entry) => [entry.name as string, ...texts.map((t) => t.slice(0, 5000))]);
        }
        expect(pageProblems(widgets)).to.deep.equal([]);

        // Events: the detail view of every occurrence, rendered as the dialog renders it, with its
        // .ics file; then real dialogs (opened by a click, .ics read from the Blob) for a sample.
        // Modal dialogs make the page inert, a costly style pass per opening: hence the sample.
        const list = events[0]!;
        const keys = [...mapList.shadowRoot!.querySelectorAll<HTMLElement>('.list [data-key]')].map(
          (li) => li.dataset.key!,
        );
        for (const w of widgets) if (w !== list) w.remove();
        const detail = await import('../../src/components/events/event-detail.js');
        const model = validateFeed(hostileFeed(batch));
        const stage = document.createElement('div');
        stage.dataset.eventsDetail = '';
        root().append(stage);
        const shadow = stage.attachShadow({ mode: 'open' });
        for (const event of model.events) {
          const o = { event, start: event.start, end: event.end, until: event.end ?? event.start };
          const entry = detail.calendarEntry(o, 'de', document.baseURI);
          checkIcs(detail.toIcs(entry), entry.title);
          const series = detail.seriesEntry(o, entry);
          if (series) checkIcs(detail.toIcs(series), series.title);
          const links = { ics: 'blob:x', fileName: 'x.ics', google: '#', outlook: '#' };
          render(detail.detailBody(o, 'de', links), shadow);
          await new Promise((r) => setTimeout(r, 0));
          expect(pageProblems([stage]), `details of ${event.id}`).to.deep.equal([]);
        }
        // Rich text settles once sanitized; look again at the last one.
        await new Promise((r) => setTimeout(r, 20));
        expect(pageProblems([stage])).to.deep.equal([]);
        stage.remove();
        const buttons = () =>
          list.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part~="title"]');
        const sample = [0, 1, 2, 3].map((k) => (b * 4 + k * 9) % buttons().length);
        for (const i of sample) {
          buttons()[i]!.click();
          await waitUntil(
            () => list.shadowRoot!.querySelector('dialog')?.open,
            'dialog open',
            FAST,
          );
          await list.updateComplete;
          const dialog = list.shadowRoot!.querySelector('dialog')!;
          const title = dialog.querySelector('.dialog-title')!.textContent!.trim();
          expect(
            texts.map((t) => t.slice(0, 5000)),
            'dialog title is the payload as text',
          ).to.include(title);
          const ics = dialog.querySelector<HTMLAnchorElement>('a[download]')!;
          expect(ics.href).to.match(/^blob:/);
          checkIcs(await (await fetch(ics.href)).text(), title);
          await new Promise((r) => setTimeout(r, 20));
          expect(pageProblems([list]), 'inside the open dialog').to.deep.equal([]);
          // The dialog's close event comes a task later: wait for it before the next opening.
          const closed = new Promise((r) => dialog.addEventListener('close', r, { once: true }));
          dialog.close();
          await closed;
          await list.updateComplete;
        }
        list.remove();

        // Map: the popup of every place and event, in the schematic map (no tiles without consent).
        const mapPopups = make<SonnecMap>('sonnec-map', src, { 'show-events': '' });
        root().append(mapPopups);
        await settled(mapPopups);
        mapPopups.scrollIntoView({ block: 'start' });
        await mapReady(mapPopups);
        // The popup renders the list view's details (checked above for every item): a sample.
        for (const key of keys.filter((_, k) => k % 5 === b % 5)) {
          mapPopups.showOnMap(key);
          await waitUntil(
            () => mapPopups.shadowRoot!.querySelector('.leaflet-popup .popup'),
            `popup of ${key}`,
            FAST,
          );
          expect(pageProblems([mapPopups]), `popup of ${key}`).to.deep.equal([]);
        }

        expect(ran, 'canaries that ran').to.deep.equal([]);
        await new Promise((r) => setTimeout(r, 100));
        const mine = (url: string) => batch.some((p) => url.includes(`/${RUN}-${p.n}/`));
        const logged = (await (await fetch(`/__hostile-log/${RUN}`)).json()) as string[];
        expect(
          logged.filter((path) => mine(path)),
          'requests that reached the hostile origin',
        ).to.deep.equal([]);
        const foreign = requests.filter(
          (url) => originOf(url) !== undefined && originOf(url) !== location.origin,
        );
        expect(
          foreign.filter((url) => mine(url) || !url.includes(RUN)),
          'requests to other origins',
        ).to.deep.equal([]);
      });
    });
  });
}

/**
 * Cancelled and postponed events are shown as such: a word beside the title in every layout, in
 * the dialog and in the kiosk, part of the title's accessible name, readable in every theme and
 * in forced colours; the dialog's .ics says STATUS:CANCELLED and the JSON-LD its eventStatus.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, executeServerCommand } from '@web/test-runner-commands';
import '../../../src/define/sonnec-events.js';
import '../../../src/define/sonnec-kiosk.js';
import type { SonnecEvents } from '../../../src/components/events/sonnec-events.js';
import type { SonnecKiosk } from '../../../src/components/kiosk/sonnec-kiosk.js';
import { clearFeedCache } from '../../../src/feed/store.js';
import { THEME_PRESETS, themeDeclarations } from '../../../src/themes/presets.js';
import { FakeClock, KIOSK_NOW } from '../../helpers/fake-clock.js';
import { animationsDone, feedUrl, settled, textOf } from '../../helpers/widgets.js';
import { contrast } from '../../themes/contrast.js';
import { deepQueryAll } from '../kiosk/kiosk-helpers.js';
import { dialog, mount, NOW, root, unmountAll } from './helpers.js';

const FEED = feedUrl({
  version: 1,
  events: [
    { id: 'markt', title: 'Markt', start: '2026-12-05T10:00', city: 'sonneberg' },
    {
      id: 'konzert',
      title: 'Adventskonzert',
      start: '2026-12-05T19:00',
      end: '2026-12-05T21:00',
      city: 'sonneberg',
      status: 'cancelled',
    },
    { id: 'lesung', title: 'Lesung', start: '2026-12-06T15:00', city: 'both', status: 'postponed' },
    {
      id: 'vortrag',
      title: { en: 'Talk on the stars' },
      start: '2026-12-07T18:00',
      city: 'both',
      status: 'moved-online',
    },
    {
      id: 'chor',
      title: 'Chorprobe',
      start: '2026-12-02T19:00',
      city: 'neustadt',
      rrule: 'FREQ=WEEKLY;COUNT=3',
      exdates: ['2026-12-09T19:00'],
    },
    // One date of the series cancelled, as the ICS reader gives a cancelled RECURRENCE-ID.
    {
      id: 'chor/20261209T190000',
      title: 'Chorprobe',
      start: '2026-12-09T19:00',
      city: 'neustadt',
      status: 'cancelled',
    },
  ],
});

function events(attrs = '', lang = 'de'): Promise<SonnecEvents> {
  return mount(
    `<sonnec-events src="${FEED}" now="${NOW}" lang="${lang}" ${attrs}></sonnec-events>`,
  );
}

/** The accessible names of every button on the page (Chromium's accessibility tree). */
async function names(role: string): Promise<string[]> {
  const out: string[] = [];
  const walk = (node: { role?: string; name?: string; children?: unknown[] }) => {
    if (node.role === role && node.name) out.push(node.name);
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk((await a11ySnapshot({})) as unknown as Parameters<typeof walk>[0]);
  return out;
}

function badges(el: Element | ShadowRoot): HTMLElement[] {
  return [...el.querySelectorAll<HTMLElement>('[part~="status"]')];
}

describe('<sonnec-events>: cancelled and postponed events', () => {
  afterEach(() => {
    unmountAll();
    clearFeedCache();
  });

  for (const layout of ['list', 'cards', 'compact']) {
    it(`${layout}: a visible word beside the title, in the title's accessible name`, async () => {
      const el = await events(`layout="${layout}"`);
      const shown = badges(root(el));
      expect(shown.map(textOf)).to.deep.equal(['Abgesagt', 'Verschoben', 'Nur online', 'Abgesagt']);
      for (const badge of shown) {
        expect(badge.offsetWidth, 'visible').to.be.above(0);
        expect(badge.closest('button[part~="title"]'), 'inside the title').to.not.equal(null);
      }
      const titles = await names('button');
      expect(titles).to.include('Adventskonzert Abgesagt');
      expect(titles).to.include('Lesung Verschoben');
      expect(titles).to.include('Markt');
      // The cancelled date of the series, the series' other dates as planned.
      expect(titles.filter((n) => n.startsWith('Chorprobe'))).to.deep.equal([
        'Chorprobe Abgesagt',
        'Chorprobe',
      ]);
      // The time stays readable: not struck through.
      const item = shown[0]!.closest('[part~="item"]')!;
      expect(textOf(item)).to.match(/19:00/);
      expect(getComputedStyle(item).textDecorationLine).to.equal('none');
      await expect(el).to.be.accessible();
    });
  }

  it('speaks the widget’s language beside a title in another', async () => {
    const el = await events();
    const badge = badges(root(el))[2]!;
    expect(badge.closest('button')!.getAttribute('lang')).to.equal('en');
    expect(badge.getAttribute('lang')).to.equal('de');
    const english = await events('', 'en');
    expect(badges(root(english)).map(textOf)).to.deep.equal([
      'Cancelled',
      'Postponed',
      'Online only',
      'Cancelled',
    ]);
  });

  it('dialog: its title says it, and its .ics file says STATUS:CANCELLED', async () => {
    const el = await events();
    const opener = [...root(el).querySelectorAll<HTMLButtonElement>('button[part~="title"]')][1]!;
    opener.click();
    await waitUntil(() => dialog(el)?.open, 'the dialog did not open', { timeout: 5000 });
    const d = dialog(el)!;
    const label = root(el).getElementById(d.getAttribute('aria-labelledby')!)!;
    expect(textOf(label)).to.equal('Adventskonzert Abgesagt');
    expect(badges(label)[0]!.offsetWidth).to.be.above(0);
    expect(await names('dialog')).to.include('Adventskonzert Abgesagt');
    const ics = await (await fetch(d.querySelector<HTMLAnchorElement>('a[download]')!.href)).text();
    expect(ics).to.contain('\r\nSTATUS:CANCELLED\r\n');
    await expect(el).to.be.accessible();
  });

  it('JSON-LD: eventStatus of each event', async () => {
    const el = await events('structured-data');
    await waitUntil(() => el.querySelector('script[type="application/ld+json"]'), 'no JSON-LD');
    const data = JSON.parse(el.querySelector('script')!.textContent!) as unknown;
    const list = (
      Array.isArray(data) ? data : ((data as { '@graph'?: unknown[] })['@graph'] ?? [data])
    ) as {
      name: string;
      eventStatus: string;
    }[];
    expect(
      list.map((e) => [e.name, e.eventStatus.replace('https://schema.org/', '')]),
    ).to.deep.include.members([
      ['Markt', 'EventScheduled'],
      ['Adventskonzert', 'EventCancelled'],
      ['Lesung', 'EventPostponed'],
      ['Talk on the stars', 'EventMovedOnline'],
    ]);
  });

  it('kiosk: the word beside the title on the signage too', async () => {
    const kiosk = await fixture<SonnecKiosk>(html`
      <sonnec-kiosk
        src=${FEED}
        views="today,week"
        .clock=${new FakeClock(KIOSK_NOW + 86_400_000)}
        style="--sonnec-kiosk-height: 900px"
      ></sonnec-kiosk>
    `);
    await waitUntil(() => kiosk.state === 'ready', 'the kiosk did not load', { timeout: 8000 });
    const list = kiosk.shadowRoot!.querySelector<SonnecEvents>('sonnec-events')!;
    await settled(list);
    const shown = deepQueryAll<HTMLElement>(kiosk.shadowRoot!, '[part~="status"]');
    expect(shown.map(textOf)).to.include('Abgesagt');
    expect(shown.find((b) => textOf(b) === 'Abgesagt')!.offsetWidth).to.be.above(0);
    expect(await names('button')).to.include('Adventskonzert Abgesagt');
    await animationsDone();
    await expect(list).to.be.accessible();
  });
});

describe('<sonnec-events>: the status word’s contrast', () => {
  afterEach(() => {
    unmountAll();
    clearFeedCache();
  });

  async function ratio(style: string, scheme: string): Promise<number> {
    const el = await mount(
      `<div style="${style}"><sonnec-events src="${FEED}" now="${NOW}" theme="${scheme}"></sonnec-events></div>`,
    );
    const badge = badges(root(el))[0]!;
    const css = getComputedStyle(badge);
    return contrast(css.color, css.backgroundColor);
  }

  for (const scheme of ['light', 'dark']) {
    it(`default ${scheme}: at least 4.5:1`, async () => {
      expect(await ratio('', scheme)).to.be.at.least(4.5);
    });
  }
  for (const preset of THEME_PRESETS) {
    it(`${preset.id}: at least 4.5:1`, async () => {
      expect(await ratio(themeDeclarations(preset, ''), preset.scheme)).to.be.at.least(4.5);
    });
  }

  it('forced colours: the word keeps its border and its text', async () => {
    await executeServerCommand('forced-colors', { active: true });
    try {
      const el = await events();
      const css = getComputedStyle(badges(root(el))[0]!);
      expect(css.borderTopStyle).to.equal('solid');
      expect(css.borderTopColor).to.equal(css.color);
      expect(css.color).to.not.equal(css.backgroundColor);
    } finally {
      await executeServerCommand('forced-colors', { active: false });
    }
  });
});

import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys as press } from '@web/test-runner-commands';
import '../../../src/define/sonnec-events.js';
import type { SonnecEvents } from '../../../src/components/events/sonnec-events.js';
import type { FeedEvent } from '../../../src/feed/types.js';
import { clearFeedCache } from '../../../src/feed/store.js';
import { feedUrl, textOf } from '../../helpers/widgets.js';
import { dialog, EVENTS_FEED, mount, NOW, root, titleButtons, unmountAll } from './helpers.js';

function events(attrs = '', src = EVENTS_FEED): Promise<SonnecEvents> {
  return mount(`<sonnec-events src="${src}" now="${NOW}" ${attrs}></sonnec-events>`);
}

async function openByClick(el: SonnecEvents, index: number): Promise<HTMLDialogElement> {
  titleButtons(el)[index]!.click();
  await waitUntil(() => dialog(el)?.open, 'dialog did not open', { timeout: 5000 });
  return dialog(el)!;
}

describe('<sonnec-events> detail dialog', () => {
  afterEach(() => {
    unmountAll();
    clearFeedCache();
  });

  it('opens a labelled modal dialog with the details and fires sonnec-select', async () => {
    const el = await events();
    const selected = oneEvent(el, 'sonnec-select');
    const d = await openByClick(el, 1);
    const { detail } = await selected;
    expect((detail.item as FeedEvent).id).to.equal('organ');
    expect((detail as unknown as { event: FeedEvent }).event).to.equal(detail.item);

    expect(d.matches(':modal')).to.equal(true);
    const labelledBy = d.getAttribute('aria-labelledby')!;
    expect(textOf(root(el).getElementById(labelledBy))).to.equal('Orgelkonzert im Advent');
    expect(d.contains(root(el).activeElement)).to.equal(true);

    const text = textOf(d);
    expect(text).to.contain('Wann Freitag, 4. Dezember 2026, 19:30–21:00 Uhr');
    expect(text).to.contain('Ort Stadtkirche St. Georg Kirchplatz 1, 96465 Neustadt b. Coburg');
    expect(text).to.contain('Veranstalter Kantorei Neustadt');
    expect(text).to.contain('Eintritt Eintritt frei, Spenden erbeten');
    await waitUntil(
      () => d.querySelector('.rich-text strong'),
      'description not sanitized in time',
    );
    expect(textOf(d.querySelector('.rich-text'))).to.equal(
      'Werke von Bach und Buxtehude; an der Orgel: Anna Muster.',
    );
    expect(d.querySelector<HTMLAnchorElement>('a.more')!.href).to.equal(
      'https://www.neustadt-bei-coburg.de/orgel',
    );
    await expect(el).to.be.accessible();
  });

  it('closes with Escape and gives focus back to the title that opened it', async () => {
    const el = await events();
    const opener = titleButtons(el)[2]!;
    opener.focus();
    await press({ press: 'Enter' });
    await waitUntil(() => dialog(el)?.open, 'dialog did not open', { timeout: 5000 });
    await press({ press: 'Escape' });
    await waitUntil(() => !dialog(el), 'dialog did not close');
    expect(root(el).activeElement).to.equal(opener);
  });

  it('closes with its close button and on the backdrop, with the keyboard alone', async () => {
    const el = await events();
    const opener = titleButtons(el)[0]!;
    opener.focus();
    await press({ press: 'Space' });
    await waitUntil(() => dialog(el)?.open, 'dialog did not open', { timeout: 5000 });
    const close = dialog(el)!.querySelector<HTMLButtonElement>('.dialog-close')!;
    expect(close.getAttribute('aria-label')).to.equal('Schließen');
    expect(root(el).activeElement).to.equal(close);
    // Tab stays inside the modal dialog's content.
    await press({ press: 'Tab' });
    expect(dialog(el)!.contains(root(el).activeElement)).to.equal(true);
    await press({ down: 'Shift' });
    await press({ press: 'Tab' });
    await press({ up: 'Shift' });
    await press({ press: 'Enter' });
    await waitUntil(() => !dialog(el), 'dialog did not close');
    expect(root(el).activeElement).to.equal(opener);

    const d = await openByClick(el, 0);
    d.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await waitUntil(() => !dialog(el), 'backdrop click did not close');
  });

  it('lets the host page cancel sonnec-select to show its own view', async () => {
    const el = await events();
    el.addEventListener('sonnec-select', (e) => e.preventDefault(), { once: true });
    titleButtons(el)[0]!.click();
    await new Promise((r) => setTimeout(r, 50));
    expect(dialog(el)).to.equal(null);
  });

  it('offers the event as a valid .ics file and as Google and Outlook links', async () => {
    const el = await events();
    const d = await openByClick(el, 1);
    const [ics, google, outlook] = [...d.querySelectorAll<HTMLAnchorElement>('.add-to-calendar a')];
    expect(ics!.getAttribute('download')).to.equal('Orgelkonzert-im-Advent.ics');
    expect(ics!.href).to.match(/^blob:/);
    const body = await (await fetch(ics!.href)).text();
    expect(body).to.match(/^BEGIN:VCALENDAR\r\n/);
    expect(body).to.contain('\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n');
    expect(body).to.contain('\r\nDTSTART;TZID=Europe/Berlin:20261204T193000\r\n');
    expect(body).to.contain('\r\nDTEND;TZID=Europe/Berlin:20261204T210000\r\n');
    expect(body).to.contain('\r\nSUMMARY:Orgelkonzert im Advent\r\n');
    expect(body).to.contain(
      '\r\nLOCATION:Stadtkirche St. Georg\\, Kirchplatz 1\\, 96465 Neustadt b. Coburg\r\n',
    );
    expect(body).to.match(/\r\nUID:organ-\d+@sonnec-widgets\r\n/);
    expect(body).to.match(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);

    const g = new URL(google!.href);
    expect(g.origin).to.equal('https://calendar.google.com');
    expect(g.searchParams.get('dates')).to.equal('20261204T183000Z/20261204T200000Z');
    expect(g.searchParams.get('text')).to.equal('Orgelkonzert im Advent');
    expect(google!.rel).to.equal('noopener noreferrer');
    const o = new URL(outlook!.href);
    expect(o.searchParams.get('startdt')).to.equal('2026-12-04T18:30:00Z');
    expect(o.searchParams.get('subject')).to.equal('Orgelkonzert im Advent');

    // The Blob URL is released when the dialog closes.
    d.close();
    await waitUntil(() => !dialog(el));
    let failed = false;
    await fetch(ics!.href).catch(() => (failed = true));
    expect(failed).to.equal(true);
  });

  it('offers a recurring event as this date or as the whole series', async () => {
    const el = await events();
    const index = titleButtons(el).findIndex((b) => textOf(b) === 'Öffentliche Beobachtung');
    const d = await openByClick(el, index);
    const files = [...d.querySelectorAll<HTMLAnchorElement>('.add-to-calendar a[download]')];
    expect(files.map(textOf)).to.deep.equal([
      'Dieser Termin (.ics)',
      'Alle Termine der Reihe (.ics)',
    ]);
    const [one, series] = files as [HTMLAnchorElement, HTMLAnchorElement];
    expect(series.getAttribute('download')).to.equal('Offentliche-Beobachtung-alle-Termine.ics');
    const single = await (await fetch(one.href)).text();
    expect(single).to.contain('\r\nDTSTART;TZID=Europe/Berlin:20261210T190000\r\n');
    expect(single.split('BEGIN:VEVENT')[1], 'the event itself').to.not.contain('RRULE');
    const all = await (await fetch(series.href)).text();
    expect(all).to.contain('\r\nDTSTART;TZID=Europe/Berlin:20261210T190000\r\n');
    // UNTIL: the whole 15 April (Berlin, summer time) in UTC.
    expect(all).to.contain('\r\nRRULE:FREQ=WEEKLY;UNTIL=20270415T215959Z;WKST=MO\r\n');
    // Both exceptions at the series' time: the plain date 31 December included.
    expect(all).to.contain('\r\nEXDATE;TZID=Europe/Berlin:20261224T190000\r\n');
    expect(all).to.contain('\r\nEXDATE;TZID=Europe/Berlin:20261231T190000\r\n');
    expect(all).to.match(/\r\nUID:stars@sonnec-widgets\r\n/);
    await expect(el).to.be.accessible();

    d.close();
    await waitUntil(() => !dialog(el));
    for (const file of [one, series]) {
      let failed = false;
      await fetch(file.href).catch(() => (failed = true));
      expect(failed, 'the Blob URL is released').to.equal(true);
    }
  });

  it('exports an all-day event with VALUE=DATE and an exclusive end', async () => {
    const el = await events('from="2027-02-01" to="2027-02-28" category="fest"');
    const d = await openByClick(el, 0);
    const body = await (
      await fetch(d.querySelector<HTMLAnchorElement>('a[download]')!.href)
    ).text();
    expect(body).to.contain('\r\nDTSTART;VALUE=DATE:20270206\r\nDTEND;VALUE=DATE:20270210\r\n');
    expect(body).to.not.contain('VTIMEZONE');
    expect(textOf(d)).to.contain(
      'Samstag, 6. Februar 2027 – Dienstag, 9. Februar 2027 (ganztägig)',
    );
  });

  it('speaks English in the dialog', async () => {
    const el = await events('lang="en"');
    const d = await openByClick(el, 1);
    expect(textOf(d)).to.contain('When Friday, 4 December 2026, 19:30–21:00');
    expect(textOf(d)).to.contain('Admission Free, donations welcome');
    expect(textOf(d.querySelector('.add-to-calendar'))).to.contain('Add to calendar');
    expect(
      d.querySelector<HTMLButtonElement>('.dialog-close')!.getAttribute('aria-label'),
    ).to.equal('Close');
    await expect(el).to.be.accessible();
  });

  it('sanitizes the description and keeps every other field as text', async () => {
    const hostile = feedUrl({
      version: 1,
      events: [
        {
          id: 'h',
          title: '<img src=x onerror="window.__pwned=1">',
          start: '2026-12-05T10:00',
          city: 'sonneberg',
          organizer: '<b onclick="window.__pwned=1">Org</b>',
          price: '<i>frei</i>',
          description:
            '<p>Gut <a href="javascript:window.__pwned=1">Link</a></p><script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">',
        },
      ],
    });
    const el = await events('', hostile);
    const d = await openByClick(el, 0);
    await waitUntil(() => d.querySelector('.rich-text p'), 'description not rendered');
    expect(textOf(d.querySelector('.dialog-title'))).to.equal(
      '<img src=x onerror="window.__pwned=1">',
    );
    expect(d.querySelector('script, [onerror], [onclick], b, i')).to.equal(null);
    const link = d.querySelector('.rich-text a')!;
    expect(link.hasAttribute('href')).to.equal(false);
    expect(textOf(d)).to.contain('Veranstalter <b onclick="window.__pwned=1">Org</b>');
    const body = await (
      await fetch(d.querySelector<HTMLAnchorElement>('a[download]')!.href)
    ).text();
    expect(body).to.contain('SUMMARY:<img src=x onerror="window.__pwned=1">');
    expect(body).to.contain('DESCRIPTION:Gut Link');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

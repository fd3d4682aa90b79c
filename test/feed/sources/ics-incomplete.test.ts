/**
 * Calendars other writers leave incomplete, read as calendar apps read them: a VEVENT without
 * SUMMARY (RFC 5545 makes it optional) and VEVENTs without a VCALENDAR around them (several
 * public test calendars are just the component). Both are read and noted (`kept` entries).
 */
import { expect } from '@open-wc/testing';
import { parseIcs } from '../../../src/feed/sources/ics.js';
import { detectFormat } from '../../../src/feed/sources/detect-format.js';
import { decodeBody } from '../../../src/feed/decode-bytes.js';
import { isoInBerlin } from '../../../src/feed/sources/wire.js';

const vevent = (uid: string, ...lines: string[]) => [
  'BEGIN:VEVENT',
  `UID:${uid}`,
  'DTSTAMP:20260101T000000Z',
  'DTSTART:20260302T180000Z',
  ...lines,
  'END:VEVENT',
];
const calendar = (...events: string[][]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//DE', ...events.flat(), 'END:VCALENDAR'].join(
    '\r\n',
  );

describe('ICS adapter: a VEVENT without SUMMARY', () => {
  it('takes the first line of the DESCRIPTION, else the LOCATION, else "(Kein Titel)", each noted', async () => {
    const feed = await parseIcs(
      calendar(
        vevent('desc', 'DESCRIPTION:\\n  Orgelkonzert in St. Stephan\\nmit Werken von Bach'),
        vevent('html', 'DESCRIPTION:<p>Lesung &amp; Gespräch</p><p>Eintritt frei</p>'),
        vevent('ort', 'LOCATION:Stadthalle\\, Bahnhofstraße 1\\, 96515 Sonneberg'),
        vevent('leer', 'DESCRIPTION: '),
        vevent('titel', 'SUMMARY:Mit Titel'),
      ),
    );
    expect(feed.events.map((e) => [e.id, e.title])).to.deep.equal([
      ['desc', 'Orgelkonzert in St. Stephan'],
      ['html', 'Lesung & Gespräch'],
      ['ort', 'Stadthalle, Bahnhofstraße 1, 96515 Sonneberg'],
      ['leer', { de: '(Kein Titel)', en: '(No title)' }],
      ['titel', 'Mit Titel'],
    ]);
    expect(feed.dropped.map((d) => [d.index, d.id, d.kept, d.reason])).to.deep.equal([
      [0, 'desc', true, 'no SUMMARY: the title is the DESCRIPTION’s first line'],
      [1, 'html', true, 'no SUMMARY: the title is the DESCRIPTION’s first line'],
      [2, 'ort', true, 'no SUMMARY: the title is the LOCATION'],
      [3, 'leer', true, 'no SUMMARY: shown as “(Kein Titel)”'],
    ]);
  });

  it('cuts a long first line at a word', async () => {
    const long = 'Führung durch die Ausstellung '.repeat(5).trim();
    const feed = await parseIcs(calendar(vevent('lang', `DESCRIPTION:${long}`)));
    const title = feed.events[0]!.title as string;
    expect(title.length).to.be.at.most(81);
    expect(title).to.match(/^Führung durch die Ausstellung Führung .*\S…$/);
  });

  it('an override without SUMMARY keeps its series’ title, unnoted', async () => {
    const feed = await parseIcs(
      calendar(vevent('serie', 'SUMMARY:Wochenmarkt', 'RRULE:FREQ=WEEKLY;COUNT=3'), [
        'BEGIN:VEVENT',
        'UID:serie',
        'DTSTAMP:20260101T000000Z',
        'RECURRENCE-ID:20260309T180000Z',
        'DTSTART:20260309T190000Z',
        'END:VEVENT',
      ]),
    );
    expect(feed.events.map((e) => e.title)).to.deep.equal(['Wochenmarkt', 'Wochenmarkt']);
    expect(feed.dropped).to.deep.equal([]);
  });
});

describe('ICS adapter: VEVENTs without a VCALENDAR around them', () => {
  const BARE = [
    ...vevent('bare-1', 'SUMMARY:Allein'),
    ...vevent('bare-2', 'SUMMARY:Zu zweit', 'RRULE:FREQ=DAILY;COUNT=2'),
  ].join('\r\n');

  it('reads them as if they stood in one, noted once for the calendar', async () => {
    const feed = await parseIcs(BARE);
    expect(feed.events.map((e) => [e.id, e.title, isoInBerlin(e.start)])).to.deep.equal([
      ['bare-1', 'Allein', '2026-03-02T19:00:00+01:00'],
      ['bare-2', 'Zu zweit', '2026-03-02T19:00:00+01:00'],
    ]);
    expect(feed.events[1]!.rrule).to.equal('FREQ=DAILY;COUNT=2');
    expect(feed.dropped).to.deep.equal([
      {
        section: 'calendar',
        index: -1,
        kept: true,
        reason: 'no VCALENDAR around the VEVENTs: read as if they stood in one',
      },
    ]);
  });

  it('is detected as a calendar, and unfolded on its octets', () => {
    expect(detectFormat(BARE)).to.equal('ics');
    const folded = new Uint8Array([
      ...new TextEncoder().encode('BEGIN:VEVENT\r\nSUMMARY:Gr'),
      0xc3,
      ...new TextEncoder().encode('\r\n '),
      0xbc,
      ...new TextEncoder().encode('ße\r\nEND:VEVENT\r\n'),
    ]);
    expect(decodeBody(folded, '')).to.equal('BEGIN:VEVENT\r\nSUMMARY:Grüße\r\nEND:VEVENT\r\n');
  });

  it('still refuses a text that holds no calendar component', async () => {
    try {
      await parseIcs('BEGIN:VTODO\r\nSUMMARY:x\r\nEND:VTODO\r\n');
      expect.fail('no error');
    } catch (error) {
      expect((error as Error).message).to.match(/no iCalendar file/);
    }
  });
});

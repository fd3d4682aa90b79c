// sonnec-feed build --calendars / --atom: the calendars people subscribe to and the news feed.
// Needs `npm run build:lib` (the CLI and the widgets' query run from dist/lib).
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DOMParser } from '@xmldom/xmldom';
import ICAL from 'ical.js';
import { ROOT, SOURCES, buildCalendars, cli, readJson, tempDir } from './helpers.mjs';

const { validateFeed } = await import(path.join(ROOT, 'dist/lib/feed/validate.js'));
const { selectEvents } = await import(
  path.join(ROOT, 'dist/lib/components/events/events-query.js')
);
// The widget loads the expander for a feed with series; the list here gets it the same way.
const { expandSeries } = await import(
  path.join(ROOT, 'dist/lib/components/events/events-series.js')
);

const FIXTURE = path.join(SOURCES, 'subscribe-feed.json');
/** 2027-01-01 00:00 in Berlin: the widget's clock; the year after it is compared. */
const NOW = Date.UTC(2026, 11, 31, 23);
const YEAR_END = Date.UTC(2027, 11, 31, 23);
const EPOCH_1 = '1796000000';
const EPOCH_2 = '1797000000';

function build(dir, source = FIXTURE, epoch = EPOCH_1) {
  return buildCalendars(dir, [source], { epoch, title: 'SON.NEC', atom: true });
}

/** Every file the build wrote, by path relative to `dir`, as bytes. */
function written(dir) {
  const out = {};
  for (const name of readdirSync(dir, { recursive: true })) {
    const file = path.join(dir, name);
    if (name.endsWith('.ics') || name.endsWith('.json') || name.endsWith('.atom'))
      out[name] = readFileSync(file);
  }
  return out;
}

/** The starts a calendar app shows from [from, to): ical.js expands every VEVENT. */
function calendarAppStarts(ics, from, to) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const out = [];
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    const it = event.iterator();
    for (let next = it.next(); next; next = it.next()) {
      const epoch = next.isDate
        ? Date.UTC(next.year, next.month - 1, next.day) - 3_600_000 // Berlin midnight, winter or summer below
        : next.toJSDate().getTime();
      if (next.isDate) {
        const key = `${next.toString()}`;
        if (epoch >= to) break;
        if (epoch + 86_400_000 > from) out.push(`${event.uid} ${key}`);
      } else {
        if (epoch >= to) break;
        if (epoch >= from) out.push(`${event.uid} ${new Date(epoch).toISOString()}`);
      }
    }
  }
  return out.sort();
}

/** What `<sonnec-events>` lists for the calendar's filter over the same year. */
function widgetStarts(feed, calendar, from = NOW, to = YEAR_END) {
  const { items } = selectEvents(feed, {
    now: from,
    to,
    city: calendar.city,
    category: calendar.category,
    startingOnly: true,
    expand: expandSeries,
  });
  return items
    .map((o) => {
      const when = o.event.allDay
        ? new Intl.DateTimeFormat('sv', { timeZone: 'Europe/Berlin' }).format(o.start)
        : new Date(o.start).toISOString();
      return `${o.event.id}@son-nec ${when}`;
    })
    .sort();
}

describe('sonnec-feed build --calendars', () => {
  it('names its calendars in the feed, relative to it, and writes each one', async () => {
    const dir = tempDir();
    await build(dir);
    const wire = readJson(path.join(dir, 'feed.json'));
    assert.deepEqual(
      wire.calendars.map((c) => c.url),
      [
        'kalender/veranstaltungen.ics',
        'kalender/veranstaltungen-sonneberg.ics',
        'kalender/veranstaltungen-neustadt.ics',
        'kalender/veranstaltungen-kategorie-fest.ics',
        'kalender/veranstaltungen-kategorie-fuehrung.ics',
        'kalender/veranstaltungen-kategorie-konzert.ics',
        'kalender/veranstaltungen-kategorie-markt.ics',
      ],
    );
    const sonneberg = wire.calendars.find((c) => c.id === 'city-sonneberg');
    assert.deepEqual(sonneberg.title, {
      de: 'SON.NEC – Veranstaltungen Sonneberg',
      en: 'SON.NEC – Events in Sonneberg',
    });
    const validated = await cli(['validate', path.join(dir, 'feed.json')]);
    assert.equal(validated.code, 0, validated.stdout);
  });

  it('needs -o: the feed names its calendars relative to itself', async () => {
    const run = await cli(['build', FIXTURE, '--calendars', tempDir()]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--calendars needs -o/);
  });

  it('writes RFC 5545 files: CRLF, folded at 75 octets, named, Berlin zone, refresh time, stable UIDs', async () => {
    const dir = tempDir();
    await build(dir);
    const ics = readFileSync(path.join(dir, 'kalender/veranstaltungen.ics'), 'utf8');
    assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
    assert.doesNotMatch(ics.replace(/\r\n/g, ''), /[\r\n]/);
    const lines = ics.split('\r\n');
    for (const line of lines) assert.ok(Buffer.byteLength(line) <= 75, line);
    for (const expected of [
      'X-WR-CALNAME:SON.NEC – Veranstaltungen',
      'X-WR-TIMEZONE:Europe/Berlin',
      'REFRESH-INTERVAL;VALUE=DURATION:PT6H',
      'X-PUBLISHED-TTL:PT6H',
      'TZID:Europe/Berlin',
      'TZID:America/New_York',
      'UID:sternwarte-fuehrung@son-nec',
      // The feed's `updated`, not the clock.
      'DTSTAMP:20261201T080000Z',
      'LAST-MODIFIED:20261201T080000Z',
      'SEQUENCE:0',
      // A series stays a series.
      'RRULE:FREQ=WEEKLY;UNTIL=20271222T235959Z;BYDAY=WE;WKST=MO',
      'EXDATE;TZID=Europe/Berlin:20270331T193000',
      // The second 02:30 of the night summer time ends: RFC 5545 would read a wall time as the first.
      'DTSTART:20271031T013000Z',
    ]) {
      assert.ok(lines.includes(expected), expected);
    }
  });

  it('every calendar gives the dates the widget lists over a year, across both DST switches', async () => {
    const dir = tempDir();
    await build(dir);
    const wire = readJson(path.join(dir, 'feed.json'));
    const feed = validateFeed(wire);
    for (const calendar of feed.calendars) {
      const ics = readFileSync(path.join(dir, calendar.url), 'utf8');
      const ours = widgetStarts(feed, calendar);
      assert.ok(ours.length > 0, calendar.id);
      assert.deepEqual(calendarAppStarts(ics, NOW, YEAR_END), ours, calendar.id);
    }
    // The weekly tour on both sides of the switches keeps 19:30 in Berlin.
    const all = readFileSync(path.join(dir, 'kalender/veranstaltungen.ics'), 'utf8');
    const tour = calendarAppStarts(all, NOW, YEAR_END).filter((s) => s.startsWith('sternwarte'));
    assert.ok(tour.includes('sternwarte-fuehrung@son-nec 2027-03-24T18:30:00.000Z'));
    assert.ok(tour.includes('sternwarte-fuehrung@son-nec 2027-04-07T17:30:00.000Z'));
    assert.ok(tour.includes('sternwarte-fuehrung@son-nec 2027-10-27T17:30:00.000Z'));
    assert.ok(!tour.some((s) => s.includes('2027-03-31')), 'the cancelled date stays away');
    assert.ok(!tour.some((s) => s.includes('2027-11-03')), 'the cancelled day stays away');
  });

  it('a second build without changes writes the same bytes and touches nothing', async () => {
    const dir = tempDir();
    await build(dir);
    const first = written(dir);
    const second = await build(dir, FIXTURE, EPOCH_2);
    assert.deepEqual(written(dir), first);
    assert.match(second.stderr, /0 changed/);
  });

  it("a changed event's SEQUENCE goes up, with its LAST-MODIFIED; the others stay as they were", async () => {
    const dir = tempDir();
    await build(dir);
    const before = readFileSync(path.join(dir, 'kalender/veranstaltungen.ics'), 'utf8');
    const changed = readJson(FIXTURE);
    changed.events.find((e) => e.id === 'konzert').start = '2027-10-31T20:00:00+01:00';
    changed.events.find((e) => e.id === 'konzert').end = '2027-10-31T22:00:00+01:00';
    delete changed.updated; // then the build's clock (SOURCE_DATE_EPOCH) dates the change
    const source = path.join(dir, 'changed.json');
    writeFileSync(source, JSON.stringify(changed));
    await build(dir, source, EPOCH_2);
    const after = readFileSync(path.join(dir, 'kalender/veranstaltungen.ics'), 'utf8');
    const vevent = (ics, uid) =>
      ics
        .replace(/\r\n /g, '')
        .split('BEGIN:VEVENT')
        .find((v) => v.includes(`UID:${uid}\r\n`));
    assert.match(vevent(before, 'konzert@son-nec'), /SEQUENCE:0\r\n/);
    const konzert = vevent(after, 'konzert@son-nec');
    assert.match(konzert, /SEQUENCE:1\r\n/);
    assert.match(konzert, /LAST-MODIFIED:20261211T144000Z\r\n/); // 1797000000
    assert.match(konzert, /DTSTAMP:20261211T144000Z\r\n/);
    for (const uid of ['sternwarte-fuehrung', 'markt-neustadt', 'puppenfest']) {
      assert.equal(vevent(after, `${uid}@son-nec`), vevent(before, `${uid}@son-nec`), uid);
    }
  });
});

describe('sonnec-feed build --calendars: cancelled events', () => {
  /** Each VEVENT as ical.js reads it: "UID start STATUS SEQUENCE". */
  function readBack(ics) {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    return calendar
      .getAllSubcomponents('vevent')
      .map((v) =>
        [
          v.getFirstPropertyValue('uid'),
          v.getFirstPropertyValue('dtstart').toJSDate().toISOString(),
          v.getFirstPropertyValue('status') ?? '-',
          v.getFirstPropertyValue('sequence'),
        ].join(' '),
      )
      .sort();
  }

  it('writes STATUS:CANCELLED for a cancelled event and a cancelled date, and bumps SEQUENCE', async () => {
    const dir = tempDir();
    await build(dir);
    const changed = readJson(FIXTURE);
    changed.events.find((e) => e.id === 'konzert').status = 'cancelled';
    // One date of the series cancelled: an exdate plus an event of its own, as the ICS reader
    // writes a cancelled RECURRENCE-ID.
    const series = changed.events.find((e) => e.id === 'sternwarte-fuehrung');
    series.exdates.push('2027-01-13T19:30:00+01:00');
    changed.events.push({
      ...series,
      id: 'sternwarte-fuehrung/20270113T193000',
      start: '2027-01-13T19:30:00+01:00',
      end: '2027-01-13T21:00:00+01:00',
      rrule: undefined,
      exdates: undefined,
      status: 'cancelled',
    });
    delete changed.updated;
    const source = path.join(dir, 'changed.json');
    writeFileSync(source, JSON.stringify(changed));
    await build(dir, source, EPOCH_2);
    const ics = readFileSync(path.join(dir, 'kalender/veranstaltungen.ics'), 'utf8');
    assert.deepEqual(
      readBack(ics).filter((line) => /^(konzert|sternwarte)/.test(line)),
      [
        'konzert@son-nec 2027-10-31T01:30:00.000Z CANCELLED 1',
        'sternwarte-fuehrung/20270113T193000@son-nec 2027-01-13T18:30:00.000Z CANCELLED 0',
        'sternwarte-fuehrung@son-nec 2027-01-06T18:30:00.000Z - 1',
      ],
    );
    // A calendar app lists the cancelled date once, from its own VEVENT, not from the series.
    const starts = calendarAppStarts(ics, NOW, YEAR_END).filter((s) => s.includes('2027-01-13'));
    assert.deepEqual(starts, [
      'sternwarte-fuehrung/20270113T193000@son-nec 2027-01-13T18:30:00.000Z',
    ]);
  });
});

describe('sonnec-feed build --atom', () => {
  it("writes RFC 4287's required elements, escaped HTML and stable ids", async () => {
    const dir = tempDir();
    await build(dir);
    const text = readFileSync(path.join(dir, 'news.atom'), 'utf8');
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const ATOM = 'http://www.w3.org/2005/Atom';
    const feed = doc.documentElement;
    assert.equal(feed.namespaceURI, ATOM);
    assert.equal(feed.localName, 'feed');
    const child = (el, name) => [...el.childNodes].filter((n) => n.localName === name);
    for (const name of ['id', 'title', 'updated', 'author']) {
      assert.equal(child(feed, name).length, 1, `feed/${name}`);
    }
    assert.equal(child(feed, 'updated')[0].textContent, '2026-11-30T09:00:00Z');
    const entries = child(feed, 'entry');
    assert.equal(entries.length, 2);
    for (const entry of entries) {
      for (const name of ['id', 'title', 'updated']) {
        assert.equal(child(entry, name).length, 1, `entry/${name}`);
      }
      assert.match(child(entry, 'id')[0].textContent, /^urn:uuid:[0-9a-f-]{36}$/);
      // 4.1.1.1: no content means an alternate link.
      const alternate = child(entry, 'link').some((l) => l.getAttribute('rel') === 'alternate');
      assert.ok(child(entry, 'content').length === 1 || alternate);
    }
    const [first] = entries;
    assert.equal(
      child(first, 'title')[0].textContent,
      'Neue Öffnungszeiten <Rathaus> & Bürgerbüro',
    );
    const content = child(first, 'content')[0];
    assert.equal(content.getAttribute('type'), 'html');
    assert.equal(
      content.textContent,
      '<p>Das Bürgerbüro ist <strong>dienstags</strong> bis 18 Uhr geöffnet.</p>',
    );
    const link = child(first, 'link')[0];
    assert.equal(link.getAttribute('href'), 'https://www.sonneberg.de/aktuelles/oeffnungszeiten');
    // Ids from the feed's name and the item's id: another folder, another day, the same ids.
    const again = tempDir();
    await build(again, FIXTURE, EPOCH_2);
    assert.equal(readFileSync(path.join(again, 'news.atom'), 'utf8'), text);
  });
});

describe('the whole region into one feed, its calendars and its Atom feed', () => {
  it("a ThüCAT graph, the cities' ICS and RSS and a GeoJSON file: every calendar gives the widget's dates", async () => {
    const dir = tempDir();
    await buildCalendars(
      dir,
      [
        '--city',
        'sonneberg',
        'thuecat-sonneberg.jsonld',
        'typo3-sf-event-mgt.ics',
        'typo3-cal.ics',
        'typo3-news.rss.xml',
        '--city',
        'neustadt',
        'wordpress-tec.ics',
        'outlook.ics',
        'wordpress.rss.xml',
        '--city',
        'both',
        'places.geojson',
      ],
      { epoch: EPOCH_1, title: 'SON.NEC', atom: true },
    );
    const feed = validateFeed(readJson(path.join(dir, 'feed.json')));
    assert.ok(feed.events.length > 3 && feed.news.length > 0 && feed.places.length > 0);
    // A year from the first event on: the sources' own dates, whatever today is.
    const from = Math.min(...feed.events.map((e) => e.start));
    const to = from + 365 * 86_400_000;
    let compared = 0;
    for (const calendar of feed.calendars) {
      const ics = readFileSync(path.join(dir, calendar.url), 'utf8');
      const ours = widgetStarts(feed, calendar, from, to);
      assert.deepEqual(calendarAppStarts(ics, from, to), ours, calendar.id);
      compared += ours.length;
    }
    assert.ok(compared > feed.events.length, 'the calendars hold the events');
    const atom = new DOMParser().parseFromString(
      readFileSync(path.join(dir, 'news.atom'), 'utf8'),
      'application/xml',
    );
    const entries = atom.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry');
    assert.equal(entries.length, feed.news.length);
  });
});

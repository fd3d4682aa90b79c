import { expect } from '@open-wc/testing';
import { FeedError } from '../../../src/feed/errors.js';
import { parseIcs } from '../../../src/feed/sources/ics.js';
import { isoInBerlin } from '../../../src/feed/sources/wire.js';
import type { Feed, FeedEvent } from '../../../src/feed/types.js';

/** The test browser runs in Los Angeles: every expectation here is Berlin's (or UTC's) clock. */
const at = (iso: string) => Date.parse(iso);
const berlin = (epoch: number | undefined) =>
  epoch === undefined ? undefined : isoInBerlin(epoch);

async function fixture(name: string): Promise<Feed> {
  const text = await (await fetch(`/test/fixtures/sources/${name}`)).text();
  return parseIcs(text);
}

function byId(feed: Feed, id: string): FeedEvent {
  const event = feed.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id} in ${feed.events.map((e) => e.id).join(', ')}`);
  return event;
}

describe('ICS adapter', () => {
  describe('TYPO3 sf_event_mgt export (UTC times, HTML in DESCRIPTION)', () => {
    let feed: Feed;
    before(async () => {
      feed = await fixture('typo3-sf-event-mgt.ics');
    });

    it('reads the calendar name and every public event', () => {
      expect(feed.title).to.equal('Veranstaltungen der Stadt Sonneberg');
      expect(feed.events.map((e) => e.id)).to.deep.equal([
        'sf-event-mgt-412@www.sonneberg.de',
        'sf-event-mgt-413@www.sonneberg.de',
        'sf-event-mgt-420@www.sonneberg.de',
        'sf-event-mgt-431@www.sonneberg.de',
        'sf-event-mgt-440@www.sonneberg.de',
        'sf-event-mgt-450@www.sonneberg.de',
      ]);
    });

    it('maps a timed event field by field', () => {
      expect(byId(feed, 'sf-event-mgt-412@www.sonneberg.de')).to.deep.equal({
        id: 'sf-event-mgt-412@www.sonneberg.de',
        title: 'Frühjahrskonzert im Gesellschaftshaus',
        start: at('2026-03-28T18:00:00Z'),
        end: at('2026-03-28T21:00:00Z'),
        allDay: false,
        city: 'both',
        categories: ['Konzert'],
        // HTML written into DESCRIPTION stays HTML (the widgets sanitize it); the folded line is joined.
        description:
          '<p>Das <strong>Sinfonieorchester Sonneberg</strong> spielt Werke von Brahms und Dvořák.</p><p>Karten gibt es an der Abendkasse.</p>',
        location: {
          name: 'Gesellschaftshaus Sonneberg',
          address: 'Bahnhofstraße 1, 96515 Sonneberg',
        },
        url: 'https://www.sonneberg.de/veranstaltungen/detail/fruehjahrskonzert',
        image: {
          src: 'https://www.sonneberg.de/fileadmin/_processed_/konzert_1a2b3c.jpg',
          alt: '',
        },
        exdates: [],
      });
    });

    it('turns plain DESCRIPTION text into escaped paragraphs and reads GEO', () => {
      const market = byId(feed, 'sf-event-mgt-413@www.sonneberg.de');
      expect(berlin(market.start)).to.equal('2026-03-29T10:00:00+02:00');
      expect(market.description).to.equal(
        '<p>Händler aus ganz Thüringen und Franken zeigen Holz- und Blechspielzeug.<br>Eintritt frei.</p>' +
          '<p>Mehr: <a href="https://www.sonneberg.de/spielzeugmarkt">https://www.sonneberg.de/spielzeugmarkt</a>.</p>',
      );
      expect(market.location).to.deep.equal({
        name: 'Marktplatz Sonneberg',
        lat: 50.3591,
        lon: 11.1705,
      });
      expect(market.categories).to.deep.equal(['Markt', 'Familie']);
      const christmas = byId(feed, 'sf-event-mgt-420@www.sonneberg.de');
      expect(christmas.description).to.equal(
        '<p>Drei Tage Glühwein, Lebkuchen &amp; Spielzeug &lt;für Groß und Klein&gt;.</p>',
      );
    });

    it('keeps all-day days: DTEND is exclusive, the model end is the midnight after the last day', () => {
      const christmas = byId(feed, 'sf-event-mgt-420@www.sonneberg.de');
      expect(christmas.allDay).to.be.true;
      expect(berlin(christmas.start)).to.equal('2026-12-04T00:00:00+01:00');
      expect(berlin(christmas.end)).to.equal('2026-12-07T00:00:00+01:00');
    });

    it('tells the two 02:30 of the October night apart', () => {
      const night = byId(feed, 'sf-event-mgt-431@www.sonneberg.de');
      expect(berlin(night.start)).to.equal('2026-10-25T02:30:00+02:00');
      expect(berlin(night.end)).to.equal('2026-10-25T02:30:00+01:00');
      expect(night.end! - night.start).to.equal(3_600_000);
    });

    it('keeps cancelled events, marked cancelled', () => {
      expect(byId(feed, 'sf-event-mgt-450@www.sonneberg.de').status).to.equal('cancelled');
      expect(feed.events.filter((e) => e.status).length).to.equal(1);
      expect(feed.dropped).to.deep.equal([]);
    });
  });

  describe('TYPO3 cal export (floating times, DURATION, RRULE, EXDATE, RDATE)', () => {
    let feed: Feed;
    before(async () => {
      feed = await fixture('typo3-cal.ics');
    });

    it('reads floating times as Berlin wall time and keeps the rule in Berlin terms', () => {
      const council = byId(feed, 'a1b2c3d4e5f6-cal-88');
      expect(berlin(council.start)).to.equal('2026-03-05T17:00:00+01:00');
      expect(berlin(council.end)).to.equal('2026-03-05T19:00:00+01:00');
      expect(council.rrule).to.equal('FREQ=MONTHLY;COUNT=6;BYDAY=1TH');
      expect(council.exdates.map(berlin)).to.deep.equal(['2026-05-07T17:00:00+02:00']);
      expect(council.organizer).to.equal('Stadtverwaltung Sonneberg');
      expect(council.location).to.deep.equal({
        name: 'Rathaus Sonneberg',
        address: 'Sitzungssaal, Bahnhofsplatz 1, 96515 Sonneberg',
      });
      expect(council.description).to.equal(
        '<p>Öffentliche Sitzung des Stadtrates.<br>Tagesordnung: <a href="https://www.sonneberg.de/stadtrat">https://www.sonneberg.de/stadtrat</a></p>',
      );
    });

    it('turns an RDATE into an extra single event with the master’s length and details', () => {
      const extra = byId(feed, 'a1b2c3d4e5f6-cal-88/20260521T170000');
      expect(berlin(extra.start)).to.equal('2026-05-21T17:00:00+02:00');
      expect(berlin(extra.end)).to.equal('2026-05-21T19:00:00+02:00');
      expect(extra.title).to.equal('Stadtratssitzung');
      expect(extra.rrule).to.equal(undefined);
      expect(extra.organizer).to.equal('Stadtverwaltung Sonneberg');
      expect(feed.events).to.have.length(2);
    });
  });

  describe('WordPress, The Events Calendar (VTIMEZONE with one year of transitions)', () => {
    let feed: Feed;
    before(async () => {
      feed = await fixture('wordpress-tec.ics');
    });

    it('reads times on both sides of the March switch', () => {
      const concert = byId(feed, '10001234-1774720800-1774731600@www.neustadt-bei-coburg.de');
      // Before the VTIMEZONE's first transition: still CET (ical.js alone would say UTC).
      expect(concert.start).to.equal(at('2026-03-28T18:00:00Z'));
      expect(concert.end).to.equal(at('2026-03-28T21:00:00Z'));
      const market = byId(feed, '10001240-1774774800-1774796400@www.neustadt-bei-coburg.de');
      expect(market.start).to.equal(at('2026-03-29T09:00:00Z'));
      expect(berlin(market.start)).to.equal('2026-03-29T11:00:00+02:00');
    });

    it('maps the WordPress fields: image by FMTTYPE, organizer CN, GEO, folded URL', () => {
      const concert = byId(feed, '10001234-1774720800-1774731600@www.neustadt-bei-coburg.de');
      expect(concert.title).to.equal('Frühlingskonzert der Stadtkapelle');
      expect(concert.url).to.equal(
        'https://www.neustadt-bei-coburg.de/veranstaltung/fruehlingskonzert-der-stadtkapelle/',
      );
      expect(concert.image).to.deep.equal({
        src: 'https://www.neustadt-bei-coburg.de/wp-content/uploads/2026/02/stadtkapelle.jpg',
        alt: '',
      });
      expect(concert.organizer).to.equal('Stadtkapelle Neustadt e.V.');
      expect(concert.location).to.deep.equal({
        name: 'Frankenhalle',
        address: 'Am Moos 1, Neustadt bei Coburg, 96465, Deutschland',
        lat: 50.3292,
        lon: 11.1186,
      });
      expect(concert.categories).to.deep.equal(['Konzerte', 'Kultur']);
      expect(concert.description).to.equal(
        '<p>Die Stadtkapelle Neustadt lädt zum Frühlingskonzert in die Frankenhalle ein. Auf dem Programm: Märsche, Polkas und Filmmusik.</p><p>Eintritt frei – Spenden erbeten.</p>',
      );
    });

    it('reads a multi-day all-day event', () => {
      const festival = byId(feed, '10001251-1777586400-1777845599@www.neustadt-bei-coburg.de');
      expect(festival.allDay).to.be.true;
      expect(berlin(festival.start)).to.equal('2026-05-01T00:00:00+02:00');
      expect(berlin(festival.end)).to.equal('2026-05-04T00:00:00+02:00');
    });
  });

  describe('Google Calendar export (RRULE, EXDATE, moved and cancelled occurrences)', () => {
    let feed: Feed;
    before(async () => {
      feed = await fixture('google-calendar.ics');
    });

    const UID = '4k2l3j4h5g6f7d8s9a0qwertz@google.com';

    it('keeps the series with every exception as an exdate', () => {
      const series = byId(feed, UID);
      expect(feed.title).to.equal('Sternwarte Sonneberg');
      expect(series.title).to.equal('Öffentliche Himmelsbeobachtung');
      expect(berlin(series.start)).to.equal('2026-03-06T19:00:00+01:00');
      expect(berlin(series.end)).to.equal('2026-03-06T21:00:00+01:00');
      expect(series.rrule).to.equal('FREQ=WEEKLY;BYDAY=FR;UNTIL=20260430T165959Z');
      // EXDATE, the moved occurrence and the cancelled one, all in summer time after the switch.
      expect(series.exdates.map(berlin)).to.deep.equal([
        '2026-04-03T19:00:00+02:00',
        '2026-04-10T19:00:00+02:00',
        '2026-04-17T19:00:00+02:00',
      ]);
      expect(series.location).to.deep.equal({
        name: 'Sternwarte Sonneberg',
        address: 'Sternwartestraße 32, 96515 Sonneberg, Deutschland',
      });
    });

    it('makes a moved occurrence an event of its own', () => {
      const moved = byId(feed, `${UID}/20260410T190000`);
      expect(moved.title).to.equal('Öffentliche Himmelsbeobachtung (Venus-Abend)');
      expect(berlin(moved.start)).to.equal('2026-04-10T21:00:00+02:00');
      expect(berlin(moved.end)).to.equal('2026-04-10T23:00:00+02:00');
      expect(moved.rrule).to.equal(undefined);
      expect(moved.exdates).to.deep.equal([]);
      expect(moved.description).to.equal(
        '<p>Sondertermin später am Abend: Wir beobachten die Venus.</p>',
      );
      // The override has no LOCATION: it keeps the series'.
      expect(moved.location?.name).to.equal('Sternwarte Sonneberg');
      expect(feed.events.filter((e) => e.id.startsWith(UID))).to.have.length(3);
      expect(feed.dropped).to.deep.equal([]);
    });

    it('shows the cancelled occurrence on its date, marked cancelled', () => {
      const cancelled = byId(feed, `${UID}/20260417T190000`);
      expect(cancelled.status).to.equal('cancelled');
      expect(berlin(cancelled.start)).to.equal('2026-04-17T19:00:00+02:00');
      expect(cancelled.title).to.equal('Öffentliche Himmelsbeobachtung');
      expect(byId(feed, UID).status).to.equal(undefined);
    });

    it('reads an all-day weekend across the October switch, without empty fields', () => {
      const weekend = byId(feed, '7h6g5f4d3s2a1herbst@google.com');
      expect(weekend.allDay).to.be.true;
      expect(berlin(weekend.start)).to.equal('2026-10-24T00:00:00+02:00');
      expect(berlin(weekend.end)).to.equal('2026-10-27T00:00:00+01:00');
      expect(weekend).to.not.have.property('description');
      expect(weekend).to.not.have.property('location');
    });
  });

  describe('TZIDs without VTIMEZONE (Google "add to calendar" downloads)', () => {
    let feed: Feed;
    before(async () => {
      feed = await fixture('google-event-download.ics');
    });

    it('reads a bare Europe/Berlin as Berlin wall time (the earlier 02:30 in October)', () => {
      const tour = byId(feed, 'zeitumstellung-2026@google.com');
      expect(tour.start).to.equal(at('2026-10-25T00:30:00Z'));
      expect(berlin(tour.end)).to.equal('2026-10-25T04:00:00+01:00');
    });

    it('reads another IANA zone with the browser’s zone data', () => {
      const stream = byId(feed, 'livestream-2026@google.com');
      // New York is already on summer time on 10 March 2026, Berlin not yet.
      expect(stream.start).to.equal(at('2026-03-10T16:00:00Z'));
      expect(berlin(stream.start)).to.equal('2026-03-10T17:00:00+01:00');
    });

    it('reads an unknown zone as Berlin wall time (a time in the spring gap moves forward)', () => {
      const spring = byId(feed, 'sommerzeit-2026@google.com');
      expect(berlin(spring.start)).to.equal('2026-03-29T03:30:00+02:00');
    });
  });

  describe('Outlook export (Windows zone names, X-ALT-DESC, all-day flag)', () => {
    let feed: Feed;
    before(async () => {
      feed = await fixture('outlook.ics');
    });

    const UID =
      '040000008200E00074C5B7101A82E00800000000D0A4D8C1A2B3DA01000000000000000010000000F1E2D3C4B5A6978899AABBCCDDEEFF00';

    it('reads "W. Europe Standard Time" from its VTIMEZONE, before and after the switch', () => {
      const series = byId(feed, UID);
      expect(feed.title).to.equal('Stadt Neustadt b. Coburg – Bürgerbüro');
      expect(series.title).to.equal('Bürgersprechstunde');
      expect(berlin(series.start)).to.equal('2026-10-21T16:00:00+02:00');
      expect(series.rrule).to.equal('FREQ=WEEKLY;COUNT=4;BYDAY=WE');
      expect(series.exdates.map(berlin)).to.deep.equal([
        '2026-11-04T16:00:00+01:00',
        '2026-10-28T16:00:00+01:00',
      ]);
      const moved = byId(feed, `${UID}/20261028T160000`);
      expect(berlin(moved.start)).to.equal('2026-10-28T17:00:00+01:00');
      expect(moved.title).to.equal('Bürgersprechstunde (verschoben)');
    });

    it('prefers the HTML of X-ALT-DESC, without its document wrapper', () => {
      expect(byId(feed, UID).description).to.equal(
        '<P><FONT FACE="Calibri">Sprechstunde des <B>Ersten Bürgermeisters</B>. Bitte melden Sie sich vorher an.</FONT></P>',
      );
      expect(byId(feed, UID).location).to.deep.equal({ name: 'Rathaus Neustadt, Zimmer 12' });
    });

    it('reads all-day events, also those Outlook writes as midnight times with a flag', () => {
      const closed = feed.events.find((e) => e.title === 'Rathaus geschlossen')!;
      expect(closed.allDay).to.be.true;
      expect(berlin(closed.start)).to.equal('2026-12-24T00:00:00+01:00');
      expect(berlin(closed.end)).to.equal('2026-12-27T00:00:00+01:00');
      const newYear = feed.events.find((e) => e.title.toString().startsWith('Silvester'))!;
      expect(newYear.allDay).to.be.true;
      expect(berlin(newYear.start)).to.equal('2026-12-31T00:00:00+01:00');
      expect(berlin(newYear.end)).to.equal('2027-01-01T00:00:00+01:00');
    });

    it('never publishes private events', () => {
      expect(feed.events.some((e) => e.title === 'Personalgespräch')).to.be.false;
      expect(feed.dropped.map((d) => `${d.index}: ${d.reason}`)).to.deep.equal([
        '4: not public (CLASS:PRIVATE)',
      ]);
    });
  });

  describe('options and failures', () => {
    const SMALL = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:x1',
      'DTSTART:20260601T080000Z',
      'SUMMARY:Ohne Ort',
      'URL:/veranstaltungen/x1',
      'ATTACH;FMTTYPE=image/jpeg:bilder/x1.jpg',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DTSTART:20260602T080000Z',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\n');

    it('takes the city and resolves relative links against the source address', async () => {
      const feed = await parseIcs(SMALL, {
        city: 'neustadt',
        baseUrl: 'https://www.neustadt-bei-coburg.de/export/events.ics',
      });
      const [event] = feed.events;
      expect(event!.city).to.equal('neustadt');
      expect(event!.url).to.equal('https://www.neustadt-bei-coburg.de/veranstaltungen/x1');
      expect(event!.image!.src).to.equal('https://www.neustadt-bei-coburg.de/export/bilder/x1.jpg');
    });

    it('shows an event without title or UID with a note, and keeps the rest', async () => {
      const feed = await parseIcs(SMALL);
      expect(feed.events.map((e) => e.id)[0]).to.equal('x1');
      expect(feed.events[1]!.title).to.deep.equal({ de: '(Kein Titel)', en: '(No title)' });
      expect(feed.dropped).to.have.length(1);
      expect(feed.dropped[0]).to.include({ section: 'events', index: 1, kept: true });
    });

    it('reads dates written without VALUE=DATE, and drops only an event it cannot read', async () => {
      const feed = await parseIcs(
        [
          'BEGIN:VCALENDAR',
          'BEGIN:VEVENT',
          'UID:bare',
          'DTSTART:20260601',
          'DTEND:20260603',
          'SUMMARY:Ohne VALUE=DATE',
          'END:VEVENT',
          'BEGIN:VEVENT',
          'UID:broken',
          'DTSTART:2026-06-01 ab 10 Uhr',
          'SUMMARY:Kaputt',
          'END:VEVENT',
          'END:VCALENDAR',
        ].join('\r\n'),
      );
      expect(
        feed.events.map((e) => [e.id, e.allDay, berlin(e.start), berlin(e.end)]),
      ).to.deep.equal([['bare', true, '2026-06-01T00:00:00+02:00', '2026-06-03T00:00:00+02:00']]);
      expect(feed.dropped.map((d) => [d.index, d.id, d.reason.split(' (')[0]])).to.deep.equal([
        [1, 'broken', 'unreadable'],
      ]);
    });

    it('refuses what is no calendar with a parse error', async () => {
      for (const text of ['<html><body>Login</body></html>', 'BEGIN:VCARD\nFN:X\nEND:VCARD', '']) {
        try {
          await parseIcs(text);
          expect.fail(`no error for ${JSON.stringify(text)}`);
        } catch (error) {
          expect(error, text).to.be.instanceOf(FeedError);
          expect((error as FeedError).kind).to.equal('parse');
        }
      }
    });
  });
});

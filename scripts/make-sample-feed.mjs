// Writes the sample SON.NEC feed (docs/feed.md) that the demo, Storybook and tests read.
//
//   node scripts/make-sample-feed.mjs [--from YYYY-MM-DD] [--out PATH] [--events N]
//
// --from    first day of the 12 months of events (default: first day of the current month);
//           news are dated over the 12 months before it.
// --out     where to write (default demo/feeds/sonnec.json; "-" writes to stdout).
// --events  write a large feed of exactly N events instead (benchmarks, tests); needs --out.
//
// The output depends on --from (and --events) only: a seeded PRNG, never Math.random, and the
// clock is read only for the default --from. Plain Node 20, no dependencies.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

// ---------------------------------------------------------------------------------------------
// Arguments

function parseArgs(argv) {
  const args = { from: undefined, out: undefined, events: undefined };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--from') args.from = value();
    else if (flag === '--out') args.out = value();
    else if (flag === '--events') args.events = value();
    else if (flag === '--help' || flag === '-h') {
      console.log(
        'node scripts/make-sample-feed.mjs [--from YYYY-MM-DD] [--out PATH] [--events N]',
      );
      process.exit(0);
    } else fail(`Unknown argument: ${argv[i]}`);
  }
  if (args.from === undefined) {
    const now = new Date();
    args.from = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-01`;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(args.from) || fmt(parseDay(args.from)) !== args.from) {
    fail(`--from must be a date like 2026-11-01, not "${args.from}"`);
  }
  if (args.events !== undefined) {
    const n = Number(args.events);
    if (!Number.isInteger(n) || n < 1 || n > 1_000_000) fail('--events must be 1 … 1000000');
    args.events = n;
    if (args.out === undefined) fail('--events needs --out (the sample feed is not overwritten)');
  }
  args.out ??= 'demo/feeds/sonnec.json';
  return args;
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

function hashString(text) {
  let h = 0x811c9dc5; // FNV-1a
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let random = mulberry32(1);
const chance = (p) => random() < p;
const pick = (list) => list[Math.floor(random() * list.length)];
const int = (min, max) => min + Math.floor(random() * (max - min + 1));

// ---------------------------------------------------------------------------------------------
// Calendar days (as UTC midnights, so no local time zone is involved) and Berlin time

const DAY = 86_400_000;
const pad = (n) => String(n).padStart(2, '0');

function parseDay(text) {
  const [y, m, d] = text.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}
const day = (y, m, d) => Date.UTC(y, m - 1, d);
const fmt = (t) => new Date(t).toISOString().slice(0, 10);
const addDays = (t, n) => t + n * DAY;
const weekday = (t) => new Date(t).getUTCDay(); // 0 = Sunday
const yearOf = (t) => new Date(t).getUTCFullYear();
const monthOf = (t) => new Date(t).getUTCMonth() + 1;
const dateOf = (t) => new Date(t).getUTCDate();
function addMonths(t, n) {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, d.getUTCDate());
}

/** The day of the month of the last Sunday of a month. */
function lastSunday(year, month) {
  const last = day(year, month + 1, 0);
  return dateOf(last) - weekday(last);
}

/** True when Berlin keeps summer time (CEST) at a UTC instant (EU rule since 1996). */
function isCest(utc) {
  const y = new Date(utc).getUTCFullYear();
  const begin = Date.UTC(y, 2, lastSunday(y, 3), 1);
  const end = Date.UTC(y, 9, lastSunday(y, 10), 1);
  return utc >= begin && utc < end;
}

/** A Berlin wall-clock time as ISO 8601 with its offset: "2026-12-06T19:00:00+01:00". */
function at(t, hhmm) {
  const [h, m] = hhmm.split(':').map(Number);
  const wall = t + (h * 60 + m) * 60_000;
  const offset = isCest(wall - 2 * 3_600_000) ? '+02:00' : '+01:00';
  return `${fmt(t)}T${pad(h)}:${pad(m)}:00${offset}`;
}

/** The n-th (1-based; -1 = last) given weekday of a month. */
function nthWeekday(year, month, wd, n) {
  if (n > 0) {
    const first = day(year, month, 1);
    return addDays(first, ((wd - weekday(first) + 7) % 7) + (n - 1) * 7);
  }
  const last = day(year, month + 1, 0);
  return addDays(last, -((weekday(last) - wd + 7) % 7));
}

/** The first day on or after t with the given weekday. */
const onOrAfter = (t, wd) => addDays(t, (wd - weekday(t) + 7) % 7);

/** Easter Sunday (anonymous Gregorian algorithm). */
function easter(y) {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return day(y, month, ((h + l - 7 * m + 114) % 31) + 1);
}

/**
 * The public holidays of a town in a year, as `YYYY-MM-DD` (as src/feed/holidays.ts, which
 * this plain-Node script cannot import): Sonneberg keeps Thuringia's, Neustadt b. Coburg
 * Bavaria's without Mariä Himmelfahrt. Used so that no sample event falls on a day its
 * museum is closed.
 */
function publicHolidays(city, y) {
  const e = easter(y);
  const days = [day(y, 1, 1), addDays(e, -2), addDays(e, 1), day(y, 5, 1), addDays(e, 39)];
  days.push(addDays(e, 50), day(y, 10, 3), day(y, 12, 25), day(y, 12, 26));
  if (city === 'sonneberg') days.push(day(y, 9, 20), day(y, 10, 31));
  if (city === 'neustadt') days.push(day(y, 1, 6), addDays(e, 60), day(y, 11, 1));
  return new Set(days.map(fmt));
}
const isPublicHoliday = (city, t) => publicHolidays(city, yearOf(t)).has(fmt(t));

/** The days of a weekday that are public holidays of `city` in the three years from `start`. */
function holidaysOnWeekday(city, start, weekdayNumber) {
  const out = [];
  for (let d = start; d < addMonths(start, 36); d = addDays(d, 1)) {
    if (weekday(d) === weekdayNumber && isPublicHoliday(city, d)) out.push(d);
  }
  return out;
}

/** First Sunday of Advent: the fourth Sunday before Christmas. */
function firstAdvent(y) {
  const christmas = day(y, 12, 25);
  return addDays(christmas, -(weekday(christmas) || 7) - 21);
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

const t = (de, en) => ({ de, en });

const CAT = {
  market: t('Markt', 'Market'),
  culture: t('Kultur', 'Culture'),
  music: t('Musik', 'Music'),
  family: t('Familie', 'Family'),
  sport: t('Sport', 'Sport'),
  tour: t('Führung', 'Guided tour'),
  exhibition: t('Ausstellung', 'Exhibition'),
  advent: t('Advent', 'Advent'),
  nature: t('Natur', 'Nature'),
  talk: t('Vortrag', 'Talk'),
};

const NEWS_CAT = {
  history: t('Geschichte', 'History'),
  service: t('Bürgerservice', 'Citizen services'),
  projects: t('Projekte', 'Projects'),
  culture: t('Kultur', 'Culture'),
  tourism: t('Tourismus', 'Tourism'),
};

const URL_SON = 'https://www.sonneberg.de';
const URL_NEC = 'https://www.neustadt-bei-coburg.de';
const cityUrl = (city) => (city === 'neustadt' ? URL_NEC : URL_SON);

const CITIES = [
  { id: 'sonneberg', name: 'Sonneberg', state: t('Thüringen', 'Thuringia'), url: URL_SON },
  { id: 'neustadt', name: 'Neustadt b. Coburg', state: t('Bayern', 'Bavaria'), url: URL_NEC },
];

const CREDIT = t('Platzhaltergrafik SON.NEC', 'SON.NEC placeholder graphic');
const IMAGES = {
  spielzeugmuseum: {
    src: 'images/spielzeugmuseum.svg',
    alt: t('Zeichnung: Spielzeugmuseum mit Teddybär', 'Drawing: toy museum with a teddy bear'),
    credit: CREDIT,
  },
  puppe: {
    src: 'images/puppe.svg',
    alt: t('Zeichnung: eine Trachtenpuppe', 'Drawing: a doll in traditional costume'),
    credit: CREDIT,
  },
  sternwarte: {
    src: 'images/sternwarte.svg',
    alt: t('Zeichnung: Sternwartenkuppel unter Sternen', 'Drawing: observatory dome under stars'),
    credit: CREDIT,
  },
  markt: {
    src: 'images/markt.svg',
    alt: t('Zeichnung: Marktstände', 'Drawing: market stalls'),
    credit: CREDIT,
  },
  weihnachtsmarkt: {
    src: 'images/weihnachtsmarkt.svg',
    alt: t('Zeichnung: Tannenbaum und Marktbude', 'Drawing: fir tree and market hut'),
    credit: CREDIT,
  },
  grenze: {
    src: 'images/gebrannte-bruecke.svg',
    alt: t('Zeichnung: offener Schlagbaum an einer Brücke', 'Drawing: open barrier at a bridge'),
    credit: CREDIT,
  },
};

// Opening hours of both toy museums: Tuesday to Sunday 10–17 (from the region facts). That
// they close on public holidays is our assumption, and the note says so.
const MUSEUM_HOURS = {
  regular: [
    {
      dayOfWeek: ['Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
      opens: '10:00',
      closes: '17:00',
    },
  ],
  publicHolidays: 'closed',
  note: t(
    'Geschlossen an Feiertagen: eine Annahme der Beispieldaten – bitte beim Museum erfragen.',
    'Closed on public holidays: an assumption of the sample data – please ask the museum.',
  ),
};
const MUSEUMS = ['deutsches-spielzeugmuseum', 'museum-deutsche-spielzeugindustrie'];

// Places: only coordinates from the region facts we were given (municipal boundaries, known places) or given by
// the project; see the comments where a value is approximate or derived.
const PLACES = [
  {
    id: 'stadtzentrum-sonneberg',
    name: t('Stadtzentrum Sonneberg', 'Sonneberg town centre'),
    kind: 'town-centre',
    city: 'sonneberg',
    lat: 50.3575,
    lon: 11.1756,
    summary: t(
      'Innenstadt der einstigen „Weltspielwarenstadt“ mit Geschäften und Wochenmarkt.',
      'Centre of the former “world toy town”, with shops and a weekly market.',
    ),
    address: '96515 Sonneberg',
    url: URL_SON,
  },
  {
    id: 'stadtzentrum-neustadt',
    name: t('Stadtzentrum Neustadt b. Coburg', 'Neustadt b. Coburg town centre'),
    kind: 'town-centre',
    city: 'neustadt',
    lat: 50.3289,
    lon: 11.1211,
    summary: t(
      'Die Neustadter Innenstadt rund um das Rathaus.',
      'The centre of Neustadt around the town hall.',
    ),
    address: '96465 Neustadt b. Coburg',
    url: URL_NEC,
  },
  {
    // The shared data gives the town hall's address as the reference of the town centre,
    // so it shares the town centre's coordinates.
    id: 'rathaus-neustadt',
    name: t('Rathaus Neustadt b. Coburg', 'Neustadt b. Coburg town hall'),
    kind: 'sight',
    city: 'neustadt',
    lat: 50.3289,
    lon: 11.1211,
    summary: t(
      'Sitz der Stadtverwaltung, Ort von Empfängen und Vorträgen.',
      'Seat of the town administration, venue for receptions and talks.',
    ),
    address: 'Georg-Langbein-Str. 1, 96465 Neustadt b. Coburg',
    url: URL_NEC,
  },
  {
    id: 'marktplatz-neustadt',
    name: 'Marktplatz Neustadt',
    kind: 'market',
    city: 'neustadt',
    lat: 50.3274,
    lon: 11.1241,
    summary: t(
      'Platz des Wochenmarkts am Samstagvormittag und vieler Stadtfeste.',
      'Home of the Saturday morning market and many town festivals.',
    ),
    address: 'Marktplatz, 96465 Neustadt b. Coburg',
    url: URL_NEC,
  },
  {
    id: 'museum-deutsche-spielzeugindustrie',
    name: t('Museum der Deutschen Spielzeugindustrie', 'Museum of the German Toy Industry'),
    kind: 'museum',
    city: 'neustadt',
    lat: 50.3229,
    lon: 11.121,
    summary: t(
      'Puppen, Spielzeug und die Geschichte ihrer Herstellung in der Region.',
      'Dolls, toys and the history of their making in the region.',
    ),
    address: 'Hindenburgplatz 1, 96465 Neustadt b. Coburg',
    url: URL_NEC,
    image: IMAGES.puppe,
    openingHours: MUSEUM_HOURS,
  },
  {
    // Approximate: the shared data has only the address (Beethovenstraße 10); the project
    // gives ~50.3553, 11.1693 for it.
    id: 'deutsches-spielzeugmuseum',
    name: t('Deutsches Spielzeugmuseum', 'German Toy Museum'),
    kind: 'museum',
    city: 'sonneberg',
    lat: 50.3553,
    lon: 11.1693,
    summary: t(
      'Eines der ältesten Spielzeugmuseen Deutschlands, seit 1901 in einem neobarocken Bau.',
      'One of Germany’s oldest toy museums, housed since 1901 in a neo-baroque building.',
    ),
    address: 'Beethovenstraße 10, 96515 Sonneberg',
    url: URL_SON,
    image: IMAGES.spielzeugmuseum,
    openingHours: MUSEUM_HOURS,
  },
  {
    id: 'sternwarte-sonneberg',
    name: t('Sternwarte Sonneberg', 'Sonneberg Observatory'),
    kind: 'observatory',
    city: 'sonneberg',
    lat: 50.3774,
    lon: 11.1901,
    summary: t(
      '1925 von Cuno Hoffmeister gegründet; öffentliche Beobachtungsabende und Vorträge.',
      'Founded in 1925 by Cuno Hoffmeister; public observation evenings and talks.',
    ),
    address: 'Sternwartestraße 32, 96515 Sonneberg',
    url: URL_SON,
    image: IMAGES.sternwarte,
  },
  {
    // The hill the observatory stands on (shared data); same coordinates as the observatory.
    id: 'erbisbuehl',
    name: 'Erbisbühl',
    kind: 'nature',
    city: 'sonneberg',
    lat: 50.3774,
    lon: 11.1901,
    summary: t(
      'Anhöhe (638 m) über Sonneberg, auf der die Sternwarte steht.',
      'Hill (638 m) above Sonneberg on which the observatory stands.',
    ),
    address: 'Sternwartestraße, 96515 Sonneberg',
  },
  {
    // Approximate position given by the project.
    id: 'gebrannte-bruecke',
    name: 'Gebrannte Brücke',
    kind: 'memorial',
    city: 'both',
    lat: 50.3395,
    lon: 11.1445,
    summary: t(
      'Früherer Grenzübergang zwischen beiden Städten, geöffnet am 12. November 1989.',
      'Former border crossing between the two towns, opened on 12 November 1989.',
    ),
    image: IMAGES.grenze,
  },
  {
    // A vertex of the shared municipal boundary in boundaries.geojson (the former
    // inner-German border, today the Bavarian–Thuringian state border), south of the crossing.
    id: 'gruenes-band-sued',
    name: t('Grünes Band – Abschnitt Süd', 'Green Belt – southern section'),
    kind: 'nature',
    city: 'both',
    lat: 50.3304,
    lon: 11.1592,
    summary: t(
      'Am früheren Grenzstreifen, heute Landesgrenze zwischen Thüringen und Bayern.',
      'On the former border strip, today the state border between Thuringia and Bavaria.',
    ),
  },
  {
    // Another vertex of the shared boundary (boundaries.geojson), north-west of the crossing.
    id: 'gruenes-band-nord',
    name: t('Grünes Band – Abschnitt Nord', 'Green Belt – northern section'),
    kind: 'nature',
    city: 'both',
    lat: 50.3593,
    lon: 11.1193,
    summary: t(
      'Wo einst die innerdeutsche Grenze verlief, verbindet heute ein Naturraum die Städte.',
      'Where the inner-German border once ran, a strip of nature now links the towns.',
    ),
  },
  {
    // A vertex of the shared boundary (boundaries.geojson) close to the former crossing.
    id: 'grenzverlauf-gebrannte-bruecke',
    name: t(
      'Ehemaliger Grenzverlauf an der Gebrannten Brücke',
      'Former border line at Gebrannte Brücke',
    ),
    kind: 'memorial',
    city: 'both',
    lat: 50.341,
    lon: 11.1465,
    summary: t(
      'Hier verlief von 1945 bis 1989 die innerdeutsche Grenze.',
      'The inner-German border ran here from 1945 to 1989.',
    ),
  },
];
const PLACE = Object.fromEntries(PLACES.map((p) => [p.id, p]));

// ---------------------------------------------------------------------------------------------
// Builders

const html = {
  p: (text) => `<p>${text}</p>`,
  ul: (items) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`,
  a: (href, text) => `<a href="${href}">${text}</a>`,
  strong: (text) => `<strong>${text}</strong>`,
};

const ORG = {
  son: 'Stadt Sonneberg',
  nec: 'Stadt Neustadt b. Coburg',
  both: t('Städte Sonneberg und Neustadt b. Coburg', 'Towns of Sonneberg and Neustadt b. Coburg'),
  sonnec: t('SON.NEC Umsetzungsmanagement', 'SON.NEC implementation management'),
  sternwarte: 'Sternwarte Sonneberg',
  dsm: 'Deutsches Spielzeugmuseum',
  mdsi: 'Museum der Deutschen Spielzeugindustrie',
};

const PRICE = {
  free: t('Eintritt frei', 'Free admission'),
  donation: t('Eintritt frei, Spenden willkommen', 'Free admission, donations welcome'),
  museum: t('Museumseintritt', 'Museum admission'),
  tour: t('5 €, Kinder frei', '€5, children free'),
  concert: t('12 €, ermäßigt 8 €', '€12, reduced €8'),
  concertSmall: '8 €',
  talk: t('3 €', '€3'),
  workshop: t('4 € inkl. Material', '€4 incl. materials'),
  run: t('Startgeld 10 €', 'Entry fee €10'),
};

const deOf = (text) => (typeof text === 'string' ? text : text.de);

function slugify(text) {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

function locationOf(placeId, room) {
  const place = PLACE[placeId];
  if (!place) throw new Error(`unknown place ${placeId}`);
  const name =
    room === undefined
      ? place.name
      : typeof place.name === 'string'
        ? `${place.name}, ${room}`
        : t(`${place.name.de}, ${room}`, `${place.name.en}, ${room}`);
  return {
    name,
    ...(place.address !== undefined && { address: place.address }),
    lat: place.lat,
    lon: place.lon,
    placeId,
  };
}

const usedIds = new Set();
function uniqueId(base) {
  let id = base;
  for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
  usedIds.add(id);
  return id;
}

/**
 * One event. `date` is a calendar day; `time`/`endTime` make it a timed event, otherwise it is
 * all-day and `endDate` (inclusive) may make it span several days.
 */
function event(spec) {
  const { date, time, endTime, endDate, slug, title, city } = spec;
  const titleDe = typeof title === 'string' ? title : title.de;
  const out = { id: uniqueId(`ev-${fmt(date)}-${slugify(slug ?? titleDe)}`), title };
  if (time !== undefined) {
    out.start = at(date, time);
    if (endTime !== undefined) out.end = at(endDate ?? date, endTime);
  } else {
    out.start = fmt(date);
    if (endDate !== undefined && endDate > date) out.end = fmt(endDate);
    out.allDay = true;
  }
  out.city = city;
  if (spec.categories) out.categories = spec.categories;
  if (spec.summary) out.summary = spec.summary;
  if (spec.description) out.description = spec.description;
  if (spec.place) out.location = locationOf(spec.place, spec.room);
  else if (spec.location) out.location = spec.location;
  out.url = spec.url ?? cityUrl(city);
  const image = spec.image ?? (spec.place && PLACE[spec.place].image);
  if (image && (spec.image || chance(0.35))) out.image = image;
  if (spec.organizer) out.organizer = spec.organizer;
  if (spec.price) out.price = spec.price;
  if (spec.rrule) out.rrule = spec.rrule;
  if (spec.exdates) out.exdates = spec.exdates;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Recurring events (no UNTIL/COUNT: the demo never runs empty)

function recurringEvents(from) {
  const firstSaturday = onOrAfter(from, 6);
  // Christmas break of the Saturday market: the first two Saturdays from 24 December on.
  let xmas = day(yearOf(from), 12, 24);
  if (xmas < firstSaturday) xmas = day(yearOf(from) + 1, 12, 24);
  const breakSaturday = onOrAfter(xmas, 6);
  let firstFriday = onOrAfter(from, 5);
  while (dateOf(firstFriday) > 7) firstFriday = addDays(firstFriday, 7);
  let secondSaturday = nthWeekday(yearOf(from), monthOf(from), 6, 2);
  if (secondSaturday < from) secondSaturday = nthWeekday(yearOf(from), monthOf(from) + 1, 6, 2);
  let lastSundayOfMonth = nthWeekday(yearOf(from), monthOf(from), 0, -1);
  if (lastSundayOfMonth < from) {
    lastSundayOfMonth = nthWeekday(yearOf(from), monthOf(from) + 1, 0, -1);
  }
  let anniversary = day(yearOf(from), 11, 12);
  if (anniversary < from) anniversary = day(yearOf(from) + 1, 11, 12);

  return [
    event({
      date: firstSaturday,
      time: '07:00',
      endTime: '12:00',
      slug: 'wochenmarkt-neustadt',
      title: t('Wochenmarkt auf dem Marktplatz', 'Weekly market on the market square'),
      city: 'neustadt',
      categories: [CAT.market],
      summary: t(
        'Obst, Gemüse, Brot und Blumen aus der Region – jeden Samstagvormittag.',
        'Fruit, vegetables, bread and flowers from the region – every Saturday morning.',
      ),
      description:
        html.p('Jeden Samstag bieten Händlerinnen und Händler aus der Region frische Waren an.') +
        html.ul(['Obst und Gemüse', 'Backwaren und Käse', 'Blumen und Pflanzen']) +
        html.p(
          `${html.strong('Weihnachtspause:')} An den beiden Samstagen nach Heiligabend entfällt der Markt.`,
        ),
      place: 'marktplatz-neustadt',
      image: IMAGES.markt,
      organizer: ORG.nec,
      price: PRICE.free,
      rrule: 'FREQ=WEEKLY;BYDAY=SA',
      exdates: [at(breakSaturday, '07:00'), at(addDays(breakSaturday, 7), '07:00')],
    }),
    event({
      date: onOrAfter(from, 4),
      time: '08:00',
      endTime: '13:00',
      slug: 'donnerstagsmarkt-sonneberg',
      title: t('Donnerstagsmarkt in der Innenstadt', 'Thursday market in the town centre'),
      city: 'sonneberg',
      categories: [CAT.market],
      summary: t(
        'Der Wochenmarkt in der Sonneberger Innenstadt, jeden Donnerstag.',
        'Sonneberg’s weekly market in the town centre, every Thursday.',
      ),
      description: html.p(
        'Regionale Erzeuger, Imbiss und Blumen: der Sonneberger Markt jeden Donnerstagvormittag.',
      ),
      place: 'stadtzentrum-sonneberg',
      organizer: ORG.son,
      price: PRICE.free,
      rrule: 'FREQ=WEEKLY;BYDAY=TH',
    }),
    event({
      date: firstFriday,
      time: '20:00',
      endTime: '22:00',
      slug: 'oeffentlicher-beobachtungsabend',
      title: t('Öffentlicher Beobachtungsabend', 'Public observation night'),
      city: 'sonneberg',
      categories: [CAT.nature, CAT.family],
      summary: t(
        'Mond, Planeten und Sterne durch die Teleskope der Sternwarte – jeden ersten Freitag im Monat.',
        'The Moon, planets and stars through the observatory’s telescopes – every first Friday.',
      ),
      description:
        html.p(
          'Bei klarem Himmel zeigen die Mitarbeitenden der Sternwarte, was gerade am Himmel zu sehen ist.',
        ) +
        html.p(
          `${html.strong('Bei Bewölkung')} gibt es stattdessen einen kurzen Vortrag in der Kuppel.`,
        ) +
        html.p(`Warme Kleidung mitbringen! Mehr unter ${html.a(URL_SON, 'sonneberg.de')}.`),
      place: 'sternwarte-sonneberg',
      image: IMAGES.sternwarte,
      organizer: ORG.sternwarte,
      price: PRICE.talk,
      rrule: 'FREQ=MONTHLY;BYDAY=1FR',
    }),
    event({
      date: onOrAfter(from, 0),
      time: '14:00',
      endTime: '15:00',
      slug: 'sonntagsfuehrung-spielzeugmuseum',
      title: t('Sonntagsführung im Spielzeugmuseum', 'Sunday tour of the toy museum'),
      city: 'sonneberg',
      categories: [CAT.tour, CAT.family],
      summary: t(
        'Eine Stunde durch Jahrhunderte Spielzeuggeschichte.',
        'One hour through centuries of toy history.',
      ),
      description:
        html.p('Die Führung zeigt, wie Sonneberg zur „Weltspielwarenstadt“ wurde.') +
        html.p('Treffpunkt ist das Foyer; keine Anmeldung nötig.'),
      place: 'deutsches-spielzeugmuseum',
      image: IMAGES.spielzeugmuseum,
      organizer: ORG.dsm,
      price: PRICE.museum,
      rrule: 'FREQ=WEEKLY;BYDAY=SU',
      // Not on Sundays that are public holidays (the museum is closed then, e.g. 31 October).
      exdates: holidaysOnWeekday('sonneberg', onOrAfter(from, 0), 0).map((d) => at(d, '14:00')),
    }),
    event({
      date: secondSaturday,
      time: '10:30',
      endTime: '12:00',
      slug: 'stadtfuehrung-neustadt',
      title: 'Stadtführung durch Neustadt',
      city: 'neustadt',
      categories: [CAT.tour],
      summary: 'Rundgang durch die Innenstadt, jeden zweiten Samstag im Monat.',
      place: 'rathaus-neustadt',
      organizer: ORG.nec,
      price: PRICE.tour,
      rrule: 'FREQ=MONTHLY;BYDAY=2SA',
    }),
    event({
      date: lastSundayOfMonth,
      time: '11:00',
      endTime: '16:00',
      slug: 'familiensonntag-museum',
      title: t('Familiensonntag im Museum', 'Family Sunday at the museum'),
      city: 'neustadt',
      categories: [CAT.family, CAT.culture],
      summary: t(
        'Mitmachstationen für Kinder, jeden letzten Sonntag im Monat.',
        'Hands-on stations for children, every last Sunday of the month.',
      ),
      place: 'museum-deutsche-spielzeugindustrie',
      organizer: ORG.mdsi,
      price: PRICE.museum,
      rrule: 'FREQ=MONTHLY;BYDAY=-1SU',
      // Not on a last Sunday that is a public holiday (26 December 2027).
      exdates: holidaysOnWeekday('neustadt', lastSundayOfMonth, 0)
        .filter((d) => monthOf(addDays(d, 7)) !== monthOf(d))
        .map((d) => at(d, '11:00')),
    }),
    event({
      date: anniversary,
      time: '17:00',
      endTime: '18:30',
      slug: 'gedenken-grenzoeffnung',
      title: t(
        'Gedenken an die Öffnung der Gebrannten Brücke',
        'Commemorating the opening of the Gebrannte Brücke',
      ),
      city: 'both',
      categories: [CAT.culture],
      summary: t(
        'Jedes Jahr am 12. November erinnern beide Städte an die Grenzöffnung von 1989.',
        'Every 12 November both towns recall the opening of the border in 1989.',
      ),
      description:
        html.p(
          'Am 12. November 1989 öffnete sich der Übergang zwischen Sonneberg und Neustadt b. Coburg.',
        ) + html.p('Gemeinsames Gedenken mit Grußworten beider Städte und Musik.'),
      place: 'gebrannte-bruecke',
      image: IMAGES.grenze,
      organizer: ORG.both,
      price: PRICE.free,
      rrule: 'FREQ=YEARLY',
    }),
  ];
}

// ---------------------------------------------------------------------------------------------
// Dated events over 12 months

const CONCERTS = [
  [t('Kammerkonzert', 'Chamber concert'), 'Werke für Streichquartett von Klassik bis Romantik.'],
  [t('Jazz im Museum', 'Jazz at the museum'), 'Ein Jazztrio zwischen Vitrinen voller Spielzeug.'],
  [t('Chorkonzert', 'Choir concert'), 'Chöre aus beiden Städten singen gemeinsam.'],
  [t('Blasmusik am Abend', 'Brass band evening'), 'Traditionelle und moderne Blasmusik.'],
  [t('Liederabend', 'Song recital'), 'Lieder der Romantik, begleitet am Flügel.'],
  [t('Gitarrenkonzert', 'Guitar concert'), 'Klassische Gitarre mit Werken aus fünf Jahrhunderten.'],
  [t('Orgelmusik zur Marktzeit', 'Organ music at market time'), 'Eine halbe Stunde Orgelmusik.'],
  ['Musikschulkonzert', 'Schülerinnen und Schüler der Musikschule zeigen ihr Können.'],
  [t('Folk & Songwriter', 'Folk & singer-songwriter'), 'Handgemachte Musik in kleinem Rahmen.'],
  [t('Big-Band-Abend', 'Big band night'), 'Swing, Latin und Funk mit großer Besetzung.'],
];
const CONCERT_VENUES = [
  ['deutsches-spielzeugmuseum', 'Festsaal', 'sonneberg', ORG.dsm],
  ['rathaus-neustadt', 'Festsaal', 'neustadt', ORG.nec],
  ['museum-deutsche-spielzeugindustrie', undefined, 'neustadt', ORG.mdsi],
  ['stadtzentrum-sonneberg', undefined, 'sonneberg', ORG.son],
];

const STAR_TALKS = [
  t(
    'Veränderliche Sterne: Wie Sterne ihr Licht ändern',
    'Variable stars: how stars change their light',
  ),
  t(
    'Cuno Hoffmeister und die Anfänge der Sternwarte',
    'Cuno Hoffmeister and the observatory’s early days',
  ),
  t('Der Wintersternhimmel für Einsteiger', 'The winter sky for beginners'),
  t(
    'Kometen – Besucher aus der Tiefe des Sonnensystems',
    'Comets – visitors from the outer solar system',
  ),
  t('Das Fotoplattenarchiv der Sternwarte', 'The observatory’s photographic plate archive'),
  t('Lichtverschmutzung und dunkler Himmel', 'Light pollution and dark skies'),
  t('Unser Mond', 'Our Moon'),
  t('Sternschnuppen: Woher sie kommen', 'Shooting stars: where they come from'),
  t('Exoplaneten – Welten um andere Sonnen', 'Exoplanets – worlds around other suns'),
  t('Sonnenuhren und Zeitmessung', 'Sundials and timekeeping'),
  t('Der Sommersternhimmel', 'The summer sky'),
  t('Teleskope selbst bauen', 'Building your own telescope'),
];

const HISTORY_TALKS = [
  t('Die Grenze zwischen unseren Städten 1945–1989', 'The border between our towns, 1945–1989'),
  t(
    'Puppenmacher und Verleger: Spielzeug als Weltmarke',
    'Doll makers and merchants: toys as a world brand',
  ),
  t('Geschleifte Dörfer am Grenzstreifen', 'Razed villages by the border strip'),
  t('Die Nacht an der Gebrannten Brücke', 'The night at the Gebrannte Brücke'),
  t('Vom Heimarbeitsplatz zur Fabrik', 'From home workshop to factory'),
  t('Spielzeug im Wandel der Zeit', 'Toys through the ages'),
];

const EXHIBITIONS = [
  [
    t('Puppenstuben aus zwei Jahrhunderten', 'Doll’s houses from two centuries'),
    'deutsches-spielzeugmuseum',
    'sonneberg',
    ORG.dsm,
  ],
  [
    t('Trachtenpuppen aus aller Welt', 'Costume dolls from around the world'),
    'museum-deutsche-spielzeugindustrie',
    'neustadt',
    ORG.mdsi,
  ],
  [
    t('Blechspielzeug und Eisenbahnen', 'Tin toys and model railways'),
    'deutsches-spielzeugmuseum',
    'sonneberg',
    ORG.dsm,
  ],
  [
    t(
      'Getrennt und verbunden: Zwei Städte an der Grenze',
      'Divided and joined: two towns at the border',
    ),
    'museum-deutsche-spielzeugindustrie',
    'both',
    ORG.both,
  ],
];

function concert(date, rnd) {
  const [title, text] = pick(CONCERTS);
  const [place, room, city, organizer] = pick(CONCERT_VENUES);
  const time = pick(['17:00', '19:00', '19:30']);
  const [h] = time.split(':').map(Number);
  return {
    date,
    time,
    endTime: `${pad(h + 2)}:00`,
    title,
    city,
    categories: rnd < 0.3 ? [CAT.music, CAT.culture] : [CAT.music],
    summary: chance(0.7) ? t(text, 'A concert for everyone who loves live music.') : undefined,
    description:
      html.p(text) +
      (chance(0.5)
        ? html.p(`${html.strong('Karten:')} an der Abendkasse und in den Tourist-Informationen.`)
        : '') +
      html.p(`Weitere Termine: ${html.a(cityUrl(city), 'Veranstaltungskalender')}`),
    place,
    room,
    organizer,
    price: pick([PRICE.concert, PRICE.concertSmall, PRICE.donation]),
  };
}

const ORDINAL = ['1st', '2nd', '3rd', '4th'];

function annualEvents(year, inWindow) {
  const list = [];
  const add = (spec) => {
    if (inWindow(spec.date)) list.push(spec);
  };
  // Advent and Christmas
  const adv1 = firstAdvent(year);
  add({
    date: addDays(adv1, -2),
    endDate: day(year, 12, 23),
    slug: 'weihnachtsmarkt-sonneberg',
    title: t('Sonneberger Weihnachtsmarkt', 'Sonneberg Christmas market'),
    city: 'sonneberg',
    categories: [CAT.market, CAT.advent],
    summary: t(
      'Buden, Glühwein und Spielzeug aus der Region – täglich bis zum 23. Dezember.',
      'Stalls, mulled wine and toys from the region – daily until 23 December.',
    ),
    description:
      html.p('Der Weihnachtsmarkt in der Innenstadt ist täglich geöffnet.') +
      html.ul([
        'Kunsthandwerk und Spielzeug aus der Region',
        'Bühnenprogramm an den Adventswochenenden',
        'Kinderkarussell',
      ]) +
      html.p(`Programm: ${html.a(URL_SON, 'www.sonneberg.de')}`),
    place: 'stadtzentrum-sonneberg',
    image: IMAGES.weihnachtsmarkt,
    organizer: ORG.son,
    price: PRICE.free,
  });
  for (let k = 0; k < 4; k++) {
    const sunday = addDays(adv1, 7 * k);
    add({
      date: addDays(sunday, -2),
      endDate: sunday,
      slug: `adventsmarkt-neustadt-${k + 1}`,
      title: t(
        `Neustadter Adventsmarkt (${k + 1}. Advent)`,
        `Neustadt Advent market (${ORDINAL[k]} weekend of Advent)`,
      ),
      city: 'neustadt',
      categories: [CAT.market, CAT.advent],
      summary: t(
        'Adventsmarkt auf dem Marktplatz, Freitag bis Sonntag.',
        'Advent market on the market square, Friday to Sunday.',
      ),
      description: html.p('Drei Tage Adventsstimmung mit Kunsthandwerk, Musik und Leckereien.'),
      place: 'marktplatz-neustadt',
      image: k === 0 ? IMAGES.weihnachtsmarkt : undefined,
      organizer: ORG.nec,
      price: PRICE.free,
    });
    add({
      date: sunday,
      time: '17:00',
      endTime: '18:30',
      slug: `adventskonzert-${k + 1}`,
      title: t(
        `Adventskonzert zum ${k + 1}. Advent`,
        `Advent concert (${ORDINAL[k]} Sunday of Advent)`,
      ),
      city: k % 2 ? 'neustadt' : 'sonneberg',
      categories: [CAT.music, CAT.advent],
      description: html.p('Besinnliche Musik zur Adventszeit.'),
      place: k % 2 ? 'rathaus-neustadt' : 'deutsches-spielzeugmuseum',
      room: 'Festsaal',
      organizer: k % 2 ? ORG.nec : ORG.dsm,
      price: PRICE.donation,
    });
    add({
      date: addDays(sunday, -1),
      time: '15:00',
      endTime: '16:00',
      slug: `weihnachtsfuehrung-${k + 1}`,
      title: t('Spielzeug unterm Weihnachtsbaum', 'Toys under the Christmas tree'),
      city: 'sonneberg',
      categories: [CAT.tour, CAT.advent, CAT.family],
      summary: t(
        'Weihnachtliche Führung durch die Sammlung.',
        'A Christmas tour of the collection.',
      ),
      place: 'deutsches-spielzeugmuseum',
      organizer: ORG.dsm,
      price: PRICE.museum,
    });
  }
  for (const [city, place] of [
    ['sonneberg', 'stadtzentrum-sonneberg'],
    ['neustadt', 'marktplatz-neustadt'],
  ]) {
    add({
      date: day(year, 12, 6),
      time: '16:00',
      endTime: '17:00',
      slug: `nikolaus-${city}`,
      title: t('Der Nikolaus kommt', 'St Nicholas is coming'),
      city,
      categories: [CAT.family, CAT.advent],
      summary: t('Kleine Geschenke für die Kinder.', 'Small presents for the children.'),
      place,
      organizer: city === 'neustadt' ? ORG.nec : ORG.son,
      price: PRICE.free,
    });
  }
  add({
    date: day(year, 12, 13),
    time: '20:00',
    endTime: '22:30',
    slug: 'geminiden',
    title: t('Sternschnuppennacht: die Geminiden', 'Meteor night: the Geminids'),
    city: 'sonneberg',
    categories: [CAT.nature, CAT.talk],
    description:
      html.p('Die Geminiden gehören zu den reichsten Sternschnuppenströmen des Jahres.') +
      html.p('Kurzvortrag, danach Beobachtung im Freien – bei jedem Wetter mit Programm.'),
    place: 'sternwarte-sonneberg',
    organizer: ORG.sternwarte,
    price: PRICE.talk,
  });
  add({
    date: day(year, 12, 31),
    time: '14:00',
    endTime: '16:00',
    slug: 'silvesterlauf',
    title: t('Silvesterlauf', 'New Year’s Eve run'),
    city: 'neustadt',
    categories: [CAT.sport],
    summary: t('Fünf Kilometer zum Jahresausklang.', 'Five kilometres to close the year.'),
    place: 'marktplatz-neustadt',
    organizer: ORG.nec,
    price: PRICE.run,
  });
  // January
  add({
    date: day(year, 1, 1),
    time: '17:00',
    endTime: '19:00',
    title: t('Neujahrskonzert', 'New Year’s concert'),
    city: 'sonneberg',
    categories: [CAT.music],
    description: html.p('Walzer, Polka und Operette zum Jahresbeginn.'),
    place: 'deutsches-spielzeugmuseum',
    room: 'Festsaal',
    organizer: ORG.son,
    price: PRICE.concert,
  });
  add({
    date: day(year, 1, 6),
    time: '10:00',
    endTime: '11:00',
    title: 'Sternsinger im Rathaus',
    city: 'neustadt',
    categories: [CAT.culture, CAT.family],
    summary:
      'Die Sternsinger bringen den Segen ins Rathaus (Heilige Drei Könige, in Bayern Feiertag).',
    place: 'rathaus-neustadt',
    organizer: ORG.nec,
    price: PRICE.free,
  });
  add({
    date: nthWeekday(year, 1, 5, 2),
    time: '18:00',
    endTime: '20:30',
    slug: 'neujahrsempfang-son-nec',
    title: t('Gemeinsamer Neujahrsempfang SON.NEC', 'Joint SON.NEC New Year reception'),
    city: 'both',
    categories: [CAT.culture],
    description:
      html.p('Beide Städte laden Vereine, Unternehmen und Ehrenamtliche ein.') +
      html.p(`Mehr zur Zusammenarbeit: ${html.a(URL_NEC, 'neustadt-bei-coburg.de')}`),
    place: 'rathaus-neustadt',
    organizer: ORG.both,
  });
  // Fasching and Easter
  const e = easter(year);
  add({
    date: addDays(e, -52),
    time: '11:11',
    endTime: '14:00',
    title: t('Weiberfasching im Rathaus', 'Women’s carnival at the town hall'),
    city: 'neustadt',
    categories: [CAT.culture],
    place: 'rathaus-neustadt',
    organizer: ORG.nec,
  });
  for (const city of ['sonneberg', 'neustadt']) {
    add({
      date: addDays(e, -50),
      time: '19:30',
      endTime: '23:30',
      slug: `faschingssitzung-${city}`,
      title: t('Große Faschingssitzung', 'Grand carnival session'),
      city,
      categories: [CAT.culture, CAT.music],
      summary: t('Büttenreden, Garden und Musik.', 'Comic speeches, dance groups and music.'),
      place: city === 'neustadt' ? 'rathaus-neustadt' : 'stadtzentrum-sonneberg',
      organizer: city === 'neustadt' ? ORG.nec : ORG.son,
      price: PRICE.concert,
    });
  }
  add({
    date: addDays(e, -48),
    time: '15:00',
    endTime: '17:30',
    title: t('Kinderfasching', 'Children’s carnival'),
    city: 'sonneberg',
    categories: [CAT.family],
    place: 'stadtzentrum-sonneberg',
    organizer: ORG.son,
    price: PRICE.free,
  });
  add({
    date: addDays(e, -47),
    time: '14:00',
    endTime: '16:00',
    title: t('Faschingsumzug', 'Carnival parade'),
    city: 'neustadt',
    categories: [CAT.culture, CAT.family],
    description:
      html.p('Der Umzug zieht durch die Innenstadt zum Marktplatz.') +
      html.p(`${html.strong('Hinweis:')} Während des Umzugs sind mehrere Straßen gesperrt.`),
    place: 'marktplatz-neustadt',
    organizer: ORG.nec,
    price: PRICE.free,
  });
  add({
    date: addDays(e, -8),
    endDate: addDays(e, -7),
    title: t('Ostermarkt', 'Easter market'),
    city: 'neustadt',
    categories: [CAT.market, CAT.family],
    summary: t(
      'Kunsthandwerk und Osterschmuck am Palmwochenende.',
      'Crafts and Easter decorations on Palm weekend.',
    ),
    place: 'marktplatz-neustadt',
    image: IMAGES.markt,
    organizer: ORG.nec,
    price: PRICE.free,
  });
  add({
    date: addDays(e, -1),
    time: '14:00',
    endTime: '15:00',
    title: t('Osterführung: Hasen, Eier und Spielzeug', 'Easter tour: bunnies, eggs and toys'),
    city: 'neustadt',
    categories: [CAT.tour, CAT.family],
    place: 'museum-deutsche-spielzeugindustrie',
    organizer: ORG.mdsi,
    price: PRICE.museum,
  });
  add({
    // Easter Sunday: no public holiday, and the museum is closed on Easter Monday.
    date: e,
    time: '11:00',
    endTime: '13:00',
    title: t('Ostereiersuche im Museum', 'Easter egg hunt at the museum'),
    city: 'sonneberg',
    categories: [CAT.family],
    place: 'deutsches-spielzeugmuseum',
    organizer: ORG.dsm,
    price: PRICE.free,
  });
  // Spring
  add({
    date: day(year, 4, 30),
    time: '17:00',
    endTime: '21:00',
    title: 'Maibaumaufstellen',
    city: 'neustadt',
    categories: [CAT.culture, CAT.music],
    summary: 'Mit Blasmusik und Bewirtung auf dem Marktplatz.',
    place: 'marktplatz-neustadt',
    organizer: ORG.nec,
    price: PRICE.free,
  });
  add({
    date: day(year, 5, 1),
    time: '10:00',
    endTime: '14:00',
    title: t('Maiwanderung am Grünen Band', 'May Day walk along the Green Belt'),
    city: 'both',
    categories: [CAT.nature, CAT.sport],
    description:
      html.p('Geführte Wanderung entlang der früheren Grenze zwischen beiden Städten.') +
      html.ul(['Strecke etwa 8 km', 'Festes Schuhwerk empfohlen', 'Einkehr am Ende']),
    place: 'gruenes-band-sued',
    organizer: ORG.sonnec,
    price: PRICE.free,
  });
  const museumDay = nthWeekday(year, 5, 0, 3);
  for (const [place, city, organizer] of [
    ['deutsches-spielzeugmuseum', 'sonneberg', ORG.dsm],
    ['museum-deutsche-spielzeugindustrie', 'neustadt', ORG.mdsi],
  ]) {
    add({
      date: museumDay,
      time: '10:00',
      endTime: '17:00',
      slug: `museumstag-${city}`,
      title: t('Internationaler Museumstag', 'International Museum Day'),
      city,
      categories: [CAT.culture, CAT.family, CAT.tour],
      summary: t(
        'Freier Eintritt und Kurzführungen zu jeder vollen Stunde.',
        'Free admission and short tours every hour.',
      ),
      place,
      organizer,
      price: PRICE.free,
    });
  }
  add({
    date: nthWeekday(year, 5, 6, 2),
    time: '10:00',
    endTime: '13:00',
    title: t('Sonneberger Stadtlauf', 'Sonneberg town run'),
    city: 'sonneberg',
    categories: [CAT.sport],
    description:
      html.p('Läufe für alle Altersgruppen durch die Innenstadt.') +
      html.ul(['Bambinilauf', 'Schülerlauf', 'Hauptlauf']) +
      html.p(`Anmeldung über ${html.a(URL_SON, 'die Website der Stadt')}.`),
    place: 'stadtzentrum-sonneberg',
    organizer: ORG.son,
    price: PRICE.run,
  });
  // Summer
  const june = nthWeekday(year, 6, 5, 2);
  add({
    date: june,
    endDate: addDays(june, 2),
    slug: 'stadtfest-neustadt',
    title: t('Neustadter Stadtfest', 'Neustadt town festival'),
    city: 'neustadt',
    categories: [CAT.culture, CAT.music, CAT.family],
    description:
      html.p('Drei Tage Musik, Vereine und Kulinarik in der ganzen Innenstadt.') +
      html.ul([
        'Freitag: Eröffnung und Live-Musik',
        'Samstag: Vereinsmeile',
        'Sonntag: Familientag',
      ]),
    place: 'marktplatz-neustadt',
    organizer: ORG.nec,
    price: PRICE.free,
  });
  const july = nthWeekday(year, 7, 6, 2);
  add({
    date: july,
    endDate: addDays(july, 1),
    slug: 'son-nec-sommerfest',
    title: t(
      'SON.NEC Sommerfest an der Gebrannten Brücke',
      'SON.NEC summer festival at the Gebrannte Brücke',
    ),
    city: 'both',
    categories: [CAT.culture, CAT.music, CAT.family],
    summary: t(
      'Das gemeinsame Fest beider Städte, genau dort, wo früher die Grenze war.',
      'The joint festival of both towns, right where the border used to be.',
    ),
    description:
      html.p(
        `${html.strong('SON.NEC gemeinsam.fränkisch.stark')} – zwei Tage Programm von Vereinen aus beiden Städten.`,
      ) + html.ul(['Bühne mit Bands aus der Region', 'Kinderprogramm', 'Infostand zum ILREK']),
    place: 'gebrannte-bruecke',
    image: IMAGES.grenze,
    organizer: ORG.sonnec,
    price: PRICE.free,
  });
  const julyFest = nthWeekday(year, 7, 5, 3);
  add({
    date: julyFest,
    endDate: addDays(julyFest, 2),
    slug: 'sommerfest-sonneberg',
    title: t('Sommerfest in der Innenstadt', 'Summer festival in the town centre'),
    city: 'sonneberg',
    categories: [CAT.culture, CAT.music],
    place: 'stadtzentrum-sonneberg',
    organizer: ORG.son,
    price: PRICE.free,
  });
  for (let friday = nthWeekday(year, 8, 5, 1); monthOf(friday) === 8; friday = addDays(friday, 7)) {
    add({
      date: friday,
      time: '21:00',
      endTime: '23:30',
      slug: 'open-air-kino',
      title: t('Open-Air-Kino auf dem Marktplatz', 'Open-air cinema on the market square'),
      city: 'neustadt',
      categories: [CAT.culture, CAT.family],
      summary: t(
        'Filme unter freiem Himmel, bei Regen im Rathaus.',
        'Films under the open sky; in the town hall if it rains.',
      ),
      place: 'marktplatz-neustadt',
      organizer: ORG.nec,
      price: PRICE.concertSmall,
    });
  }
  add({
    date: day(year, 8, 12),
    time: '21:30',
    endTime: '23:59',
    slug: 'perseiden',
    title: t('Sternschnuppennacht: die Perseiden', 'Meteor night: the Perseids'),
    city: 'sonneberg',
    categories: [CAT.nature, CAT.family],
    description:
      html.p('Liegestühle, Decken und ein dunkler Himmel: die Perseiden vom Erbisbühl aus.') +
      html.p('Bei Regen Vortrag in der Sternwarte.'),
    place: 'sternwarte-sonneberg',
    image: IMAGES.sternwarte,
    organizer: ORG.sternwarte,
    price: PRICE.talk,
  });
  // Autumn
  const denkmal = nthWeekday(year, 9, 0, 2);
  for (const [city, place, organizer] of [
    ['sonneberg', 'stadtzentrum-sonneberg', ORG.son],
    ['neustadt', 'stadtzentrum-neustadt', ORG.nec],
  ]) {
    add({
      date: denkmal,
      time: '11:00',
      endTime: '12:30',
      slug: `tag-des-offenen-denkmals-${city}`,
      title: t('Tag des offenen Denkmals: Stadtrundgang', 'Heritage Open Day: town walk'),
      city,
      categories: [CAT.tour, CAT.culture],
      place,
      organizer,
      price: PRICE.free,
    });
  }
  add({
    date: day(year, 9, 20),
    time: '11:00',
    endTime: '17:00',
    title: t('Fest zum Weltkindertag', 'World Children’s Day festival'),
    city: 'sonneberg',
    categories: [CAT.family],
    description:
      html.p('Der Weltkindertag ist in Thüringen Feiertag – Spiel und Spaß in der Innenstadt.') +
      html.ul(['Hüpfburg', 'Kinderschminken', 'Spielzeugbasteln mit dem Museum']),
    place: 'stadtzentrum-sonneberg',
    organizer: ORG.son,
    price: PRICE.free,
  });
  add({
    date: day(year, 10, 3),
    time: '10:00',
    endTime: '13:00',
    slug: 'grenzwanderung-einheit',
    title: t('Grenzwanderung zum Tag der Deutschen Einheit', 'Border walk on German Unity Day'),
    city: 'both',
    categories: [CAT.tour, CAT.nature],
    description:
      html.p('Von der Gebrannten Brücke entlang des früheren Grenzverlaufs.') +
      html.p('Zeitzeugen erzählen von Teilung und Grenzöffnung.'),
    place: 'gebrannte-bruecke',
    organizer: ORG.sonnec,
    price: PRICE.free,
  });
  const autumnMarket = nthWeekday(year, 10, 0, 1);
  add({
    date: autumnMarket,
    slug: 'herbstmarkt-neustadt',
    title: t('Herbstmarkt mit verkaufsoffenem Sonntag', 'Autumn market and Sunday shopping'),
    city: 'neustadt',
    categories: [CAT.market],
    place: 'marktplatz-neustadt',
    organizer: ORG.nec,
    price: PRICE.free,
  });
  add({
    date: day(year, 10, 31),
    time: '17:00',
    endTime: '18:30',
    title: t('Konzert zum Reformationstag', 'Reformation Day concert'),
    city: 'sonneberg',
    categories: [CAT.music],
    summary: t(
      'Der Reformationstag ist in Thüringen Feiertag.',
      'Reformation Day is a public holiday in Thuringia.',
    ),
    place: 'deutsches-spielzeugmuseum',
    room: 'Festsaal',
    organizer: ORG.son,
    price: PRICE.donation,
  });
  for (const [city, place, organizer] of [
    ['sonneberg', 'stadtzentrum-sonneberg', ORG.son],
    ['neustadt', 'stadtzentrum-neustadt', ORG.nec],
  ]) {
    add({
      date: day(year, 11, 11),
      time: '17:00',
      endTime: '18:00',
      slug: `martinsumzug-${city}`,
      title: t('Martinsumzug', 'St Martin’s lantern procession'),
      city,
      categories: [CAT.family],
      place,
      organizer,
      price: PRICE.free,
    });
  }
  add({
    date: nthWeekday(year, 11, 3, 1),
    time: '19:00',
    endTime: '20:30',
    slug: 'vortrag-grenzoeffnung',
    title: t('Vortrag: Als die Brücke wieder offen war', 'Talk: when the bridge opened again'),
    city: 'both',
    categories: [CAT.talk],
    place: 'rathaus-neustadt',
    room: 'Sitzungssaal',
    organizer: ORG.both,
    price: PRICE.free,
  });
  return list;
}

function monthlyEvents(monthStart, index, inWindow) {
  const y = yearOf(monthStart);
  const m = monthOf(monthStart);
  const list = [];
  const add = (spec) => {
    // Nothing at a museum on a public holiday of its town: the museums close then.
    if (MUSEUMS.includes(spec.place) && isPublicHoliday(spec.city, spec.date)) return;
    if (inWindow(spec.date)) list.push(spec);
  };
  const summer = m >= 4 && m <= 10;
  const randomDay = (weekdays) => {
    const days = [];
    for (let d = monthStart; monthOf(d) === m; d = addDays(d, 1)) {
      if (weekdays.includes(weekday(d))) days.push(d);
    }
    return pick(days);
  };

  // Talk at the observatory, second or third Tuesday
  add({
    date: nthWeekday(y, m, 2, chance(0.5) ? 2 : 3),
    time: '19:30',
    endTime: '21:00',
    slug: 'sternwarte-vortrag',
    title: STAR_TALKS[(m - 1) % STAR_TALKS.length],
    city: 'sonneberg',
    categories: [CAT.talk],
    summary: t(
      'Vortrag in der Sternwarte mit anschließender Führung.',
      'Talk at the observatory, followed by a tour.',
    ),
    place: 'sternwarte-sonneberg',
    organizer: ORG.sternwarte,
    price: PRICE.talk,
  });
  // Two or three concerts
  for (let i = 0, n = int(2, 3); i < n; i++) {
    const date = randomDay([5, 6, 0]);
    if (inWindow(date)) list.push(concert(date, random()));
  }
  // Doll workshop for children
  add({
    date: randomDay([6]),
    time: '14:00',
    endTime: '16:00',
    slug: 'puppenwerkstatt',
    title: t('Puppenwerkstatt für Kinder', 'Doll workshop for children'),
    city: 'neustadt',
    categories: [CAT.family, CAT.culture],
    description:
      html.p('Kinder ab 6 Jahren nähen und gestalten ihre eigene kleine Puppe.') +
      html.p(`${html.strong('Anmeldung')} im Museum erbeten.`),
    place: 'museum-deutsche-spielzeugindustrie',
    organizer: ORG.mdsi,
    price: PRICE.workshop,
  });
  if (index % 2 === 0) {
    add({
      date: randomDay([3]),
      time: '15:00',
      endTime: '17:00',
      slug: 'spielzeug-sprechstunde',
      title: t('Spielzeug-Sprechstunde', 'Toy consultation hour'),
      city: 'sonneberg',
      categories: [CAT.culture],
      summary: t(
        'Altes Spielzeug mitbringen: Fachleute des Museums erzählen, was sie darüber wissen.',
        'Bring old toys: the museum’s experts tell you what they know about them.',
      ),
      place: 'deutsches-spielzeugmuseum',
      organizer: ORG.dsm,
      price: PRICE.free,
    });
  } else {
    add({
      date: randomDay([2, 3, 4]),
      time: '19:00',
      endTime: '20:30',
      slug: 'geschichtsvortrag',
      title: HISTORY_TALKS[((index - 1) / 2) % HISTORY_TALKS.length],
      city: chance(0.5) ? 'neustadt' : 'sonneberg',
      categories: [CAT.talk],
      place: chance(0.5) ? 'museum-deutsche-spielzeugindustrie' : 'deutsches-spielzeugmuseum',
      organizer: ORG.both,
      price: PRICE.free,
    });
  }
  if (summer) {
    add({
      date: nthWeekday(y, m, 5, -1),
      time: '20:00',
      endTime: '21:30',
      slug: 'nachtwaechterfuehrung',
      title: t('Nachtwächterführung', 'Night watchman’s tour'),
      city: 'neustadt',
      categories: [CAT.tour],
      summary: t(
        'Mit Laterne und Hellebarde durch die Altstadt.',
        'Through the old town with lantern and halberd.',
      ),
      place: 'stadtzentrum-neustadt',
      organizer: ORG.nec,
      price: PRICE.tour,
    });
    add({
      date: nthWeekday(y, m, 0, 1),
      time: '14:00',
      endTime: '16:30',
      slug: 'grenzfuehrung',
      title: t('Auf den Spuren der Teilung', 'In the footsteps of division'),
      city: 'both',
      categories: [CAT.tour, CAT.nature],
      description:
        html.p(
          'Rundgang entlang des früheren Grenzstreifens zwischen Sonneberg und Neustadt b. Coburg.',
        ) +
        html.ul([
          'Treffpunkt: Gebrannte Brücke',
          'Dauer etwa 2,5 Stunden',
          'Für Kinderwagen nicht geeignet',
        ]),
      place: 'gebrannte-bruecke',
      organizer: ORG.sonnec,
      price: PRICE.free,
    });
    if (m >= 5 && m <= 9) {
      add({
        date: nthWeekday(y, m, 0, 3),
        time: '10:00',
        endTime: '15:00',
        slug: 'radtour-landesgrenze',
        title: t('Radtour über die Landesgrenze', 'Cycle tour across the state border'),
        city: 'both',
        categories: [CAT.sport, CAT.nature],
        description:
          html.p('Gemütliche Tour auf Radwegen zwischen beiden Städten, etwa 30 km.') +
          html.p(`Die Radwegekarte gibt es ${html.a('docs/radwegekarte.pdf', 'hier als PDF')}.`),
        place: 'stadtzentrum-neustadt',
        organizer: ORG.sonnec,
        price: PRICE.free,
      });
      add({
        date: randomDay([1, 3]),
        time: '18:00',
        endTime: '19:30',
        slug: 'lauftreff',
        title: t('Offener Lauftreff', 'Open running group'),
        city: pick(['sonneberg', 'neustadt']),
        categories: [CAT.sport],
        location: { name: t('Treffpunkt am Sportplatz', 'Meeting point at the sports ground') },
        price: PRICE.free,
      });
    }
    add({
      date: nthWeekday(y, m, 6, 1),
      time: '08:00',
      endTime: '14:00',
      slug: 'flohmarkt-sonneberg',
      title: 'Flohmarkt in der Innenstadt',
      city: 'sonneberg',
      categories: [CAT.market],
      place: 'stadtzentrum-sonneberg',
      organizer: ORG.son,
      price: PRICE.free,
    });
  } else {
    add({
      date: randomDay([6]),
      time: '15:00',
      endTime: '16:00',
      slug: 'sternbilder-fuer-kinder',
      title: t('Sternbilder für Kinder', 'Constellations for children'),
      city: 'sonneberg',
      categories: [CAT.family, CAT.nature],
      place: 'sternwarte-sonneberg',
      organizer: ORG.sternwarte,
      price: PRICE.talk,
    });
    add({
      date: randomDay([4]),
      time: '15:00',
      endTime: '16:00',
      slug: 'themenfuehrung-museum',
      title: t('Themenführung: Puppen und Trachten', 'Themed tour: dolls and costumes'),
      city: 'neustadt',
      categories: [CAT.tour],
      place: 'museum-deutsche-spielzeugindustrie',
      organizer: ORG.mdsi,
      price: PRICE.museum,
    });
  }
  if (m === 4 || m === 5) {
    add({
      date: randomDay([0]),
      time: '06:30',
      endTime: '08:30',
      slug: 'vogelstimmen',
      title: t('Vogelstimmenwanderung am Grünen Band', 'Birdsong walk along the Green Belt'),
      city: 'both',
      categories: [CAT.nature],
      place: 'gruenes-band-nord',
      price: PRICE.free,
    });
  }
  if (m === 6 || m === 7) {
    add({
      date: randomDay([6]),
      time: '10:00',
      endTime: '12:00',
      slug: 'kraeuterwanderung',
      title: t('Kräuterwanderung', 'Herb walk'),
      city: 'sonneberg',
      categories: [CAT.nature, CAT.family],
      place: 'erbisbuehl',
      price: PRICE.tour,
    });
  }
  if (m === 9 || m === 10) {
    add({
      date: randomDay([0]),
      time: '10:00',
      endTime: '13:00',
      slug: 'pilzwanderung',
      title: t('Pilzwanderung', 'Mushroom walk'),
      city: 'both',
      categories: [CAT.nature],
      summary: t(
        'Pilze erkennen – nicht sammeln.',
        'Learn to recognise mushrooms – not to pick them.',
      ),
      place: 'gruenes-band-nord',
      price: PRICE.tour,
    });
  }
  if (m === 1 || m === 2) {
    add({
      date: randomDay([6]),
      time: '09:00',
      endTime: '17:00',
      slug: 'hallenfussball',
      title: t('Hallenfußballturnier der Jugend', 'Youth indoor football tournament'),
      city: pick(['sonneberg', 'neustadt']),
      categories: [CAT.sport],
      location: { name: 'Sporthalle' },
      price: PRICE.free,
    });
  }
  // Special exhibitions: one every three months, with an opening evening
  if (index % 3 === 0) {
    const [title, place, city, organizer] = EXHIBITIONS[(index / 3) % EXHIBITIONS.length];
    const open = addDays(nthWeekday(y, m, 5, 1), 1);
    add({
      date: addDays(open, -1),
      time: '18:00',
      endTime: '20:00',
      slug: `eroeffnung-${slugify(deOf(title))}`,
      title: t(`Ausstellungseröffnung: ${title.de}`, `Exhibition opening: ${title.en}`),
      city,
      categories: [CAT.exhibition, CAT.culture],
      place,
      organizer,
      price: PRICE.free,
    });
    add({
      date: open,
      endDate: addDays(addMonths(open, int(2, 3)), -1),
      slug: `ausstellung-${slugify(deOf(title))}`,
      title,
      city,
      categories: [CAT.exhibition],
      summary: t(
        'Sonderausstellung zu den Öffnungszeiten des Museums.',
        'Special exhibition during museum opening hours.',
      ),
      description:
        html.p(
          `Die Sonderausstellung ${html.strong(`„${title.de}“`)} zeigt Stücke aus den Sammlungen beider Städte.`,
        ) + html.p('Führungen auf Anfrage.'),
      place,
      organizer,
      price: PRICE.museum,
    });
  }
  // Bürgerforum of the joint development concept, quarterly
  if (index % 3 === 1) {
    add({
      date: nthWeekday(y, m, 3, 2),
      time: '18:30',
      endTime: '20:30',
      slug: 'ilrek-buergerforum',
      title: t('ILREK-Bürgerforum', 'ILREK citizens’ forum'),
      city: 'both',
      categories: [CAT.talk],
      description:
        html.p(
          'Das Umsetzungsmanagement berichtet über die Leitprojekte des ILREK und sammelt Ideen.',
        ) +
        html.p(`Unterlagen: ${html.a('docs/ilrek-kurzfassung.pdf', 'ILREK Kurzfassung (PDF)')}`),
      place: index % 2 ? 'rathaus-neustadt' : 'stadtzentrum-sonneberg',
      organizer: ORG.sonnec,
      price: PRICE.free,
    });
  }
  return list;
}

function sampleEvents(from) {
  const until = addMonths(from, 12);
  const inWindow = (d) => d >= from && d < until;
  const specs = [];
  for (const year of [yearOf(from), yearOf(from) + 1]) specs.push(...annualEvents(year, inWindow));
  const firstMonth = day(yearOf(from), monthOf(from), 1);
  for (let i = 0; i < 13; i++) specs.push(...monthlyEvents(addMonths(firstMonth, i), i, inWindow));
  specs.sort((a, b) => a.date - b.date || (a.time ?? '').localeCompare(b.time ?? ''));
  const recurring = recurringEvents(from);
  return [...recurring, ...specs.map(event)];
}

// ---------------------------------------------------------------------------------------------
// A large feed for benchmarks and tests

function largeEvents(from, count) {
  const recurring = recurringEvents(from).slice(0, Math.min(count, 7));
  const out = [...recurring];
  const titles = [
    ...CONCERTS.map(([title]) => [title, [CAT.music]]),
    ...STAR_TALKS.map((title) => [title, [CAT.talk]]),
    ...HISTORY_TALKS.map((title) => [title, [CAT.talk, CAT.culture]]),
    [t('Stadtführung', 'Town tour'), [CAT.tour]],
    [t('Bauernmarkt', 'Farmers’ market'), [CAT.market]],
    [t('Kinderwerkstatt', 'Children’s workshop'), [CAT.family]],
    [t('Wanderung am Grünen Band', 'Walk along the Green Belt'), [CAT.nature, CAT.sport]],
  ];
  const times = ['09:00', '10:30', '14:00', '15:00', '17:00', '19:00', '19:30', '20:00'];
  for (let i = out.length; i < count; i++) {
    const date = addDays(from, int(0, 729));
    const [title, categories] = pick(titles);
    const place = pick(PLACES);
    const time = pick(times);
    const allDay = chance(0.05);
    const city = place.city === 'both' ? pick(['sonneberg', 'neustadt', 'both']) : place.city;
    out.push(
      event({
        date,
        ...(allDay
          ? { endDate: addDays(date, int(0, 2)) }
          : { time, endTime: `${pad(Number(time.slice(0, 2)) + 2)}:00` }),
        slug: `${slugify(deOf(title))}-${i}`,
        title,
        city,
        categories,
        summary: chance(0.5) ? t(`Beispieltermin ${i}`, `Sample event ${i}`) : undefined,
        description: chance(0.3) ? html.p(`Beschreibung zu Termin ${i}.`) : undefined,
        place: place.id,
        organizer: chance(0.5) ? ORG.both : undefined,
        price: chance(0.5) ? pick(Object.values(PRICE)) : undefined,
      }),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// News (the 12 months before --from)

const HISTORY = [
  {
    slug: 'weltspielwarenstadt',
    historicalDate: '1913-01-01',
    when: [1, 15],
    city: 'both',
    title: t(
      'Als die Welt mit Sonneberger Spielzeug spielte',
      'When the world played with Sonneberg toys',
    ),
    summary: t(
      'Vor 1914 kam ein Fünftel aller Puppen und Spielwaren der Welt aus unserer Region.',
      'Before 1914 a fifth of the world’s dolls and toys came from our region.',
    ),
    body:
      '<h3>Die „Weltspielwarenstadt“</h3>' +
      html.p(
        'Über Jahrhunderte bildeten Sonneberg und Neustadt b. Coburg einen gemeinsamen Wirtschaftsraum rund um die Herstellung von Puppen und Spielzeug.',
      ) +
      html.p(
        'Vor dem Ersten Weltkrieg stammte etwa ein Fünftel der weltweit gehandelten Puppen und Spielwaren aus der Region – Sonneberg wurde als „Weltspielwarenstadt“ bekannt.',
      ) +
      html.p(
        `Mehr dazu zeigen ${html.a(URL_SON, 'das Deutsche Spielzeugmuseum')} und das Museum der Deutschen Spielzeugindustrie.`,
      ),
    image: IMAGES.puppe,
  },
  {
    slug: 'spielzeugmuseum-1901',
    historicalDate: '1901-01-01',
    when: [3, 10],
    city: 'sonneberg',
    title: t(
      'Ein Haus für das Spielzeug: der Museumsbau von 1901',
      'A house for toys: the museum building of 1901',
    ),
    summary: t(
      'Das Deutsche Spielzeugmuseum zog 1901 in einen neobarocken Bau in der Beethovenstraße.',
      'In 1901 the German Toy Museum moved into a neo-baroque building on Beethovenstraße.',
    ),
    body:
      html.p(
        'Das Gebäude in der Beethovenstraße 10 wurde 1901 im Stil des Neobarock eröffnet und beherbergt bis heute eines der ältesten Spielzeugmuseen Deutschlands.',
      ) + html.p('Die Architektur spiegelt das Selbstbewusstsein der Spielwarenstadt um 1900.'),
    image: IMAGES.spielzeugmuseum,
  },
  {
    slug: 'sternwarte-1925',
    historicalDate: '1925-01-01',
    when: [5, 20],
    city: 'sonneberg',
    title: t(
      '1925: Cuno Hoffmeister gründet die Sternwarte',
      '1925: Cuno Hoffmeister founds the observatory',
    ),
    summary: t(
      'Auf dem Erbisbühl entstand eine Sternwarte, deren Beobachtungen bis heute genutzt werden.',
      'An observatory arose on the Erbisbühl whose observations are still in use today.',
    ),
    body:
      html.p(
        'Cuno Hoffmeister gründete 1925 die Sternwarte Sonneberg auf dem 638 Meter hohen Erbisbühl.',
      ) +
      html.p(
        'Die Sternwarte ist bis heute für Besucherinnen und Besucher geöffnet: bei Vorträgen und öffentlichen Beobachtungsabenden.',
      ),
    url: URL_SON,
  },
  {
    slug: 'grenze-1945',
    historicalDate: '1945-07-01',
    when: [7, 1],
    city: 'both',
    title: t(
      'Sommer 1945: Eine Grenze zieht durch die Region',
      'Summer 1945: a border cuts through the region',
    ),
    summary: t(
      'Mit der Besatzungszonengrenze wurden die Nachbarstädte für über vier Jahrzehnte getrennt.',
      'The boundary between occupation zones separated the neighbouring towns for more than four decades.',
    ),
    body:
      html.p(
        'Von 1945 bis 1989 verlief die innerdeutsche Grenze zwischen Sonneberg und Neustadt b. Coburg.',
      ) +
      html.p(
        'Familien, Betriebe und Handelswege, die über Jahrhunderte zusammengehört hatten, wurden getrennt.',
      ),
  },
  {
    slug: 'geschleifte-doerfer',
    historicalDate: '1952-05-26',
    when: [5, 26],
    city: 'both',
    title: t('Verschwundene Dörfer am Grenzstreifen', 'Vanished villages by the border strip'),
    summary: t(
      'Mit dem Ausbau der Grenzanlagen ab 1952 wurden Dörfer zu nahe am Streifen geschleift.',
      'As the border was fortified from 1952, villages too close to the strip were razed.',
    ),
    body:
      html.p('Ab 1952 baute die DDR die Grenze zu einem streng bewachten Sperrgebiet aus.') +
      html.p(
        'Siedlungen, die zu nahe am Grenzstreifen lagen, wurden in den folgenden Jahrzehnten geräumt und abgerissen. Heute erinnern Gedenksteine und Führungen an sie.',
      ) +
      html.ul(['Führungen „Auf den Spuren der Teilung“', 'Vorträge im Museum']),
  },
  {
    slug: 'gebrannte-bruecke-1989',
    historicalDate: '1989-11-12',
    when: [11, 12],
    city: 'both',
    title: t(
      '12. November 1989: Die Gebrannte Brücke ist offen',
      '12 November 1989: the Gebrannte Brücke opens',
    ),
    summary: t(
      'Drei Tage nach dem Mauerfall öffnete der Übergang zwischen beiden Städten.',
      'Three days after the fall of the Wall the crossing between the two towns opened.',
    ),
    body:
      html.p(
        'Am 12. November 1989 wurde der Grenzübergang „Gebrannte Brücke“ zwischen Sonneberg und Neustadt b. Coburg geöffnet.',
      ) +
      html.p('Tausende Menschen liefen zum ersten Mal seit Jahrzehnten in die Nachbarstadt.') +
      html.p('Jedes Jahr am 12. November erinnern beide Städte gemeinsam daran.'),
    image: IMAGES.grenze,
  },
  {
    slug: 'ilrek-beginn',
    historicalDate: '2020-11-30',
    when: [11, 30],
    city: 'both',
    title: t(
      'Das ILREK: ein Entwicklungskonzept über die Landesgrenze',
      'The ILREK: a development concept across the state border',
    ),
    summary: t(
      'Seit 2019/2020 planen beide Städte ihre Entwicklung gemeinsam.',
      'Since 2019/2020 the two towns have planned their development together.',
    ),
    body:
      html.p(
        'Das Integrierte Ländliche Regionale Entwicklungskonzept (ILREK) ist die gemeinsame Grundlage von Sonneberg und Neustadt b. Coburg.',
      ) +
      html.p(
        'Gefördert wird es vom Thüringer Ministerium für Infrastruktur und Landwirtschaft und vom Amt für Ländliche Entwicklung Oberfranken.',
      ) +
      html.p(
        `Die ${html.a('docs/ilrek-standardfassung.pdf', 'Standardfassung')} und die ${html.a('docs/ilrek-kurzfassung.pdf', 'Kurzfassung')} stehen zum Download bereit.`,
      ),
  },
  {
    slug: 'umsetzungsmanagement',
    historicalDate: '2021-01-01',
    when: [2, 5],
    city: 'both',
    title: t(
      'Seit 2021: Umsetzungsmanagement für die Leitprojekte',
      'Since 2021: implementation management for the lead projects',
    ),
    summary: t(
      'Ein gemeinsames Umsetzungsmanagement bringt die Leitprojekte des ILREK voran.',
      'A joint implementation management takes the ILREK’s lead projects forward.',
    ),
    url: URL_NEC,
  },
];

const OTHER_NEWS = [
  [
    'service',
    'neustadt',
    t('Bürgerbüro: Termine jetzt online buchen', 'Citizens’ office: book appointments online'),
    t(
      'Viele Anliegen lassen sich mit einem Online-Termin schneller erledigen.',
      'Many matters are dealt with faster with an online appointment.',
    ),
    'body',
  ],
  [
    'service',
    'sonneberg',
    t('Hinweise zum Winterdienst', 'Winter road clearing: what to know'),
    t(
      'Was Anliegerinnen und Anlieger bei Schnee und Glätte beachten müssen.',
      'What residents must do when there is snow and ice.',
    ),
    'body',
  ],
  [
    'service',
    'both',
    t(
      'Unterschiedliche Feiertage diesseits und jenseits der Landesgrenze',
      'Different public holidays on either side of the state border',
    ),
    t(
      'Heilige Drei Könige und Fronleichnam sind in Bayern Feiertag, Weltkindertag und Reformationstag in Thüringen.',
      'Epiphany and Corpus Christi are holidays in Bavaria, World Children’s Day and Reformation Day in Thuringia.',
    ),
    'holidays',
  ],
  [
    'service',
    'sonneberg',
    'Sperrmüll online anmelden',
    'Die Anmeldung ist jetzt auch über das Online-Formular möglich.',
    'url',
  ],
  [
    'service',
    'neustadt',
    t('Straßenbauarbeiten in der Innenstadt', 'Road works in the town centre'),
    t(
      'Während der Arbeiten gelten geänderte Verkehrsführungen.',
      'Diversions apply while the work is under way.',
    ),
    'url',
  ],
  [
    'service',
    'both',
    t('Wahlhelferinnen und Wahlhelfer gesucht', 'Poll workers wanted'),
    t(
      'Beide Städte suchen Freiwillige für die nächsten Wahlen.',
      'Both towns are looking for volunteers for the next elections.',
    ),
    'body',
  ],
  [
    'service',
    'sonneberg',
    t('Neue Formulare im Download-Bereich', 'New forms in the download area'),
    t(
      'Anträge lassen sich jetzt am Computer ausfüllen.',
      'Forms can now be filled in on a computer.',
    ),
    'url',
  ],
  [
    'service',
    'neustadt',
    'Fundsachen: So erreichen Sie das Fundbüro',
    'Verlorenes wird im Rathaus gesammelt.',
    'url',
  ],
  [
    'projects',
    'both',
    t('Gemeinsamer Veranstaltungskalender ist online', 'Joint events calendar is online'),
    t(
      'Termine beider Städte jetzt auf einen Blick – auch auf den Websites von Vereinen einbindbar.',
      'Events of both towns at a glance – and embeddable on club websites.',
    ),
    'calendar',
  ],
  [
    'projects',
    'both',
    t(
      'Die Marke „SON.NEC gemeinsam.fränkisch.stark“',
      'The brand “SON.NEC gemeinsam.fränkisch.stark”',
    ),
    t(
      'Ein gemeinsamer Auftritt für zwei Städte in zwei Bundesländern.',
      'One joint identity for two towns in two federal states.',
    ),
    'brand',
  ],
  [
    'projects',
    'both',
    t(
      'Teil der Europäischen Metropolregion Nürnberg',
      'Part of the European Metropolitan Region Nuremberg',
    ),
    t(
      'SON.NEC bringt sich in die Metropolregion ein.',
      'SON.NEC takes part in the metropolitan region.',
    ),
    'url',
  ],
  [
    'projects',
    'both',
    t(
      'Radverbindung zwischen den Städten: Planung beginnt',
      'Cycle link between the towns: planning begins',
    ),
    t(
      'Ein Leitprojekt des ILREK geht in die nächste Phase.',
      'One of the ILREK’s lead projects moves to its next phase.',
    ),
    'body',
  ],
  [
    'projects',
    'both',
    t(
      'Bürgerbeteiligung: Ideen für die Innenstädte',
      'Public participation: ideas for the town centres',
    ),
    t(
      'Beim Workshop konnten alle Vorschläge einbringen.',
      'Everyone could bring in suggestions at the workshop.',
    ),
    'body',
  ],
  [
    'projects',
    'both',
    t('Förderung für gemeinsame Projekte', 'Funding for joint projects'),
    t(
      'Thüringen und Bayern unterstützen die Zusammenarbeit über die Landesgrenze.',
      'Thuringia and Bavaria support cooperation across the state border.',
    ),
    'url',
  ],
  [
    'culture',
    'sonneberg',
    t('Sommerkonzerte: das Programm steht', 'Summer concerts: the programme is out'),
    t('Von Kammermusik bis Big Band.', 'From chamber music to big band.'),
    'body',
  ],
  [
    'culture',
    'neustadt',
    t('Neue Sonderausstellung im Museum', 'New special exhibition at the museum'),
    t(
      'Trachtenpuppen aus aller Welt sind ab sofort zu sehen.',
      'Costume dolls from around the world are now on show.',
    ),
    'image',
  ],
  [
    'culture',
    'both',
    t('Vereine gesucht für das Sommerfest', 'Clubs wanted for the summer festival'),
    t(
      'Wer beim SON.NEC Sommerfest mitmachen will, kann sich melden.',
      'Clubs that want to take part in the SON.NEC summer festival can sign up.',
    ),
    'body',
  ],
  [
    'culture',
    'sonneberg',
    'Sternwarte: Programm für das neue Halbjahr',
    'Vorträge, Beobachtungsabende und Kinderprogramm.',
    'image',
  ],
  [
    'tourism',
    'both',
    t('Neue Radwegekarte erschienen', 'New cycle map published'),
    t(
      'Die Karte zeigt Touren in und zwischen beiden Städten.',
      'The map shows routes in and between both towns.',
    ),
    'map',
  ],
  [
    'tourism',
    'both',
    t('Wandern am Grünen Band', 'Hiking along the Green Belt'),
    t(
      'Wo früher die Grenze war, lädt heute die Natur ein.',
      'Where the border once ran, nature now invites you in.',
    ),
    'body',
  ],
  [
    'tourism',
    'neustadt',
    t('Gästeführungen für Gruppen buchbar', 'Guided tours for groups'),
    t(
      'Stadt- und Museumsführungen auch auf Anfrage.',
      'Town and museum tours are also available on request.',
    ),
    'url',
  ],
  [
    'tourism',
    'sonneberg',
    t('Spielzeug-Erlebnis für Familien', 'A toy experience for families'),
    t(
      'Museum, Werkstätten und Spielplätze: Tipps für einen Familienausflug.',
      'Museum, workshops and playgrounds: tips for a family day out.',
    ),
    'body',
  ],
];

function otherBody(kind, title) {
  const de = typeof title === 'string' ? title : title.de;
  switch (kind) {
    case 'holidays':
      return (
        '<h3>Feiertage im Überblick</h3>' +
        html.ul([
          'Heilige Drei Könige (6. Januar): Feiertag in Bayern',
          'Fronleichnam: Feiertag in Bayern',
          'Weltkindertag (20. September): Feiertag in Thüringen',
          'Reformationstag (31. Oktober): Feiertag in Thüringen',
        ]) +
        html.p('Öffnungszeiten von Behörden und Geschäften können sich deshalb unterscheiden.')
      );
    case 'calendar':
      return (
        html.p(
          'Der gemeinsame Kalender zeigt Veranstaltungen, Nachrichten und Orte beider Städte.',
        ) +
        '<h3>Für Vereine und Webmaster</h3>' +
        html.p(
          `Der Kalender lässt sich mit wenigen Zeilen HTML in jede Website einbinden. Die Anleitung steht auf ${html.a(URL_SON, 'sonneberg.de')}.`,
        )
      );
    case 'brand':
      return (
        html.p(
          `${html.strong('SON.NEC gemeinsam.fränkisch.stark')} steht für die Zusammenarbeit von Sonneberg und Neustadt b. Coburg.`,
        ) + html.p('Die Marke verbindet Stadtmarketing, Tourismus und die Projekte des ILREK.')
      );
    case 'map':
      return (
        html.p('Die neue Karte zeigt ausgewählte Radtouren in und zwischen beiden Städten.') +
        html.p(`${html.a('docs/radwegekarte.pdf', 'Radwegekarte herunterladen (PDF)')}`)
      );
    default:
      return html.p(`${de}: Weitere Informationen erhalten Sie bei der Stadtverwaltung.`);
  }
}

function sampleNews(from) {
  const windowStart = addMonths(from, -12);
  const inWindow = (d) => d >= windowStart && d < from;
  const news = [];
  for (const item of HISTORY) {
    // Published on the anniversary when it falls in the window (else the year after).
    let date = day(yearOf(windowStart), item.when[0], item.when[1]);
    if (!inWindow(date)) date = day(yearOf(windowStart) + 1, item.when[0], item.when[1]);
    news.push({
      id: `news-${fmt(date)}-${item.slug}`,
      title: item.title,
      date: at(date, '09:00'),
      city: item.city,
      categories: [NEWS_CAT.history],
      summary: item.summary,
      ...(item.body && { body: item.body }),
      ...(item.url && { url: item.url }),
      ...(item.image && { image: item.image }),
      historicalDate: item.historicalDate,
    });
  }
  OTHER_NEWS.forEach(([cat, city, title, summary, kind], i) => {
    const date = addDays(windowStart, Math.floor(((i + random()) * 365) / OTHER_NEWS.length));
    const slug = slugify(typeof title === 'string' ? title : title.de);
    const item = {
      id: `news-${fmt(date)}-${slug}`,
      title,
      date: i % 5 === 4 ? fmt(date) : at(date, pick(['08:30', '10:00', '11:15', '14:00'])),
      city,
      categories:
        cat === 'projects' && i % 2 ? [NEWS_CAT.projects, NEWS_CAT.tourism] : [NEWS_CAT[cat]],
      summary,
    };
    if (kind === 'url') item.url = cityUrl(city);
    else item.body = otherBody(kind, title);
    if (kind === 'image')
      item.image = cat === 'culture' && city === 'sonneberg' ? IMAGES.sternwarte : IMAGES.puppe;
    news.push(item);
  });
  return news.sort((a, b) => b.date.slice(0, 10).localeCompare(a.date.slice(0, 10)));
}

// ---------------------------------------------------------------------------------------------
// Downloads

const TOURISM = t('Tourismus', 'Tourism');
const PRESS = t('Presse', 'Press');
const DOWNLOADS = [
  {
    id: 'ilrek-standardfassung',
    title: 'ILREK Standardfassung',
    url: 'docs/ilrek-standardfassung.pdf',
    mediaType: 'application/pdf',
    bytes: 8_400_000,
    language: 'de',
    published: '2020-11-30',
    summary: t(
      'Das vollständige Integrierte Ländliche Regionale Entwicklungskonzept.',
      'The complete integrated rural regional development concept.',
    ),
    group: 'ILREK',
  },
  {
    id: 'ilrek-kurzfassung',
    title: 'ILREK Kurzfassung',
    url: 'docs/ilrek-kurzfassung.pdf',
    mediaType: 'application/pdf',
    bytes: 2_400_000,
    language: 'de',
    published: '2021-03-12',
    summary: t(
      'Die wichtigsten Ziele und Leitprojekte im Überblick.',
      'The main goals and lead projects at a glance.',
    ),
    group: 'ILREK',
  },
  {
    id: 'ilrek-summary-en',
    title: 'ILREK summary (English)',
    url: 'docs/ilrek-summary-en.pdf',
    mediaType: 'application/pdf',
    bytes: 640_000,
    language: 'en',
    published: '2021-03-12',
    summary: 'A short English summary of the joint development concept.',
    group: 'ILREK',
  },
  {
    id: 'veranstaltungsflyer',
    title: t('Veranstaltungsflyer', 'Events leaflet'),
    url: 'docs/veranstaltungsflyer.pdf',
    mediaType: 'application/pdf',
    bytes: 1_150_000,
    language: 'de',
    summary: t(
      'Die Höhepunkte des Jahres in beiden Städten.',
      'The year’s highlights in both towns.',
    ),
    group: TOURISM,
  },
  {
    id: 'radwegekarte',
    title: t('Radwegekarte SON.NEC', 'SON.NEC cycle map'),
    url: 'docs/radwegekarte.pdf',
    mediaType: 'application/pdf',
    bytes: 3_200_000,
    language: 'de',
    summary: t(
      'Touren in und zwischen Sonneberg und Neustadt b. Coburg.',
      'Routes in and between Sonneberg and Neustadt b. Coburg.',
    ),
    group: TOURISM,
  },
  {
    id: 'antrag-veranstaltung',
    title: t(
      'Antrag: Veranstaltung im gemeinsamen Kalender',
      'Form: add an event to the joint calendar',
    ),
    url: 'docs/antrag-veranstaltung.docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    bytes: 38_000,
    language: 'de',
    group: TOURISM,
  },
  {
    id: 'pressemappe',
    title: t('Pressemappe SON.NEC', 'SON.NEC press kit'),
    url: 'docs/pressemappe.zip',
    mediaType: 'application/zip',
    bytes: 5_600_000,
    summary: t(
      'Texte, Logos und Bilder für die Presse.',
      'Texts, logos and pictures for the press.',
    ),
    group: PRESS,
  },
];

function sampleDownloads(from) {
  // The undated ones are stamped a little before --from, so the list looks current.
  return DOWNLOADS.map((d, i) =>
    d.published ? d : { ...d, published: fmt(addDays(from, -20 - 30 * i)) },
  ).map(({ id, title, url, mediaType, bytes, language, published, summary, group }) => ({
    id,
    title,
    url,
    mediaType,
    ...(bytes !== undefined && { bytes }),
    ...(language !== undefined && { language }),
    published,
    ...(summary !== undefined && { summary }),
    ...(group !== undefined && { group }),
  }));
}

// ---------------------------------------------------------------------------------------------

function main() {
  const args = parseArgs(process.argv.slice(2));
  const from = parseDay(args.from);
  random = mulberry32(hashString(`sonnec:${args.from}:${args.events ?? ''}`));
  const events = args.events ? largeEvents(from, args.events) : sampleEvents(from);
  const feed = {
    version: 1,
    title: t(
      'SON.NEC – Termine, Nachrichten und Orte aus Sonneberg und Neustadt b. Coburg',
      'SON.NEC – events, news and places from Sonneberg and Neustadt b. Coburg',
    ),
    updated: at(addDays(from, -1), '12:00'),
    cities: CITIES,
    events,
    news: sampleNews(from),
    places: PLACES,
    downloads: sampleDownloads(from),
  };
  const text = `${JSON.stringify(feed, null, args.events > 2000 ? 0 : 2)}\n`;
  if (args.out === '-') {
    process.stdout.write(text);
    return;
  }
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, text);
  console.log(
    `${args.out}: ${events.length} events (${events.filter((e) => e.rrule).length} recurring), ` +
      `${feed.news.length} news, ${PLACES.length} places, ${feed.downloads.length} downloads, ` +
      `${Math.round(statSync(args.out).size / 1024)} kB`,
  );
}

main();

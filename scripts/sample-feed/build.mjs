// The sample feed for a given day: the texts of demo/content placed in time by schedule.mjs.
// `makeSampleFeed({ today })` returns the feed and its documents (PDF bytes by file name); the
// same day always gives the same result.
import { addDays, addMonths, at, day, fmt, monthOf, parseDay, yearOf } from './calendar.mjs';
import {
  DOWNLOADS,
  EVENT_TEXTS,
  HISTORY,
  NEWS,
  PLACES,
  VOCABULARY,
  cityUrl,
  fill,
  image,
  locationOf,
  lookup,
  placeOf,
} from './content.mjs';
import { isHoliday, isSilentDay } from './holidays.mjs';
import { titlePagePdf } from './pdf.mjs';
import { seeded } from './random.mjs';
import { annualSpecs, monthlySpecs, recurringSpecs } from './schedule.mjs';

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

/** The id's tail: given, or the kind with its variant's German title. */
function slugOf(spec) {
  if (spec.slug) return spec.slug;
  const variant = spec.variant !== undefined && EVENT_TEXTS[spec.kind].variants[spec.variant];
  const tail = variant ? `${spec.kind}-${slugify(variant.title.de)}` : spec.kind;
  return spec.opening ? `eroeffnung-${tail}` : tail;
}

/** The fields an event takes from its content entry, its variant, its town and its venue. */
function textsOf(spec) {
  const base = EVENT_TEXTS[spec.kind];
  if (!base) throw new Error(`demo/content: no event texts for "${spec.kind}"`);
  const variant = spec.variant !== undefined ? base.variants[spec.variant] : {};
  const venue = spec.venue !== undefined ? base.venues[spec.venue] : {};
  const perCity = spec.city !== undefined ? (base.cities?.[spec.city] ?? {}) : {};
  let merged = { ...base, ...variant, ...venue, ...perCity };
  const values = { ...spec.values, title: variant.title };
  if (spec.opening) merged = { ...merged, ...base.opening };
  const summary = fill(merged.summary, values);
  return {
    ...merged,
    title: fill(merged.title, values),
    summary,
    description: fill(merged.description, { ...values, summary }),
    time: spec.time ?? merged.time,
  };
}

const MUSEUM_CLOSED_ON_HOLIDAYS = new Set(
  PLACES.filter((p) => p.openingHours?.publicHolidays === 'closed').map((p) => p.id),
);

/**
 * Whether the law (or the venue) allows the event on its days: nothing on a public holiday
 * of its town unless it belongs there (`onHoliday`), never at a museum on a day it is closed,
 * no market or music on a silent day (Volkstrauertag, Totensonntag).
 */
function allowed(spec, texts, city) {
  // A longer run (an exhibition) needs only its first day: it follows the museum's hours.
  const end = spec.endDate ?? spec.date;
  const last = end > addDays(spec.date, 2) ? spec.date : end;
  for (let d = spec.date; d <= last; d = addDays(d, 1)) {
    const venueCity = texts.place ? placeOf(texts.place).city : city;
    if (MUSEUM_CLOSED_ON_HOLIDAYS.has(texts.place) && isHoliday(venueCity, d)) return false;
    if (!spec.onHoliday && isHoliday(city, d)) return false;
    const loud = texts.categories.some((c) => c === 'market' || c === 'music');
    if (loud && isSilentDay(d)) return false;
  }
  return true;
}

function eventOf(spec) {
  const x = textsOf(spec);
  const city = spec.city ?? x.city ?? placeOf(x.place).city;
  const out = { id: `ev-${fmt(spec.date)}-${slugOf(spec)}`, title: x.title };
  if (x.time !== undefined) {
    out.start = at(spec.date, x.time);
    const [h, m] = x.time.split(':').map(Number);
    const endTime = x.endTime ?? `${String(h + 2).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
    out.end = at(spec.endDate ?? spec.date, endTime);
  } else {
    out.start = fmt(spec.date);
    if (spec.endDate !== undefined && spec.endDate > spec.date) out.end = fmt(spec.endDate);
    out.allDay = true;
  }
  out.city = city;
  out.categories = x.categories.map((c) => lookup('eventCategories', c));
  if (x.summary) out.summary = x.summary;
  if (x.description) out.description = x.description;
  const location = locationOf(x);
  if (location) out.location = location;
  out.url = x.url ?? cityUrl(city);
  if (x.image) out.image = image(x.image);
  if (x.organizer) out.organizer = lookup('organizers', x.organizer);
  if (x.price) out.price = lookup('prices', x.price);
  if (x.status) out.status = x.status;
  if (spec.rrule) out.rrule = spec.rrule;
  if (spec.exdates) out.exdates = spec.exdates;
  return { event: out, texts: x, city };
}

/** Dated events from `today` for 12 months, each on a day it may take place. */
function datedEvents(today, rnd) {
  const until = addMonths(today, 12);
  const specs = [];
  for (const year of [yearOf(today), yearOf(today) + 1]) specs.push(...annualSpecs(year));
  const firstMonth = day(yearOf(today), monthOf(today), 1);
  for (let i = 0; i < 13; i++) specs.push(...monthlySpecs(addMonths(firstMonth, i), i, rnd));
  const out = [];
  for (let spec of specs) {
    let made = eventOf(spec);
    // A market (or a festival) on a forbidden day moves on by a week, once or twice.
    for (let tries = 0; spec.move && tries < 2 && !allowed(spec, made.texts, made.city); tries++) {
      const shift = (d) => (d === undefined ? d : addDays(d, 7));
      spec = { ...spec, date: shift(spec.date), endDate: shift(spec.endDate) };
      made = eventOf(spec);
    }
    const last = spec.endDate ?? spec.date;
    if (last < today || spec.date >= until) continue;
    if (!allowed(spec, made.texts, made.city)) continue;
    out.push(made.event);
  }
  return out.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
}

function uniqueIds(items) {
  const seen = new Set();
  return items.map((item) => {
    let id = item.id;
    for (let n = 2; seen.has(id); n++) id = `${item.id}-${n}`;
    seen.add(id);
    return id === item.id ? item : { ...item, id };
  });
}

/** News: history items on their last anniversary, the others over the past weeks. */
function sampleNews(today, rnd) {
  const news = [];
  for (const item of HISTORY) {
    const [mm, dd] = item.anniversary.split('-').map(Number);
    let date = day(yearOf(today), mm, dd);
    if (date >= today) date = day(yearOf(today) - 1, mm, dd);
    news.push({
      id: `news-${fmt(date)}-${item.slug}`,
      title: item.title,
      date: at(date, '09:00'),
      city: item.city,
      categories: [lookup('newsCategories', 'history')],
      summary: item.summary,
      body: item.body,
      ...(item.url && { url: item.url }),
      image: image(item.image),
      historicalDate: item.historicalDate,
    });
  }
  const current = NEWS.filter((item) => !item.months || item.months.includes(monthOf(today)));
  current.forEach((item, i) => {
    const date = addDays(today, -(1 + i * 6 + rnd.int(0, 3)));
    news.push({
      id: `news-${fmt(date)}-${item.slug}`,
      title: item.title,
      // Some items are dated by day only, as many CMS do.
      date: i % 5 === 4 ? fmt(date) : at(date, rnd.pick(['08:30', '10:00', '11:15', '14:00'])),
      city: item.city,
      categories: item.categories.map((c) => lookup('newsCategories', c)),
      summary: item.summary,
      body: item.body,
      ...(item.url && { url: item.url }),
      ...(item.image && { image: image(item.image) }),
    });
  });
  return news.sort((a, b) => b.date.slice(0, 10).localeCompare(a.date.slice(0, 10)));
}

const FOOTER = {
  de: 'Titelseite eines Beispieldokuments der Demo von SON.NEC Widgets',
  en: 'Title page of a sample document in the SON.NEC Widgets demo',
};

/** Downloads and their PDFs; `bytes` is the size of the PDF made here. */
function sampleDownloads(today) {
  const documents = new Map();
  const downloads = DOWNLOADS.map((d) => {
    const bytes = titlePagePdf({ ...d.page, footer: FOOTER[d.language], lang: d.language });
    documents.set(d.file, bytes);
    return {
      id: d.id,
      title: d.title,
      url: `docs/${d.file}`,
      mediaType: 'application/pdf',
      bytes: bytes.length,
      language: d.language,
      ...(d.publishedDaysAgo !== undefined && {
        published: fmt(addDays(today, -d.publishedDaysAgo)),
      }),
      summary: d.summary,
      group: d.group,
    };
  });
  return { downloads, documents };
}

/** A large feed of `count` events for benchmarks: the series, then dated events at random. */
function largeEvents(today, count, rnd) {
  const out = recurringSpecs(today)
    .slice(0, count)
    .map((s) => eventOf(s).event);
  const kinds = Object.keys(EVENT_TEXTS).filter((k) => !EVENT_TEXTS[k].rrule);
  while (out.length < count) {
    const kind = rnd.pick(kinds);
    const base = EVENT_TEXTS[kind];
    const date = addDays(today, rnd.int(0, 729));
    const spec = {
      kind,
      date,
      slug: `${kind}-${out.length}`,
      ...(base.variants && { variant: rnd.int(0, base.variants.length - 1) }),
      ...(base.venues && { venue: rnd.int(0, base.venues.length - 1) }),
      ...(base.cities && { city: rnd.pick(Object.keys(base.cities)) }),
      ...(base.time === undefined && !base.venues && { endDate: addDays(date, rnd.int(0, 2)) }),
      ...(base.venues && { time: '19:00' }),
      ...(kind === 'ausstellung' && { endDate: addDays(date, 60) }),
    };
    // As sparse as a real calendar (and as the benchmarks' earlier feeds): not every event
    // has a summary, a description or a picture.
    const { summary, description, image: picture, ...event } = eventOf(spec).event;
    out.push({
      ...event,
      ...(rnd.chance(0.5) && { summary }),
      ...(rnd.chance(0.3) && { description }),
      ...(rnd.chance(0.35) && { image: picture }),
    });
  }
  return out;
}

/**
 * The sample feed made on `today` (`YYYY-MM-DD`, a Berlin day); `events` makes a large feed of
 * exactly that many events instead. Returns `{ feed, documents }`.
 */
export function makeSampleFeed({ today, events: count }) {
  const t = parseDay(today);
  const rnd = seeded(`sonnec:${today}:${count ?? ''}`);
  const events = count
    ? largeEvents(t, count, rnd)
    : [...recurringSpecs(t).map((s) => eventOf(s).event), ...datedEvents(t, rnd)];
  const { downloads, documents } = sampleDownloads(t);
  const feed = {
    version: 1,
    title: VOCABULARY.feedTitle,
    updated: at(t, '06:00'),
    cities: VOCABULARY.cities,
    events: uniqueIds(events),
    news: uniqueIds(sampleNews(t, rnd)),
    places: PLACES,
    downloads,
  };
  return { feed, documents };
}

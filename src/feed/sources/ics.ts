/**
 * iCalendar (RFC 5545) → the feed's events, as TYPO3, WordPress, Google Calendar and Outlook export
 * them. Parsed by ical.js (folded lines, escaped text), loaded only when a page reads a calendar.
 *
 * Before ical.js sees the file, `cleanCalendar` checks it line by line: a malformed line costs
 * its property (or its VEVENT, for a bad start), never the calendar, and nothing unbounded gets
 * through (ical.js hangs on some durations).
 *
 * Times: UTC stays UTC; a TZID is mapped to its IANA zone (`resolveTzid`: IANA names, Outlook's
 * Windows names, Thunderbird's prefixed names) and read with the browser's zone data, also
 * without VTIMEZONE, as Google Calendar writes it; a name that maps to no zone by the file's
 * VTIMEZONE (and reported); floating times as Berlin wall time. All-day DATE values keep their
 * days (the exclusive DTEND becomes the wire format's inclusive `end`). RRULE is kept as the
 * model's `rrule`, with `timeZone` when the series recurs in another zone than Berlin's (a UTC
 * start: "UTC"). EXDATE → `exdates`, each RDATE that the series does not have anyway → one extra
 * event, each RECURRENCE-ID override → its own event plus an exdate on the master (with
 * RANGE=THISANDFUTURE: the series ends there and the override carries it on). STATUS:CANCELLED
 * → `status: "cancelled"`, on a whole event or on an override (that date is then shown
 * cancelled; an EXDATE still removes a date). Of two masters
 * with one UID the later version (SEQUENCE, LAST-MODIFIED, DTSTAMP) wins.
 */
import type ICAL from 'ical.js';
import { FeedError } from '../errors.js';
import type { DroppedItem, Feed } from '../types.js';
import { cleanCalendar, type LineNote } from './ics-lines.js';
import { epochOf, isNewerVersion, seriesHas, splitSeries } from './ics-series.js';
import { fallbackTitle } from './ics-title.js';
import { isBerlin, resolveTzid, zonedEpoch } from './ics-zones.js';
import { Deadline } from './deadline.js';
import { checkSize } from './limits.js';
import {
  absoluteUrl,
  finish,
  isoInBerlin,
  looksLikeHtml,
  stableId,
  textToHtml,
  type AdapterOptions,
  type Wire,
} from './wire.js';

type Ical = typeof ICAL;
type Component = ICAL.Component;
type Property = ICAL.Property;
type Time = ICAL.Time;

/**
 * The wire events of the series masters, by UID: overrides add their exdates to them. A series
 * split by a THISANDFUTURE override has two (or more) parts, in order.
 */
type Masters = Map<string, Wire[]>;

interface WireTime {
  /** Wire format: `2026-12-24`, `2026-12-24T18:00:00+01:00` or Berlin wall time without offset. */
  readonly text: string;
  readonly date: boolean;
  /** The IANA zone the time was written in ("UTC" for a Z time); undefined: Berlin or floating. */
  readonly zone?: string;
  /** A TZID no zone could be found for. */
  readonly unknownZone?: string;
}

export async function parseIcs(text: string, options: AdapterOptions = {}): Promise<Feed> {
  const read = await readIcs(text, options);
  const feed = finish(read.wire, read.dropped, { events: read.origins });
  if (feed.events.length === 0) failWhenNothingReadable(read.vevents, feed.dropped);
  return feed;
}

/** What the adapter hands to validation: the wire feed, its own dropped items, the origins. */
export interface IcsWire {
  readonly wire: Wire;
  readonly dropped: readonly DroppedItem[];
  /** For each wire event, the index of its VEVENT in the file. */
  readonly origins: readonly number[];
  /** VEVENTs in the file. */
  readonly vevents: number;
}

/** The calendar as wire objects (docs/feed.md), before validation. */
export async function readIcs(text: string, options: AdapterOptions = {}): Promise<IcsWire> {
  checkSize(text);
  const deadline = new Deadline();
  const { default: ical } = await import('ical.js');
  const clean = cleanCalendar(text, (line) => void ical.parse.property(line), deadline);
  let calendars: Component[];
  try {
    const parsed = ical.parse(clean.text) as unknown[];
    const list = Array.isArray(parsed[0]) ? (parsed as unknown[][]) : [parsed];
    calendars = list.map((jcal) => new ical.Component(jcal as unknown as [string, [], []]));
  } catch (error) {
    throw new FeedError('parse', `The calendar cannot be read (${(error as Error).message}).`);
  }
  if (!calendars.some((c) => c.name === 'vcalendar')) {
    throw new FeedError('parse', 'The source is no iCalendar file (no VCALENDAR).');
  }
  const reader = new CalendarReader(ical, options, clean.kept, deadline);
  for (const calendar of calendars) if (calendar.name === 'vcalendar') reader.read(calendar);
  const first = calendars.find((c) => c.name === 'vcalendar')!;
  const title = first.getFirstPropertyValue('x-wr-calname') ?? first.getFirstPropertyValue('name');
  const bare: DroppedItem[] = clean.bare
    ? [{ section: 'calendar', index: -1, reason: BARE_VEVENT, kept: true }]
    : [];
  return {
    wire: { ...(typeof title === 'string' && { title }), events: reader.events },
    dropped: [...bare, ...clean.notes.map(noteToDropped), ...reader.dropped],
    origins: reader.origins,
    vevents: clean.kept.length + clean.notes.filter((n) => n.event).length,
  };
}

const BARE_VEVENT = 'no VCALENDAR around the VEVENTs: read as if they stood in one';

/** The pass's note as an entry of the feed's `dropped` report. */
function noteToDropped(note: LineNote): DroppedItem {
  const id = note.uid ? eventId(note.uid) : undefined;
  const section = note.index < 0 ? 'calendar' : 'events';
  return { section, index: note.index, reason: note.reason, ...(id && { id }) };
}

/**
 * A calendar whose every VEVENT was unreadable is a broken source, not an empty one: the widget
 * must say so. Events left out for other reasons (private, superseded, without a
 * title) leave an empty calendar, as before.
 */
function failWhenNothingReadable(vevents: number, dropped: readonly DroppedItem[]): void {
  const lost = dropped.filter(
    (d) => d.section === 'events' && !d.kept && !PROPERTY_NOTE.test(d.reason),
  );
  if (vevents === 0 || lost.some((d) => !d.reason.startsWith('unreadable'))) return;
  throw new FeedError(
    'parse',
    `No event of the calendar can be read${lost[0] ? ` (first: ${lost[0].reason})` : ''}.`,
  );
}

/** Notes about a property of an event that was kept (or a series' zone), not about a lost event. */
const PROPERTY_NOTE = /^([A-Z0-9-]+|line) left out \(|^time zone /;

/** Ids are capped at 200 characters: very long UIDs are hashed, so suffixes stay distinct. */
function eventId(uid: string): string | undefined {
  const trimmed = uid.trim();
  if (!trimmed) return undefined;
  return trimmed.length > 150 ? stableId('ics', trimmed) : trimmed;
}

class CalendarReader {
  readonly events: Wire[] = [];
  /** For each wire event, the index of its VEVENT in the file. */
  readonly origins: number[] = [];
  readonly dropped: DroppedItem[] = [];
  private index = 0;
  /** X-LIC-LOCATION of the calendar's VTIMEZONEs, by TZID. */
  private locations = new Map<string, string>();
  private zones = new Map<string, string | null>();
  /**
   * For a series part begun by a THISANDFUTURE override: how far its dates lie from the dates of
   * the original series, which later RECURRENCE-IDs still name.
   */
  private shifts = new WeakMap<Wire, number>();

  constructor(
    private readonly ical: Ical,
    private readonly options: AdapterOptions,
    /** For each VEVENT ical.js sees, its index in the source (the line pass may leave some out). */
    private readonly sourceIndex: readonly number[],
    private readonly deadline: Deadline,
  ) {}

  read(calendar: Component): void {
    for (const zone of calendar.getAllSubcomponents('vtimezone')) {
      const tzid = zone.getFirstPropertyValue('tzid');
      const lic = zone.getFirstPropertyValue('x-lic-location');
      if (typeof tzid === 'string' && typeof lic === 'string') this.locations.set(tzid, lic);
    }
    const masters: Masters = new Map();
    const chosen = new Map<string, [Component, number]>();
    const singles: [Component, number][] = [];
    const overrides: [Component, number][] = [];
    for (const component of calendar.getAllSubcomponents('vevent')) {
      this.deadline.check();
      const index = this.sourceIndex[this.index] ?? this.index;
      this.index++;
      if (component.hasProperty('recurrence-id')) {
        overrides.push([component, index]);
        continue;
      }
      const uid = this.uid(component);
      const other = uid ? chosen.get(uid) : undefined;
      if (!uid || !other) {
        if (uid) chosen.set(uid, [component, index]);
        singles.push([component, index]);
        continue;
      }
      // Two masters with one UID: an updated copy of the event. The later version wins.
      const [older, olderIndex] = isNewerVersion(component, other[0]) ? other : [component, index];
      if (older === other[0]) {
        chosen.set(uid, [component, index]);
        singles.splice(singles.indexOf(other), 1, [component, index]);
      }
      const reason =
        'an older version of an event with the same UID (by SEQUENCE, LAST-MODIFIED, DTSTAMP)';
      this.dropped.push({ section: 'events', index: olderIndex, id: uid, reason });
    }
    for (const [component, index] of singles) {
      this.guard(component, index, () => this.master(component, index, masters));
    }
    // Overrides in the order of the dates they replace: a THISANDFUTURE split comes first.
    const sorted = overrides
      .map(([component, index]) => ({ component, index, at: this.replacedEpoch(component) }))
      .sort((a, b) => a.at - b.at);
    for (const { component, index } of sorted) {
      this.deadline.check();
      this.guard(component, index, () => this.override(component, index, masters));
    }
  }

  private replacedEpoch(component: Component): number {
    try {
      const prop = component.getFirstProperty('recurrence-id')!;
      return epochOf(this.time(prop.getFirstValue() as Time, prop).text) ?? 0;
    } catch {
      return 0;
    }
  }

  /** A value ical.js cannot read costs its event, never the calendar. */
  private guard(component: Component, index: number, read: () => void): void {
    try {
      read();
    } catch (error) {
      const id = this.uid(component);
      const reason = `unreadable (${(error as Error).message})`;
      this.dropped.push({ section: 'events', index, reason, ...(id && { id }) });
    }
  }

  private master(component: Component, index: number, masters: Masters): void {
    const skip = this.skipReason(component);
    const uid = this.uid(component);
    if (skip) {
      this.dropped.push({ section: 'events', index, reason: skip, ...(uid && { id: uid }) });
      return;
    }
    const event = this.event(component, uid, index);
    this.push(index, event, ...this.rdateEvents(component, event));
    if (uid) masters.set(uid, [event]);
  }

  private push(index: number, ...events: Wire[]): void {
    for (const event of events) {
      this.events.push(event);
      this.origins.push(index);
    }
  }

  /** Private events are never published (cancelled ones are, marked as such). */
  private skipReason(component: Component): string | undefined {
    const access = String(component.getFirstPropertyValue('class') ?? '').toUpperCase();
    if (access === 'PRIVATE' || access === 'CONFIDENTIAL') return `not public (CLASS:${access})`;
    return undefined;
  }

  private uid(component: Component): string | undefined {
    const uid = component.getFirstPropertyValue('uid');
    return typeof uid === 'string' ? eventId(uid) : undefined;
  }

  /** One VEVENT as a wire event (without its recurrence exceptions). */
  private event(component: Component, uid: string | undefined, index: number, master?: Wire): Wire {
    const startProp = component.getFirstProperty('dtstart');
    const startTime = startProp?.getFirstValue() as Time | undefined;
    const allDayFlag =
      String(component.getFirstPropertyValue('x-microsoft-cdo-alldayevent')).toUpperCase() ===
      'TRUE';
    const summary = text(component, 'summary');
    // Without SUMMARY (RFC 5545 allows it), a title as calendar apps show one; an override
    // keeps its master's.
    const fallback =
      summary || master
        ? undefined
        : fallbackTitle(text(component, 'description'), text(component, 'location'));
    const title = summary ?? fallback?.title;
    if (!startProp || !startTime) {
      // The validator names the reason ("missing or malformed start").
      return { id: uid ?? stableId('ics', title), title, city: this.options.city ?? 'both' };
    }
    if (fallback) {
      const { reason } = fallback;
      this.dropped.push({ section: 'events', index, reason, kept: true, ...(uid && { id: uid }) });
    }
    const start = this.time(asDate(startTime, allDayFlag), startProp);
    const end = this.end(component, startTime, start.date, allDayFlag);
    const rrule = component.getFirstPropertyValue('rrule') as ICAL.Recur | null;
    const exdates = component
      .getAllProperties('exdate')
      .flatMap((prop) => prop.getValues().map((value) => this.time(value as Time, prop).text));
    const details = this.details(component);
    if (rrule && start.unknownZone) {
      const reason = `time zone "${start.unknownZone}" unknown: times read by its VTIMEZONE, the series recurs in Berlin time`;
      this.dropped.push({ section: 'events', index, reason, ...(uid && { id: uid }) });
    }
    return {
      ...(master && pickDetails(master)),
      id: uid ?? stableId('ics', title, start.text),
      title: title ?? master?.title,
      start: start.text,
      ...(end && { end }),
      allDay: start.date,
      city: this.options.city ?? 'both',
      ...details,
      ...(rrule && { rrule: rrule.toString() }),
      ...(rrule && start.zone && { timeZone: start.zone }),
      ...(exdates.length && { exdates }),
      ...(isCancelled(component) && { status: 'cancelled' }),
    };
  }

  /** The wire `end`: inclusive last day for all-day events, an instant otherwise. */
  private end(
    component: Component,
    startTime: Time,
    allDay: boolean,
    allDayFlag: boolean,
  ): string | undefined {
    const endProp = component.getFirstProperty('dtend');
    let endTime = endProp?.getFirstValue() as Time | undefined;
    const duration = component.getFirstPropertyValue('duration') as ICAL.Duration | null;
    if (!endTime && duration) {
      endTime = startTime.clone();
      endTime.addDuration(duration);
    }
    if (!endTime) return undefined;
    if (allDay) {
      const last = asDate(endTime, allDayFlag);
      if (!last.isDate) return undefined;
      last.adjust(-1, 0, 0, 0);
      return last.compare(asDate(startTime, allDayFlag)) > 0 ? dateText(last) : undefined;
    }
    return endTime.isDate ? undefined : this.time(endTime, endProp ?? startPropOf(component)).text;
  }

  /** Everything but the times: shared by the master and its extra dates. */
  private details(component: Component): Wire {
    const description = this.description(component);
    const location = text(component, 'location');
    const geo = component.getFirstPropertyValue('geo') as unknown;
    const [lat, lon] = Array.isArray(geo) ? (geo as unknown[]) : [];
    const categories = [
      ...new Set(
        component
          .getAllProperties('categories')
          .flatMap((prop) => prop.getValues().map((v) => String(v).trim()))
          .filter(Boolean),
      ),
    ];
    const organizer = component.getFirstProperty('organizer');
    const organizerName =
      (organizer?.getParameter('cn') as string | undefined)?.trim() ||
      String(organizer?.getFirstValue() ?? '')
        .replace(/^mailto:/i, '')
        .trim();
    const url = absoluteUrl(text(component, 'url'), this.options.baseUrl);
    const image = this.image(component);
    return {
      ...(categories.length && { categories }),
      ...(description && { description }),
      ...(location && { location: { ...splitLocation(location), lat, lon } }),
      ...(url && { url }),
      ...(image && { image }),
      ...(organizerName && { organizer: organizerName }),
    };
  }

  /** Outlook's X-ALT-DESC (HTML) wins; DESCRIPTION text becomes paragraphs; HTML in it stays HTML. */
  private description(component: Component): string | undefined {
    const alt = component
      .getAllProperties('x-alt-desc')
      .find((prop) => /html/i.test(String(prop.getParameter('fmttype') ?? '')));
    // ical.js leaves the value of an unknown X- property escaped.
    const html = alt ? unescapeText(String(alt.getFirstValue() ?? '')) : '';
    if (html.trim()) return /<body[^>]*>([\s\S]*?)<\/body>/i.exec(html)?.[1]?.trim() || html.trim();
    const plain = text(component, 'description');
    if (!plain) return undefined;
    return looksLikeHtml(plain) ? plain : textToHtml(plain);
  }

  /** RFC 7986 IMAGE, else the first ATTACH that is an image (by FMTTYPE or file name). */
  private image(component: Component): Wire | undefined {
    const candidates = [
      ...component.getAllProperties('image'),
      ...component.getAllProperties('attach'),
    ];
    for (const prop of candidates) {
      if (String(prop.getParameter('value') ?? '').toUpperCase() === 'BINARY') continue;
      if (String(prop.getParameter('encoding') ?? '').toUpperCase() === 'BASE64') continue;
      const type = String(prop.getParameter('fmttype') ?? '');
      const value = String(prop.getFirstValue() ?? '');
      const isImage = type
        ? /^image\//i.test(type)
        : /\.(jpe?g|png|gif|webp|avif|svg)(\?|$)/i.test(value);
      const src = isImage ? absoluteUrl(value, this.options.baseUrl) : undefined;
      if (src) return { src, alt: '' };
    }
    return undefined;
  }

  /** Each RDATE of a master becomes a single event with the master's length and details. */
  private rdateEvents(component: Component, master: Wire): Wire[] {
    const startProp = component.getFirstProperty('dtstart');
    const startTime = startProp?.getFirstValue() as Time | undefined;
    if (!startTime) return [];
    const endProp = component.getFirstProperty('dtend');
    const endTime = endProp?.getFirstValue() as Time | undefined;
    const duration =
      (component.getFirstPropertyValue('duration') as ICAL.Duration | null) ??
      (endTime ? endTime.subtractDate(startTime) : null);
    const exdates = new Set((master.exdates as string[] | undefined) ?? []);
    const out: Wire[] = [];
    for (const prop of component.getAllProperties('rdate')) {
      for (const value of prop.getValues() as (Time | ICAL.Period)[]) {
        const start = 'start' in value && 'getEnd' in value ? value.start : (value as Time);
        let end: Time | undefined =
          'start' in value && 'getEnd' in value ? value.getEnd() : undefined;
        if (!end && duration) {
          end = start.clone();
          end.addDuration(duration);
        }
        const from = this.time(start, prop);
        if (exdates.has(from.text)) continue;
        // An RDATE on DTSTART or on a date of the rule adds nothing (RFC 5545: a set of dates).
        const at = epochOf(from.text);
        if (at !== undefined && seriesHas(master, at)) continue;
        const event: Wire = {
          ...pickDetails(master),
          id: `${String(master.id)}/${compact(from.text)}`,
          title: master.title,
          start: from.text,
          allDay: from.date,
          city: master.city,
          ...(master.status !== undefined && { status: master.status }),
        };
        if (end && from.date && end.isDate) {
          end.adjust(-1, 0, 0, 0);
          if (end.compare(start) > 0) event.end = dateText(end);
        } else if (end && !from.date) {
          event.end = this.time(end, prop).text;
        }
        out.push(event);
      }
    }
    return out;
  }

  /** A RECURRENCE-ID override: its own event, and the replaced date leaves the master's series. */
  private override(component: Component, index: number, masters: Masters): void {
    const uid = this.uid(component);
    const parts = uid ? masters.get(uid) : undefined;
    const idProp = component.getFirstProperty('recurrence-id')!;
    const replaced = this.time(idProp.getFirstValue() as Time, idProp);
    const at = epochOf(replaced.text) ?? 0;
    const local = (part: Wire) => at + (this.shifts.get(part) ?? 0);
    // The part of a split series that holds the replaced date.
    const master =
      parts && ([...parts].reverse().find((p) => epochOf(p.start)! <= local(p)) ?? parts[0]);
    const future = String(idProp.getParameter('range') ?? '').toUpperCase() === 'THISANDFUTURE';
    if (master && !(future && typeof master.rrule === 'string')) {
      const shift = this.shifts.get(master) ?? 0;
      const text = shift ? isoInBerlin(at + shift) : replaced.text;
      const exdates = ((master.exdates as string[] | undefined) ??= []);
      if (!exdates.includes(text)) exdates.push(text);
    }
    const id = `${uid ?? stableId('ics', text(component, 'summary'))}/${compact(replaced.text)}`;
    const skip = this.skipReason(component);
    if (future && parts && master && typeof master.rrule === 'string') {
      // Cancelled from here on: the series ends (not an endless row of "Abgesagt").
      this.splitAt(component, index, id, at, parts, master, skip ?? isCancelled(component));
      return;
    }
    if (skip) {
      // A private occurrence is an exception of its series, not an item of its own.
      if (!master) this.dropped.push({ section: 'events', index, id, reason: skip });
      return;
    }
    const event = this.event(component, id, index, master);
    delete event.rrule;
    delete event.timeZone;
    delete event.exdates;
    this.push(index, event);
  }

  /**
   * RANGE=THISANDFUTURE: the series ends before the replaced date, and the override (unless
   * cancelled) carries it on with its own times and details.
   */
  private splitAt(
    component: Component,
    index: number,
    id: string,
    at: number,
    parts: Wire[],
    master: Wire,
    skip: string | boolean | undefined,
  ): void {
    const next = skip ? undefined : this.event(component, id, index, master);
    const masterShift = this.shifts.get(master) ?? 0;
    if (!splitSeries(master, at + masterShift, next)) {
      const gone = this.events.indexOf(master);
      if (gone >= 0) {
        this.events.splice(gone, 1);
        this.origins.splice(gone, 1);
      }
      parts.splice(parts.indexOf(master), 1);
    }
    if (!next) return;
    const shift = next.allDay ? 0 : (epochOf(next.start) ?? at) - at;
    if (shift) this.shifts.set(next, shift);
    if (Array.isArray(next.exdates) && shift !== masterShift && !next.allDay) {
      next.exdates = (next.exdates as string[]).map((d) =>
        isoInBerlin((epochOf(d) ?? 0) + shift - masterShift),
      );
    }
    const startProp = component.getFirstProperty('dtstart');
    const zone = startProp
      ? this.time(startProp.getFirstValue() as Time, startProp).zone
      : undefined;
    if (typeof next.rrule === 'string' && zone) next.timeZone = zone;
    else if (typeof next.rrule !== 'string') delete next.timeZone;
    parts.push(next);
    this.push(index, next);
  }

  /**
   * A DATE or DATE-TIME value as wire text. A TZID is read by the IANA zone it names
   * (`resolveTzid`), with the platform's zone data (as Google and Apple do: exporters' VTIMEZONEs
   * are often cut short or off by an hour); a name no zone is found for by the file's VTIMEZONE;
   * without one, and floating times, as Berlin wall time.
   */
  private time(time: Time, prop: Property | undefined): WireTime {
    if (time.isDate) return { text: dateText(time), date: true };
    const wall = `${dateText(time)}T${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}`;
    if (time.zone === this.ical.Timezone.utcTimezone) {
      return { text: `${wall}Z`, date: false, zone: 'UTC' };
    }
    const tzid = String(prop?.getParameter('tzid') ?? '').trim();
    if (!tzid) return { text: wall, date: false };
    const zone = this.zone(tzid);
    if (zone && isBerlin(zone)) return { text: wall, date: false };
    const epoch = zone ? zonedEpoch(zone, time) : undefined;
    if (epoch !== undefined) return { text: isoInBerlin(epoch), date: false, zone };
    const hasVtimezone = time.zone && time.zone !== this.ical.Timezone.localTimezone;
    return {
      text: hasVtimezone ? isoInBerlin(vtimezoneEpoch(time)) : wall,
      date: false,
      unknownZone: tzid,
    };
  }

  private zone(tzid: string): string | undefined {
    let zone = this.zones.get(tzid);
    if (zone === undefined) {
      const lic = this.locations.get(tzid);
      zone = resolveTzid(tzid, lic ? { licLocation: lic } : {}) ?? null;
      this.zones.set(tzid, zone);
    }
    return zone ?? undefined;
  }
}

/**
 * The instant of a time in a zone defined by a VTIMEZONE of the file. ical.js answers offset 0
 * before the zone's first observance; the observance's TZOFFSETFROM is right there.
 */
function vtimezoneEpoch(time: Time): number {
  const zone = time.zone!;
  let offset = zone.utcOffset(time);
  const first = zone.changes[0] as Record<string, number> | undefined;
  const wall = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
  if (first) {
    const change = Date.UTC(
      first.year!,
      first.month! - 1,
      first.day!,
      first.hour!,
      first.minute!,
      first.second!,
    );
    if (wall - first.prevUtcOffset! * 1000 < change) offset = first.prevUtcOffset!;
  }
  return wall - offset * 1000;
}

/** STATUS:CANCELLED (TENTATIVE and CONFIRMED take place as announced). */
function isCancelled(component: Component): boolean {
  return String(component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';
}

/** The descriptive fields an override or an extra date takes from its master. */
function pickDetails(master: Wire): Wire {
  const keys = ['categories', 'description', 'location', 'url', 'image', 'organizer'];
  return Object.fromEntries(Object.entries(master).filter(([key]) => keys.includes(key)));
}

/** RFC 5545 TEXT escapes: `\\n`, `\\,`, `\\;`, `\\\\`. */
function unescapeText(value: string): string {
  return value.replace(/\\([nN,;\\])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

function text(component: Component, name: string): string | undefined {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function startPropOf(component: Component): Property | undefined {
  return component.getFirstProperty('dtstart') ?? undefined;
}

/** Outlook marks all-day events with a flag and midnight times instead of DATE values. */
function asDate(time: Time, allDayFlag: boolean): Time {
  if (time.isDate || !allDayFlag || time.hour || time.minute || time.second) return time.clone();
  const date = time.clone();
  date.isDate = true;
  return date;
}

/**
 * "Stadthalle, Bahnhofstraße 1, 96515 Sonneberg" → name and address: the first part is the venue
 * when the rest looks like an address (a postcode, or a street with a number); otherwise
 * ("Rathaus, Zimmer 12") the whole is the name.
 */
function splitLocation(location: string): { name: string; address?: string } {
  const comma = location.indexOf(',');
  const rest = comma > 0 ? location.slice(comma + 1).trim() : '';
  if (rest && ADDRESS.test(rest) && !ADDRESS.test(location.slice(0, comma))) {
    return { name: location.slice(0, comma).trim(), address: rest };
  }
  return { name: location };
}

const ADDRESS = /\b\d{5}\b|(stra(ß|ss)e|str\.|platz|weg|gasse|allee|ring|damm|ufer|markt)\s+\d/i;

const pad = (n: number) => String(n).padStart(2, '0');

function dateText(time: Time): string {
  return `${String(time.year).padStart(4, '0')}-${pad(time.month)}-${pad(time.day)}`;
}

/** `2026-04-05T10:00:00+02:00` → `20260405T100000`: a readable, stable id suffix. */
function compact(wire: string): string {
  return wire.replace(/[+-]\d{2}:\d{2}$|Z$/, '').replace(/[-:]/g, '');
}

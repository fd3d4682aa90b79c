/**
 * iCalendar (RFC 5545) → the feed's events, as TYPO3, WordPress, Google Calendar and Outlook export
 * them. Parsed by ical.js (folded lines, escaped text), loaded only when a page reads a calendar.
 *
 * Times: UTC stays UTC; a TZID that names an IANA zone is read with the browser's zone data
 * (Europe/Berlin as Berlin wall time), also without VTIMEZONE, as Google Calendar writes it; other
 * names (Outlook's "W. Europe Standard Time") by the file's VTIMEZONE; unknown zones and floating
 * times as Berlin wall time. All-day DATE values keep their days (the exclusive
 * DTEND becomes the wire format's inclusive `end`). RRULE is kept as the model's `rrule` (expanded
 * in Berlin wall time elsewhere), EXDATE → `exdates`, each RDATE → one extra event, each
 * RECURRENCE-ID override → its own event plus an exdate on the master.
 */
import type ICAL from 'ical.js';
import { FeedError } from '../errors.js';
import type { DroppedItem, Feed } from '../types.js';
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

/** The wire events of the series masters, by UID: overrides add their exdates to them. */
type Masters = Map<string, Wire>;

interface WireTime {
  /** Wire format: `2026-12-24`, `2026-12-24T18:00:00+01:00` or Berlin wall time without offset. */
  readonly text: string;
  readonly date: boolean;
}

export async function parseIcs(text: string, options: AdapterOptions = {}): Promise<Feed> {
  const { default: ical } = await import('ical.js');
  let calendars: Component[];
  try {
    const parsed = ical.parse(text.replace(BARE_DATE, '$1;VALUE=DATE:$2$3')) as unknown[];
    const list = Array.isArray(parsed[0]) ? (parsed as unknown[][]) : [parsed];
    calendars = list.map((jcal) => new ical.Component(jcal as unknown as [string, [], []]));
  } catch (error) {
    throw new FeedError('parse', `The calendar cannot be read (${(error as Error).message}).`);
  }
  if (!calendars.some((c) => c.name === 'vcalendar')) {
    throw new FeedError('parse', 'The source is no iCalendar file (no VCALENDAR).');
  }
  const reader = new CalendarReader(ical, options);
  for (const calendar of calendars) if (calendar.name === 'vcalendar') reader.read(calendar);
  const first = calendars.find((c) => c.name === 'vcalendar')!;
  const title = first.getFirstPropertyValue('x-wr-calname') ?? first.getFirstPropertyValue('name');
  return finish(
    { ...(typeof title === 'string' && { title }), events: reader.events },
    reader.dropped,
    { events: reader.origins },
  );
}

/** `DTSTART:20260601` without `VALUE=DATE`: invalid, but common; ical.js would reject the event. */
const BARE_DATE =
  /^((?:DTSTART|DTEND|EXDATE|RDATE|RECURRENCE-ID)(?:;(?![^:\r\n]*VALUE=)[^:\r\n]*)?):(\d{8}(?:,\d{8})*)(\r?)$/gim;

class CalendarReader {
  readonly events: Wire[] = [];
  /** For each wire event, the index of its VEVENT in the file. */
  readonly origins: number[] = [];
  readonly dropped: DroppedItem[] = [];
  private index = 0;

  constructor(
    private readonly ical: Ical,
    private readonly options: AdapterOptions,
  ) {}

  read(calendar: Component): void {
    const masters: Masters = new Map();
    const overrides: [Component, number][] = [];
    for (const component of calendar.getAllSubcomponents('vevent')) {
      const index = this.index++;
      if (component.hasProperty('recurrence-id')) overrides.push([component, index]);
      else this.guard(component, index, () => this.master(component, index, masters));
    }
    for (const [component, index] of overrides) {
      this.guard(component, index, () => this.override(component, index, masters));
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
    const event = this.event(component, uid);
    this.push(index, event, ...this.rdateEvents(component, event));
    if (uid) masters.set(uid, event);
  }

  private push(index: number, ...events: Wire[]): void {
    for (const event of events) {
      this.events.push(event);
      this.origins.push(index);
    }
  }

  /** Private and cancelled events are never published. */
  private skipReason(component: Component): string | undefined {
    const status = String(component.getFirstPropertyValue('status') ?? '').toUpperCase();
    if (status === 'CANCELLED') return 'cancelled (STATUS:CANCELLED)';
    const access = String(component.getFirstPropertyValue('class') ?? '').toUpperCase();
    if (access === 'PRIVATE' || access === 'CONFIDENTIAL') return `not public (CLASS:${access})`;
    return undefined;
  }

  private uid(component: Component): string | undefined {
    const uid = component.getFirstPropertyValue('uid');
    if (typeof uid !== 'string' || !uid.trim()) return undefined;
    // Ids are capped at 200 characters: very long UIDs are hashed, so suffixes stay distinct.
    return uid.trim().length > 150 ? stableId('ics', uid.trim()) : uid.trim();
  }

  /** One VEVENT as a wire event (without its recurrence exceptions). */
  private event(component: Component, uid: string | undefined, master?: Wire): Wire {
    const startProp = component.getFirstProperty('dtstart');
    const startTime = startProp?.getFirstValue() as Time | undefined;
    const allDayFlag =
      String(component.getFirstPropertyValue('x-microsoft-cdo-alldayevent')).toUpperCase() ===
      'TRUE';
    const title = text(component, 'summary');
    if (!startProp || !startTime) {
      // The validator names the reason ("missing or malformed start").
      return { id: uid ?? stableId('ics', title), title, city: this.options.city ?? 'both' };
    }
    const start = this.time(asDate(startTime, allDayFlag), startProp);
    const end = this.end(component, startTime, start.date, allDayFlag);
    const rrule = component.getFirstPropertyValue('rrule') as ICAL.Recur | null;
    const exdates = component
      .getAllProperties('exdate')
      .flatMap((prop) => prop.getValues().map((value) => this.time(value as Time, prop).text));
    const details = this.details(component);
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
      ...(exdates.length && { exdates }),
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
        const event: Wire = {
          ...pickDetails(master),
          id: `${String(master.id)}/${compact(from.text)}`,
          title: master.title,
          start: from.text,
          allDay: from.date,
          city: master.city,
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
    const master = uid ? masters.get(uid) : undefined;
    const idProp = component.getFirstProperty('recurrence-id')!;
    const replaced = this.time(idProp.getFirstValue() as Time, idProp);
    if (master) {
      const exdates = ((master.exdates as string[] | undefined) ??= []);
      if (!exdates.includes(replaced.text)) exdates.push(replaced.text);
    }
    const id = `${uid ?? stableId('ics', text(component, 'summary'))}/${compact(replaced.text)}`;
    const skip = this.skipReason(component);
    if (skip) {
      // A cancelled occurrence is an exception of its series, not an item of its own.
      if (!master) this.dropped.push({ section: 'events', index, id, reason: skip });
      return;
    }
    const event = this.event(component, id, master);
    delete event.rrule;
    delete event.exdates;
    this.push(index, event);
  }

  /**
   * A DATE or DATE-TIME value as wire text. A TZID that names an IANA zone is read with the IANA
   * rules (as Google and Apple do: exporters' VTIMEZONEs are often cut short or off by an hour);
   * other names (Outlook's "W. Europe Standard Time") by the file's VTIMEZONE; the rest, and
   * floating times, as Berlin wall time.
   */
  private time(time: Time, prop: Property | undefined): WireTime {
    if (time.isDate) return { text: dateText(time), date: true };
    const wall = `${dateText(time)}T${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}`;
    if (time.zone === this.ical.Timezone.utcTimezone) return { text: `${wall}Z`, date: false };
    const tzid = String(prop?.getParameter('tzid') ?? '').trim();
    if (!tzid || BERLIN.test(tzid)) return { text: wall, date: false };
    const epoch =
      zonedEpoch(tzid, time) ??
      (time.zone && time.zone !== this.ical.Timezone.localTimezone
        ? vtimezoneEpoch(time)
        : undefined);
    return { text: epoch === undefined ? wall : isoInBerlin(epoch), date: false };
  }
}

const BERLIN = /^\/?(Europe\/Berlin|CET|MET)$/i;

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

const zoneFormats = new Map<string, Intl.DateTimeFormat | null>();

/** The instant of a wall time in an IANA zone the browser knows, or undefined. */
function zonedEpoch(zone: string, time: Time): number | undefined {
  let format = zoneFormats.get(zone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      format = null;
    }
    zoneFormats.set(zone, format);
  }
  if (!format) return undefined;
  const asUtc = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
  const offsetAt = (epoch: number) => {
    const p: Record<string, number> = {};
    for (const part of format.formatToParts(epoch)) p[part.type] = Number(part.value);
    return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - epoch;
  };
  const first = asUtc - offsetAt(asUtc);
  return asUtc - offsetAt(first);
}

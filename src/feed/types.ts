/**
 * The feed model: what every widget reads after validation.
 * Plain, immutable data; no Lit, no DOM. See docs/feed.md for the wire format.
 */

/** A human-readable string: plain text, or a language map such as `{ de: '…', en: '…' }`. */
export type Text = string | Readonly<Record<string, string>>;

/** The two cities of the alliance, or both. */
export type CityId = 'sonneberg' | 'neustadt' | 'both';

export interface City {
  readonly id: Exclude<CityId, 'both'>;
  readonly name: Text;
  readonly state?: Text;
  readonly url?: string;
}

export interface Image {
  readonly src: string;
  /** Empty when the feed gave none: the image is then decorative. */
  readonly alt: Text;
  readonly credit?: Text;
}

export interface Location {
  readonly name: Text;
  readonly address?: Text;
  readonly lat?: number;
  readonly lon?: number;
  readonly placeId?: string;
}

export interface FeedEvent {
  readonly id: string;
  readonly title: Text;
  /** Epoch milliseconds. For all-day events: midnight Europe/Berlin of the first day. */
  readonly start: number;
  /** Epoch milliseconds, exclusive. For all-day events: midnight after the last day. */
  readonly end?: number;
  readonly allDay: boolean;
  readonly city: CityId;
  readonly categories: readonly Text[];
  readonly summary?: Text;
  /** Untrusted HTML (one string, or one per language): render only through `sanitize`. */
  readonly description?: Text;
  readonly location?: Location;
  readonly url?: string;
  readonly image?: Image;
  readonly organizer?: Text;
  readonly price?: Text;
  /** RFC 5545 RRULE value, without the `RRULE:` prefix. */
  readonly rrule?: string;
  /**
   * The IANA time zone a timed series recurs in (`America/New_York`, `UTC`); absent means
   * Europe/Berlin. Widgets still show Berlin time.
   */
  readonly timeZone?: string;
  /**
   * The start's wall time in the series' zone (floating ms, as berlin-time's `toWall` gives),
   * only when `start` does not show it: a start in a spring-forward gap (02:30 on the last Sunday
   * of March is 03:30 that day). The series keeps this time on its other days.
   */
  readonly wallStart?: number;
  /** Cancelled occurrences, epoch milliseconds of their start. */
  readonly exdates: readonly number[];
  /**
   * Absent: it takes place as announced. Shown beside the title, never left out. A cancelled
   * date of a series is an exdate of the series plus an event of its own with this status.
   */
  readonly status?: EventStatus;
}

/** What became of an event (schema.org `eventStatus`, iCalendar `STATUS:CANCELLED`). */
export type EventStatus = 'cancelled' | 'postponed' | 'rescheduled' | 'moved-online';

export interface NewsItem {
  readonly id: string;
  readonly title: Text;
  /** Epoch milliseconds of publication. */
  readonly date: number;
  readonly city: CityId;
  readonly categories: readonly Text[];
  readonly summary?: Text;
  /** Untrusted HTML (one string, or one per language): render only through `sanitize`. */
  readonly body?: Text;
  readonly url?: string;
  readonly image?: Image;
  /** For history items: the date the item tells of (epoch milliseconds). */
  readonly historicalDate?: number;
}

export interface Place {
  readonly id: string;
  readonly name: Text;
  readonly kind: string;
  readonly city: CityId;
  readonly lat: number;
  readonly lon: number;
  readonly summary?: Text;
  readonly address?: Text;
  readonly url?: string;
  readonly image?: Image;
  /** When it is open; absent when the feed does not say. */
  readonly openingHours?: OpeningHours;
}

/** Opening and closing time of one span, in minutes after midnight (Berlin wall clock). */
export interface OpeningSpan {
  readonly opens: number;
  /** 1–1440; not after `opens` means after midnight, on the next day. */
  readonly closes: number;
}

/** A weekly rule (schema.org `OpeningHoursSpecification`). Several may share a day. */
export interface WeeklyHours extends OpeningSpan {
  /** 0 = Sunday … 6 = Saturday. */
  readonly days: readonly number[];
  /** First day of the season it belongs to (Berlin day key such as `2027-04-01`). */
  readonly validFrom?: string;
  /** Last day of that season, inclusive. */
  readonly validThrough?: string;
}

/** Other hours on certain dates: none (closed) or the spans given, instead of the weekly ones. */
export interface SpecialHours {
  /** Berlin day keys, inclusive. */
  readonly validFrom: string;
  readonly validThrough: string;
  /** Empty: closed on these days. */
  readonly spans: readonly OpeningSpan[];
}

export interface OpeningHours {
  readonly weekly: readonly WeeklyHours[];
  readonly special: readonly SpecialHours[];
  /** On the public holidays of the place's town: closed, Sunday's hours, or the day's own. */
  readonly publicHolidays: 'closed' | 'sunday' | 'open';
  readonly note?: Text;
}

export interface Download {
  readonly id: string;
  readonly title: Text;
  readonly url: string;
  readonly mediaType: string;
  readonly bytes?: number;
  readonly language?: string;
  /** Epoch milliseconds. */
  readonly published?: number;
  readonly summary?: Text;
  readonly group?: Text;
}

/** Why an item of the feed was left out; kept for webmasters' debugging. */
export interface DroppedItem {
  readonly section: string;
  readonly index: number;
  readonly id?: string;
  readonly reason: string;
  /** The item is shown all the same; `reason` says what was guessed (a date taken from the channel). */
  readonly kept?: boolean;
  /** The source it came from, when several sources were merged. */
  readonly source?: string;
}

/**
 * A calendar file published beside the feed for people to subscribe to (`sonnec-feed build
 * --calendars`): all events, or those of one city or one category.
 */
export interface FeedCalendar {
  readonly id: string;
  /** Absolute once the store has resolved it against the feed's address. */
  readonly url: string;
  readonly title: Text;
  /** Only the events of this city (those of both cities included). */
  readonly city?: Exclude<CityId, 'both'>;
  /** Only the events of this category: its name in lower case, as the category filter keys it. */
  readonly category?: string;
}

export interface Feed {
  readonly version: number;
  readonly title?: Text;
  readonly updated?: number;
  /** Calendars to subscribe to; absent when the feed names none. */
  readonly calendars?: readonly FeedCalendar[];
  readonly cities: readonly City[];
  readonly events: readonly FeedEvent[];
  readonly news: readonly NewsItem[];
  readonly places: readonly Place[];
  readonly downloads: readonly Download[];
  readonly dropped: readonly DroppedItem[];
}

export const FEED_VERSION = 1;

/**
 * The layouts of `<sonnec-events>` as templates: `list` (grouped by day) here, with the parts
 * every layout shares; `cards` (event-cards.ts) and `compact` (event-compact.ts) load only for
 * widgets that ask for them. They hold no state; the element passes what they need in an
 * `ItemContext`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { berlinDayKey, startOfBerlinDay } from '../../feed/berlin-time.js';
import { formatWeekdayDate, relativeDay } from '../../internal/format.js';
import { listLang, localText, textLang, type Lang } from '../../internal/i18n.js';
import { cityBadge } from '../../internal/parts/city-badge.js';
import type { FeedEvent, Text } from '../../feed/types.js';
import { datetimeAttr, timeText } from './event-time.js';
import { groupByDay, isRunning, type DayGroup, type Occurrence } from './events-query.js';
import type { EventMessages } from './events.messages.js';

export interface ItemContext {
  readonly lang: Lang;
  readonly t: EventMessages;
  readonly now: number;
  /** The lower bound of the shown range (see `groupByDay`). */
  readonly lower: number;
  readonly headingLevel: number;
  readonly heading: (text: unknown, className: string, level: number) => TemplateResult;
  readonly onOpen: (o: Occurrence, opener: HTMLElement) => void;
  /** Index of each occurrence in the whole result, for focus after "Mehr laden". */
  readonly indexOf: (o: Occurrence) => number;
  /** A note under an item's title (the dialog's code did not load), or nothing. */
  readonly note?: (o: Occurrence) => unknown;
  /** False for pictures from hosts the webmaster did not allow (third-party requests). */
  readonly imageAllowed: (src: string) => boolean;
  /** The public holiday on a Berlin day (`2027-01-06`) in the towns shown, named, if any. */
  readonly holiday?: (day: string) => string | undefined;
}

export function langAttr(text: Text | undefined, lang: Lang): string | typeof nothing {
  return textLang(text, lang) ?? nothing;
}

/**
 * "Abgesagt", "Verschoben" …: a word, not a colour, inside the title so its accessible name says
 * it too (also in the dialog's title). The time stays as it was, readable.
 */
export function statusBadge(e: FeedEvent, t: EventMessages, lang: Lang): unknown {
  return e.status
    ? html` <span class="status" part="status" lang=${lang}>${t[e.status]}</span>`
    : nothing;
}

export function titleButton(o: Occurrence, c: ItemContext): TemplateResult {
  return html`<button
    class="title-button link-button"
    part="title"
    type="button"
    aria-haspopup="dialog"
    lang=${langAttr(o.event.title, c.lang)}
    @click=${(e: Event) => c.onOpen(o, e.currentTarget as HTMLElement)}
  >
    ${localText(o.event.title, c.lang)}${statusBadge(o.event, c.t, c.lang)}
  </button>`;
}

export function running(o: Occurrence, c: ItemContext): TemplateResult | typeof nothing {
  // An all-day event of today alone is not "running" (the day's heading says it); one that
  // began on an earlier day, or goes on after today (a market from Friday to Sunday), is.
  const today = startOfBerlinDay(c.now);
  const todayOnly =
    o.event.allDay && o.start >= today && o.until <= startOfBerlinDay(today + 36e5 * 30);
  if (!isRunning(o, c.now) || todayOnly) return nothing;
  return html`<span class="running" part="running">${c.t.running}</span>`;
}

export function meta(o: Occurrence, c: ItemContext): TemplateResult {
  const e = o.event;
  return html`<p class="meta" part="meta">
    ${
      e.location
        ? html`<span class="place" lang=${langAttr(e.location.name, c.lang)}
            >${localText(e.location.name, c.lang)}</span
          >`
        : nothing
    }
    ${cityBadge(e.city, c.lang)}
    ${
      e.categories.length > 0
        ? html`<span class="category" lang=${listLang(e.categories, c.lang) ?? nothing}
            >${e.categories.map((x) => localText(x, c.lang)).join(', ')}</span
          >`
        : nothing
    }
  </p>`;
}

export function image(
  o: Occurrence,
  c: ItemContext,
  className: string,
): TemplateResult | typeof nothing {
  const img = o.event.image;
  if (!img || !c.imageAllowed(img.src)) return nothing;
  return html`<img
    class=${className}
    part="image"
    src=${img.src}
    alt=${localText(img.alt, c.lang)}
    lang=${langAttr(img.alt, c.lang)}
    loading="lazy"
    decoding="async"
  />`;
}

export function summary(o: Occurrence, c: ItemContext): TemplateResult | typeof nothing {
  const s = o.event.summary;
  return s !== undefined
    ? html`<p class="summary" lang=${langAttr(s, c.lang)}>${localText(s, c.lang)}</p>`
    : nothing;
}

function dayLabel(group: DayGroup, c: ItemContext): string {
  const otherYear = group.day.slice(0, 4) !== berlinDayKey(c.now).slice(0, 4);
  const date = formatWeekdayDate(group.date, c.lang, otherYear);
  const rel = relativeDay(group.date, c.now);
  const label = rel ? `${rel === 'today' ? c.t.today : c.t.tomorrow}, ${date}` : date;
  const holiday = c.holiday?.(group.day);
  return holiday ? `${label} · ${holiday}` : label;
}

export function listLayout(items: readonly Occurrence[], c: ItemContext): TemplateResult {
  return html`${groupByDay(items, c.lower).map(
    (g) => html`
      <section class="day" part="day">
        ${c.heading(html`<time datetime=${g.day}>${dayLabel(g, c)}</time>`, 'day-heading', c.headingLevel)}
        <ul class="items" role="list">
          ${g.items.map(
            (o) => html`
              <li class="item" part="item" data-index=${c.indexOf(o)}>
                <p class="when">
                  <time datetime=${datetimeAttr(o)}>${timeText(o, c.lang, c.t)}</time>
                  ${running(o, c)}
                </p>
                <div class="main">
                  ${c.heading(titleButton(o, c), 'title', c.headingLevel + 1)} ${c.note?.(o)}
                  ${meta(o, c)} ${summary(o, c)}
                </div>
                ${image(o, c, 'thumb')}
              </li>
            `,
          )}
        </ul>
      </section>
    `,
  )}`;
}

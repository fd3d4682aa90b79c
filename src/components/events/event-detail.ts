/**
 * The body of the event detail dialog and its "add to calendar" data. Loaded on the first
 * opening only (with the .ics writer and the rich-text renderer), so a list that is never
 * opened costs nothing of it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  detailDialog,
  detailDialogStyles,
  type DetailDialogOptions,
} from '../../internal/parts/detail-dialog.js';
import { feedBaseOf } from '../../feed/resolve-urls.js';
import { parseRule } from '../../feed/recurrence.js';
import { cityBadge } from '../../internal/parts/city-badge.js';
import {
  googleCalendarUrl,
  icsFileName,
  outlookCalendarUrl,
  toIcs,
  type CalendarEntry,
} from '../../internal/ics-export.js';
import { listLang, localText, namesItsKind, textLang, type Lang } from '../../internal/i18n.js';
import { takeAway } from '../../internal/parts/take-away-link.js';
import { richText } from '../../internal/rich-text.js';
import { htmlToText } from '../../internal/sanitize.js';
import type { Text } from '../../feed/types.js';
import { eventDetailStyles } from './event-detail.styles.js';
import { datetimeAttr } from './event-time.js';
import { whenText } from './event-when.js';
import type { Occurrence } from './events-query.js';
import { detailMessages, type DetailMessages } from './event-detail.messages.js';
import { messages } from './events.messages.js';

export { toIcs, icsFileName };
export { DialogController } from '../../internal/parts/detail-dialog.js';

/** Adopted by the element when this module loads (see `LazyPart`). */
export const styles = [detailDialogStyles, eventDetailStyles];

function absoluteUrl(url: string | undefined, base: string): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url, base).href;
  } catch {
    return undefined;
  }
}

/** What the calendar file and links say about one occurrence. */
export function calendarEntry(o: Occurrence, lang: Lang, base: string): CalendarEntry {
  const e = o.event;
  const place = e.location
    ? [localText(e.location.name, lang), localText(e.location.address, lang)]
        .filter(Boolean)
        .join(', ')
    : undefined;
  const description =
    e.summary !== undefined
      ? localText(e.summary, lang)
      : e.description
        ? htmlToText(localText(e.description, lang)).slice(0, 2000)
        : undefined;
  return {
    uid: `${e.id}-${o.start}@sonnec-widgets`,
    title: localText(e.title, lang),
    start: o.start,
    end: o.end,
    allDay: e.allDay,
    description,
    location: place,
    url: absoluteUrl(e.url, base),
    cancelled: e.status === 'cancelled',
  };
}

function langOf(text: Text | undefined, lang: Lang): string | typeof nothing {
  return textLang(text, lang) ?? nothing;
}

/**
 * The whole series of a recurring event, for the calendar file "all dates", made from the `entry`
 * of one of its occurrences (`calendarEntry`). Undefined for a single event, and for a rule we
 * cannot read (the list then shows its first date only, and the calendar must not show more).
 */
export function seriesEntry(o: Occurrence, entry: CalendarEntry): CalendarEntry | undefined {
  const e = o.event;
  const rule = e.rrule ? parseRule(e.rrule) : null;
  if (!rule) return undefined;
  return {
    ...entry,
    uid: `${e.id}@sonnec-widgets`,
    start: e.start,
    end: e.end,
    recurrence: { rule, exdates: e.exdates, timeZone: e.timeZone, wallStart: e.wallStart },
  };
}

export interface DetailLinks {
  /** Blob URL of the .ics file; the widget revokes it when the dialog closes. */
  readonly ics: string;
  readonly fileName: string;
  /** A recurring event: the .ics file of all its dates (a Blob URL, revoked likewise). */
  readonly series?: { readonly ics: string; readonly fileName: string } | undefined;
  readonly google: string;
  readonly outlook: string;
}

const icsBlobUrl = (entry: CalendarEntry) =>
  URL.createObjectURL(new Blob([toIcs(entry)], { type: 'text/calendar;charset=utf-8' }));

/** The calendar files and links of an occurrence; the caller owns the Blob URLs (`releaseLinks`). */
export function detailLinks(o: Occurrence, lang: Lang, base: string): DetailLinks {
  const entry = calendarEntry(o, lang, base);
  const series = seriesEntry(o, entry);
  return {
    ics: icsBlobUrl(entry),
    fileName: icsFileName(entry.title),
    series: series && {
      ics: icsBlobUrl(series),
      fileName: icsFileName(`${series.title} ${detailMessages[lang].seriesFile}`),
    },
    google: googleCalendarUrl(entry),
    outlook: outlookCalendarUrl(entry),
  };
}

/** Releases the Blob URLs of `detailLinks`. */
export function releaseLinks(links: DetailLinks): void {
  URL.revokeObjectURL(links.ics);
  if (links.series) URL.revokeObjectURL(links.series.ics);
}

/** Which pictures may load (see SonnecElement.imageOrigins); the page's own host by default. */
export interface PicturePolicy {
  readonly allowed: (src: string) => boolean;
  readonly origins: readonly string[];
}
const PAGE_ONLY: PicturePolicy = {
  allowed: (src) => new URL(src, document.baseURI).origin === location.origin,
  origins: [location.origin],
};

/** The dialog around an event's details, its close button labelled in the visitor's language. */
export function eventDialog(
  lang: Lang,
  options: Omit<DetailDialogOptions, 'closeLabel'>,
): TemplateResult {
  return detailDialog({ ...options, closeLabel: detailMessages[lang].close });
}

/** In kiosk mode the event's page is a QR code and the calendar links (which leave the page) are left out. */
export function detailBody(
  o: Occurrence,
  lang: Lang,
  links: DetailLinks,
  kiosk = false,
  pictures: PicturePolicy = PAGE_ONLY,
): TemplateResult {
  const t = detailMessages[lang];
  const e = o.event;
  const row = (label: unknown, value: unknown) =>
    html`<div class="detail-row">
      <dt>${label}</dt>
      <dd>${value}</dd>
    </div>`;
  return html`
    ${
      e.image && pictures.allowed(e.image.src)
        ? html`<figure class="detail-image" part="image">
            <img
              src=${e.image.src}
              alt=${localText(e.image.alt, lang)}
              lang=${langOf(e.image.alt, lang)}
            />
            ${
              e.image.credit !== undefined
                ? html`<figcaption class="meta" lang=${langOf(e.image.credit, lang)}>
                    ${namesItsKind(localText(e.image.credit, lang)) ? '' : '© '}${localText(
                      e.image.credit,
                      lang,
                    )}
                  </figcaption>`
                : nothing
            }
          </figure>`
        : nothing
    }
    <dl class="detail-facts">
      ${row(t.when, html`<time datetime=${datetimeAttr(o)}>${whenText(o, lang, messages[lang])}</time>`)}
      ${
        e.location
          ? row(
              t.place,
              html`<span lang=${langOf(e.location.name, lang)}
                  >${localText(e.location.name, lang)}</span
                >
                ${
                  e.location.address !== undefined
                    ? html`<br /><span lang=${langOf(e.location.address, lang)}
                          >${localText(e.location.address, lang)}</span
                        >`
                    : nothing
                }`,
            )
          : nothing
      }
      ${row(html`<span class="visually-hidden">${t.city}</span>`, cityBadge(e.city, lang))}
      ${
        e.organizer !== undefined
          ? row(
              t.organizer,
              html`<span lang=${langOf(e.organizer, lang)}>${localText(e.organizer, lang)}</span>`,
            )
          : nothing
      }
      ${
        e.price !== undefined
          ? row(
              t.price,
              html`<span lang=${langOf(e.price, lang)}>${localText(e.price, lang)}</span>`,
            )
          : nothing
      }
      ${
        e.categories.length > 0
          ? row(
              t.categories,
              html`<span lang=${listLang(e.categories, lang) ?? nothing}
                >${e.categories.map((c) => localText(c, lang)).join(', ')}</span
              >`,
            )
          : nothing
      }
    </dl>
    ${
      e.description
        ? richText(
            localText(e.description, lang),
            { imageOrigins: pictures.origins, baseUrl: feedBaseOf(e) },
            textLang(e.description, lang),
          )
        : e.summary !== undefined
          ? html`<p lang=${langOf(e.summary, lang)}>${localText(e.summary, lang)}</p>`
          : nothing
    }
    ${
      e.url
        ? takeAway({
            url: e.url,
            label: t.moreInfo,
            lang,
            kiosk,
            link: () => html`<p><a class="more" href=${e.url}>${t.moreInfo}</a></p>`,
          })
        : nothing
    }
    ${kiosk ? nothing : addToCalendar(links, t)}
  `;
}

function addToCalendar(links: DetailLinks, t: DetailMessages): TemplateResult {
  const { series } = links;
  return html`
    <div class="add-to-calendar" part="add-to-calendar">
      <p class="add-title"><strong>${t.addToCalendar}</strong></p>
      <ul role="list">
        <li>
          <a href=${links.ics} download=${links.fileName} type="text/calendar"
            >${series ? t.icsThisDate : t.icsFile}</a
          >
        </li>
        ${
          series
            ? html`<li>
                <a href=${series.ics} download=${series.fileName} type="text/calendar"
                  >${t.icsSeries}</a
                >
              </li>`
            : nothing
        }
        <li>
          <a href=${links.google} target="_blank" rel="noopener noreferrer"
            >${t.google} <span class="visually-hidden">${t.newWindow}</span></a
          >
        </li>
        <li>
          <a href=${links.outlook} target="_blank" rel="noopener noreferrer"
            >${t.outlook} <span class="visually-hidden">${t.newWindow}</span></a
          >
        </li>
      </ul>
    </div>
  `;
}

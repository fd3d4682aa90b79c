/** The details of a place or event, shown in its popup and in the list view. Text only: feed strings never become markup. */
import { html, nothing, type TemplateResult } from 'lit';
import { startOfBerlinDay } from '../../feed/berlin-time.js';
import {
  formatShortWeekdayDate,
  formatTime,
  formatWeekdayDate,
  isoDay,
} from '../../internal/format.js';
import { localText, textLang, type Lang } from '../../internal/i18n.js';
import { namedText } from '../../internal/parts/named-link.js';
import { cityBadge } from '../../internal/parts/city-badge.js';
import { takeAway } from '../../internal/parts/take-away-link.js';
import { kindKey, kindStyle } from './map-kinds.js';
import type { MapItem } from './map-types.js';
import type { MapMessages } from './map.messages.js';

/** Opening hours of places, once their lazy part is there (see sonnec-map.ts). */
export interface OpeningView {
  /** "Jetzt geöffnet · bis 17 Uhr", or nothing for items without opening hours. */
  readonly line: (item: MapItem) => TemplateResult | typeof nothing;
  /** The weekly table, or nothing. */
  readonly table: (item: MapItem) => TemplateResult | typeof nothing;
}

export function kindLabel(kind: string, t: MapMessages): string {
  const key = kindKey(kind);
  return key === 'place' && kind !== 'place'
    ? kind.charAt(0).toUpperCase() + kind.slice(1)
    : t.kinds[key]!;
}

/**
 * The kind's glyph in its colour. The colour is set through the CSSOM (`.style` forwards to
 * `style.cssText`), not as a style="" attribute, which `style-src` without 'unsafe-inline' blocks.
 */
export function kindGlyph(kind: string): TemplateResult {
  const style = kindStyle(kind);
  return html`<span class="glyph" .style=${`--_kind:${style.color}`} aria-hidden="true"
    >${style.glyph}</span
  >`;
}

/** The last day of an event that ends on a later day than it starts (its end is exclusive). */
function lastDay(item: MapItem): number | undefined {
  if (item.start === undefined || item.end === undefined) return undefined;
  const last = startOfBerlinDay(item.end - 1);
  return last > startOfBerlinDay(item.start) ? last : undefined;
}

/**
 * "Freitag, 4. Dezember 2026, 16:00 Uhr" (Berlin time). An event over several days says until
 * when: "Läuft bis So., 6. Dez." once it has begun (its start is past news), else
 * "Freitag, 27. November 2026 bis So., 6. Dez.".
 */
export function when(item: MapItem, lang: Lang, t: MapMessages): TemplateResult | typeof nothing {
  if (item.start === undefined) return nothing;
  const last = lastDay(item);
  const endTime = item.allDay || item.end === undefined ? '' : `, ${t.time(formatTime(item.end))}`;
  if (last !== undefined && item.running) {
    return html`<time datetime=${isoDay(last)}
      >${t.runsUntil(formatShortWeekdayDate(last, lang) + endTime)}</time
    >`;
  }
  const date = formatWeekdayDate(item.start, lang, true);
  const time = item.allDay ? t.allDay : t.time(formatTime(item.start, lang));
  const datetime = item.allDay ? isoDay(item.start) : new Date(item.start).toISOString();
  if (last !== undefined) {
    const first = item.allDay ? date : `${date}, ${time}`;
    return html`<time datetime=${datetime}
      >${t.fromTo(first, formatShortWeekdayDate(last, lang) + endTime)}</time
    >`;
  }
  return html`<time datetime=${datetime}>${date}, ${time}</time>`;
}

/** Kind, city and (for events) date: one line; for places with opening hours, their state. */
export function itemMeta(
  item: MapItem,
  lang: Lang,
  t: MapMessages,
  opening?: OpeningView,
): TemplateResult {
  return html`<p class="meta" part="meta">
      ${kindLabel(item.kind, t)} ${cityBadge(item.city, lang)}
      ${item.start !== undefined ? html`<br />${when(item, lang, t)}` : nothing}
    </p>
    ${opening?.line(item) ?? nothing}`;
}

/** Address, image, summary and link (in kiosk mode a QR code of the link). */
export function itemDetails(
  item: MapItem,
  lang: Lang,
  t: MapMessages,
  kiosk = false,
  imageAllowed: (src: string) => boolean = () => false,
  opening?: OpeningView,
): TemplateResult {
  const name = localText(item.name, lang);
  return html`
    ${
      item.address !== undefined
        ? html`<p class="address" lang=${textLang(item.address, lang) ?? nothing}>
            ${localText(item.address, lang)}
          </p>`
        : nothing
    }
    ${opening?.table(item) ?? nothing}
    ${
      item.image && imageAllowed(item.image.src)
        ? html`<img
            part="image"
            src=${item.image.src}
            alt=${localText(item.image.alt, lang)}
            lang=${textLang(item.image.alt, lang) ?? nothing}
            loading="lazy"
            decoding="async"
          />`
        : nothing
    }
    ${
      item.summary !== undefined
        ? html`<p class="summary" lang=${textLang(item.summary, lang) ?? nothing}>
            ${localText(item.summary, lang)}
          </p>`
        : nothing
    }
    ${
      item.url
        ? takeAway({
            url: item.url,
            label: `${t.more}: ${name}`,
            lang,
            kiosk,
            link: () =>
              html`<p class="more">
                <a href=${item.url} rel="noopener"
                  >${namedText(t.more, name, textLang(item.name, lang))}</a
                >
              </p>`,
          })
        : nothing
    }
  `;
}

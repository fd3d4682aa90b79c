/** The details of a place or event, shown in its popup and in the list view. Text only: feed strings never become markup. */
import { html, nothing, type TemplateResult } from 'lit';
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

/** Kind, city and (for events) date: one line; for places with opening hours, their state. */
export function itemMeta(
  item: MapItem,
  lang: Lang,
  t: MapMessages,
  opening?: OpeningView,
): TemplateResult {
  return html`<p class="meta" part="meta">
      ${kindLabel(item.kind, t)} ${cityBadge(item.city, lang)}
      ${item.when ? html`<br />${item.when(lang)}` : nothing}
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

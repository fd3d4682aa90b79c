/**
 * The list of places: the map's accessible alternative. Beside the map it is compact; in the list
 * view it shows every detail. Choosing a name shows the place on the map.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { emit } from '../../internal/events.js';
import { localText, textLang, type Lang } from '../../internal/i18n.js';
import { itemDetails, itemMeta, kindGlyph, type OpeningView } from './map-item.js';
import type { MapSelection } from './map-query.js';
import { messages } from './map.messages.js';

/** What the list reads from its `<sonnec-map>`. */
export interface ListHost extends HTMLElement {
  /** The key of the item whose popup is open: marked with `aria-current`. */
  readonly selectedKey: string | undefined;
  /** `failed`: the map could not load, and names are plain text. */
  readonly mapState: string;
  /** Kiosk mode: links become QR codes. */
  readonly kiosk: boolean;
  /** False for pictures from hosts the webmaster did not allow (third-party requests). */
  readonly allowImage: (src: string) => boolean;
  /** Opening hours of places (state line; the weekly table with `details`). */
  openingView(lang: Lang): OpeningView | undefined;
  showOnMap(key: string): void;
}

/** The list of `view`'s items; `details`: address, picture, summary and link too (the list view). */
export function placeList(
  host: ListHost,
  view: MapSelection,
  lang: Lang,
  details: boolean,
): TemplateResult {
  const t = messages[lang];
  const linkClicked = (e: Event) => {
    const key = (e.target as Element).closest?.('a')?.closest<HTMLElement>('[data-key]')
      ?.dataset.key;
    const item = view.items.find((i) => i.key === key);
    // The visitor followed an item's link.
    if (item) emit(host, 'sonnec-select', { item: item.item });
  };
  const canShow = host.mapState !== 'failed';
  const opening = host.openingView(lang);
  return html`
    <div class="list-wrap">
      ${view.count === 0 ? html`<p class="panel empty" part="empty">${t.noMatch}</p>` : nothing}
      <span id="show-hint" hidden>${t.showOnMap}</span>
      <ul
        class="list ${details ? 'details' : ''}"
        part="list"
        role="list"
        aria-label=${t.listLabel}
        @click=${linkClicked}
      >
        ${view.items.map((item) => {
          const name = localText(item.name, lang);
          return html`<li
            class="item"
            part="item"
            data-key=${item.key}
            aria-current=${host.selectedKey === item.key ? 'true' : nothing}
          >
            <p class="item-title">
              ${kindGlyph(item.kind)}
              ${
                canShow
                  ? html`<button
                      type="button"
                      class="title link-button"
                      part="title"
                      aria-describedby="show-hint"
                      lang=${textLang(item.name, lang) ?? nothing}
                      @click=${() => host.showOnMap(item.key)}
                    >
                      ${name}
                    </button>`
                  : html`<strong class="title" part="title">${name}</strong>`
              }
            </p>
            ${itemMeta(item, lang, t, opening)}
            ${details ? itemDetails(item, lang, t, host.kiosk, host.allowImage, opening) : nothing}
          </li>`;
        })}
      </ul>
    </div>
  `;
}

/**
 * The list of places: the map's accessible alternative. Beside the map it is compact; in the list
 * view it shows every detail. Choosing a name shows the place on the map.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { localText, textLang, type Lang } from '../../internal/i18n.js';
import { itemDetails, itemMeta, kindGlyph, type OpeningView } from './map-item.js';
import type { MapSelection } from './map-query.js';
import type { MapItem } from './map-types.js';
import { messages } from './map.messages.js';

export interface PlaceListOptions {
  /** Address, picture, summary and link too (the list view). */
  readonly details: boolean;
  /** The key of the item whose popup is open: marked with `aria-current`. */
  readonly selected: string | undefined;
  /** False when the map could not load: names are then plain text. */
  readonly canShow: boolean;
  readonly onShow: (key: string) => void;
  /** The visitor followed an item's link. */
  readonly onLink: (item: MapItem) => void;
  /** Kiosk mode: links become QR codes. */
  readonly kiosk?: boolean;
  /** False for pictures from hosts the webmaster did not allow (third-party requests). */
  readonly imageAllowed?: (src: string) => boolean;
  /** Opening hours of places (state line; the weekly table with `details`). */
  readonly opening?: OpeningView | undefined;
}

export function placeList(view: MapSelection, lang: Lang, o: PlaceListOptions): TemplateResult {
  const t = messages[lang];
  const linkClicked = (e: Event) => {
    const key = (e.target as Element).closest?.('a')?.closest<HTMLElement>('[data-key]')
      ?.dataset.key;
    const item = view.items.find((i) => i.key === key);
    if (item) o.onLink(item);
  };
  return html`
    <div class="list-wrap">
      ${view.count === 0 ? html`<p class="panel empty" part="empty">${t.noMatch}</p>` : nothing}
      <span id="show-hint" hidden>${t.showOnMap}</span>
      <ul
        class="list ${o.details ? 'details' : ''}"
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
            aria-current=${o.selected === item.key ? 'true' : nothing}
          >
            <p class="item-title">
              ${kindGlyph(item.kind)}
              ${
                o.canShow
                  ? html`<button
                      type="button"
                      class="title link-button"
                      part="title"
                      aria-describedby="show-hint"
                      lang=${textLang(item.name, lang) ?? nothing}
                      @click=${() => o.onShow(item.key)}
                    >
                      ${name}
                    </button>`
                  : html`<strong class="title" part="title">${name}</strong>`
              }
            </p>
            ${itemMeta(item, lang, t, o.opening)}
            ${o.details ? itemDetails(item, lang, t, o.kiosk, o.imageAllowed, o.opening) : nothing}
          </li>`;
        })}
      </ul>
    </div>
  `;
}

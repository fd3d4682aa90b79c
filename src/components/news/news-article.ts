/**
 * An opened news article: its sanitized HTML and the item's own page (a link, or its QR code in
 * kiosk mode). Loaded on the first opening, or with kiosk mode, so a list of headlines does not
 * carry the rich-text and QR code parts.
 */
import { html, type TemplateResult } from 'lit';
import { feedBaseOf } from '../../feed/resolve-urls.js';
import type { NewsItem } from '../../feed/types.js';
import { defineMessages, localText } from '../../internal/i18n.js';
import { takeAway } from '../../internal/parts/take-away-link.js';
import { richText } from '../../internal/rich-text.js';
import type { NewsItemContext } from './news-item.js';

const messages = defineMessages({
  de: { source: 'Zur Meldung auf der Website' },
  en: { source: 'Read it on the website' },
});

/** The article's HTML and, when the item has a page, the way there. */
export function articleBody(
  item: NewsItem,
  body: string,
  ctx: NewsItemContext,
  hidden: TemplateResult,
): TemplateResult {
  const t = messages[ctx.lang];
  const url = item.url;
  return html`
    ${richText(body, { imageOrigins: ctx.imageOrigins, baseUrl: feedBaseOf(item) })}
    ${
      url !== undefined
        ? takeAway({
            url,
            label: `${t.source}: ${localText(item.title, ctx.lang)}`,
            lang: ctx.lang,
            kiosk: Boolean(ctx.kiosk),
            link: () =>
              html`<p class="source">
                <a href=${url} @click=${() => ctx.opened(item)}>${t.source}${hidden}</a>
              </p>`,
          })
        : ''
    }
  `;
}

/** Kiosk mode, an item with only a link: its address as a QR code. */
export function kioskSource(item: NewsItem, url: string, ctx: NewsItemContext): unknown {
  return takeAway({
    url,
    label: `${messages[ctx.lang].source}: ${localText(item.title, ctx.lang)}`,
    lang: ctx.lang,
    kiosk: true,
  });
}

/**
 * An opened news article: its sanitized HTML and the item's own page (a link, or its QR code in
 * kiosk mode). Loaded on the first opening, or with kiosk mode, so a list of headlines does not
 * carry the rich-text and QR code parts.
 */
import { css, html, type TemplateResult } from 'lit';
import { feedBaseOf } from '../../feed/resolve-urls.js';
import type { NewsItem, Text } from '../../feed/types.js';
import { defineMessages, localText, textLang, type Lang } from '../../internal/i18n.js';
import { takeAway } from '../../internal/parts/take-away-link.js';
import { richText } from '../../internal/rich-text.js';

/**
 * What an article needs of its item's context (news-item.ts's `NewsItemContext` has it): named
 * here, so that this lazy part imports nothing back from the list it is loaded by.
 */
export interface ArticleContext {
  readonly lang: Lang;
  readonly kiosk?: boolean;
  /** The origins pictures inside the article's HTML may load from. */
  readonly imageOrigins: readonly string[];
  /** The visitor follows the item's link. */
  opened(item: NewsItem): void;
}

/** The opened article's box and its HTML, adopted with the part (see `usePartsLoaded`). */
export const styles = css`
  .body {
    padding: 0.75em 1em;
    border-left: 4px solid var(--_accent);
    background: var(--_surface-alt);
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }
  .rich-text > :first-child {
    margin-top: 0;
  }
  .rich-text :is(h3, h4, h5, h6) {
    margin: 1em 0 0.5em;
    font-size: 1em;
    line-height: 1.3;
  }
  .rich-text :is(p, ul, ol) {
    margin: 0 0 0.75em;
  }
  .rich-text :is(ul, ol) {
    padding-left: 1.5em;
  }
  .rich-text ul {
    list-style: disc;
  }
  .rich-text ol {
    list-style: decimal;
  }
  .source {
    margin: 0.5em 0 0;
  }
`;

const messages = defineMessages({
  de: { source: 'Zur Meldung auf der Website' },
  en: { source: 'Read it on the website' },
});

/** The article's HTML and, when the item has a page, the way there. */
export function articleBody(
  item: NewsItem,
  body: Text,
  ctx: ArticleContext,
  /** The link's text, named for screen readers by the item's title (see `namedText`). */
  named: (visible: string) => TemplateResult,
): TemplateResult {
  const t = messages[ctx.lang];
  const url = item.url;
  return html`
    ${richText(
      localText(body, ctx.lang),
      { imageOrigins: ctx.imageOrigins, baseUrl: feedBaseOf(item) },
      textLang(body, ctx.lang),
    )}
    ${
      url !== undefined
        ? takeAway({
            url,
            label: `${t.source}: ${localText(item.title, ctx.lang)}`,
            lang: ctx.lang,
            kiosk: Boolean(ctx.kiosk),
            link: () =>
              html`<p class="source">
                <a href=${url} @click=${() => ctx.opened(item)}>${named(t.source)}</a>
              </p>`,
          })
        : ''
    }
  `;
}

/** Kiosk mode, an item with only a link: its address as a QR code. */
export function kioskSource(item: NewsItem, url: string, ctx: ArticleContext): unknown {
  return takeAway({
    url,
    label: `${messages[ctx.lang].source}: ${localText(item.title, ctx.lang)}`,
    lang: ctx.lang,
    kiosk: true,
  });
}

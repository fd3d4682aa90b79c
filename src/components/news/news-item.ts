/**
 * One news item as Lit markup, shared by every layout: image with credit, title, date, city
 * badge, "Neu", categories, summary, and "Weiterlesen" as a link to the item's page or as a
 * disclosure button that opens the (sanitized) article in place.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Image, NewsItem } from '../../feed/types.js';
import { formatDate, isoDay } from '../../internal/format.js';
import {
  common,
  listLang,
  localText,
  namesItsKind,
  textLang,
  type Lang,
} from '../../internal/i18n.js';
import { namedText } from '../../internal/parts/named-link.js';
import { cityBadge } from '../../internal/parts/city-badge.js';
import { isNew } from './news-query.js';
import { messages } from './news.messages.js';

/** What an item needs from its widget: settings, state and handlers. */
export interface NewsItemContext {
  readonly lang: Lang;
  readonly now: number;
  /** Level of the item's title (1–6). */
  readonly headingLevel: number;
  /** The item's date; its publication date when unset (the timeline shows the date it tells of). */
  readonly time?: (item: NewsItem, lang: Lang) => TemplateResult;
  /** A shadow-root-unique id prefix for the item, stable across renders. */
  idFor(item: NewsItem): string;
  isExpanded(item: NewsItem): boolean;
  toggle(item: NewsItem): void;
  /** The visitor follows the item's link. */
  opened(item: NewsItem): void;
  /** Kiosk mode: "Weiterlesen" opens in place and shows the item's address as a QR code. */
  readonly kiosk?: boolean;
  /** False for images from third parties the webmaster did not allow. */
  imageAllowed(src: string): boolean;
  /** The same rule for pictures inside the article's HTML: the origins they may load from. */
  readonly imageOrigins: readonly string[];
  /** The article renderer, once loaded (on the first opening, or in kiosk mode). */
  readonly article: ArticleModule | undefined;
  /** The article renderer did not load: an opened item says so instead of an empty body. */
  readonly articleFailed?: boolean;
}

type ArticleModule = typeof import('./news-article.js');

function langOf(value: Parameters<typeof textLang>[0], lang: Lang) {
  return textLang(value, lang) ?? nothing;
}

/** The picture: `alt` from the feed, or `alt=""` (decorative) when it gave none; credit as text. */
export function newsImage(
  image: Image | undefined,
  ctx: NewsItemContext,
): TemplateResult | typeof nothing {
  if (!image || !ctx.imageAllowed(image.src)) return nothing;
  const t = messages[ctx.lang];
  const alt = localText(image.alt, ctx.lang);
  return html`<figure class="image" part="image">
    <img
      src=${image.src}
      alt=${alt}
      lang=${alt ? langOf(image.alt, ctx.lang) : nothing}
      loading="lazy"
      decoding="async"
    />
    ${
      image.credit !== undefined
        ? html`<figcaption class="credit" lang=${langOf(image.credit, ctx.lang)}>
            ${
              namesItsKind(localText(image.credit, ctx.lang))
                ? nothing
                : html`<span lang=${ctx.lang}>${t.credit}:</span> `
            }${localText(image.credit, ctx.lang)}
          </figcaption>`
        : nothing
    }
  </figure>`;
}

function meta(item: NewsItem, ctx: NewsItemContext): TemplateResult {
  const t = messages[ctx.lang];
  const categories = item.categories.map((c) => localText(c, ctx.lang)).filter(Boolean);
  return html`<p class="meta" part="meta">
    ${
      ctx.time
        ? ctx.time(item, ctx.lang)
        : html`<time datetime=${isoDay(item.date)}>${formatDate(item.date, ctx.lang)}</time>`
    }
    ${cityBadge(item.city, ctx.lang)}
    ${isNew(item, ctx.now) ? html`<span class="new" part="new">${t.isNew}</span>` : nothing}
    ${
      categories.length > 0
        ? html`<span class="categories" part="categories"
            ><span class="visually-hidden">${t.categories}: </span
            ><span lang=${listLang(item.categories, ctx.lang) ?? nothing}
              >${categories.join(' · ')}</span
            ></span
          >`
        : nothing
    }
  </p>`;
}

function readMore(
  item: NewsItem,
  ctx: NewsItemContext,
  id: string,
): TemplateResult | typeof nothing {
  const t = messages[ctx.lang];
  const titleLang = textLang(item.title, ctx.lang);
  const named = (visible: string) => namedText(visible, localText(item.title, ctx.lang), titleLang);
  const { body, url } = item;
  if (body !== undefined) {
    return opensInPlace(item, ctx, id, named, (article) =>
      article.articleBody(item, body, ctx, named),
    );
  }
  // Kiosk mode, an item with only a link: "Weiterlesen" opens its QR code in place.
  if (url !== undefined && ctx.kiosk) {
    return opensInPlace(item, ctx, id, named, (article) => article.kioskSource(item, url, ctx));
  }
  if (url !== undefined) {
    return html`<a class="more" part="more" href=${url} @click=${() => ctx.opened(item)}
      >${named(t.readMore)}</a
    >`;
  }
  return nothing;
}

/**
 * "Weiterlesen" as a button that opens `content` below it (the article, or its QR code); once
 * open, it says "Weniger anzeigen". `named` adds the item's title for screen readers.
 */
function opensInPlace(
  item: NewsItem,
  ctx: NewsItemContext,
  id: string,
  named: (visible: string) => TemplateResult,
  content: (article: NonNullable<NewsItemContext['article']>) => unknown,
): TemplateResult {
  const expanded = ctx.isExpanded(item);
  const t = messages[ctx.lang];
  const label = named(expanded ? t.showLess : t.readMore);
  return html`
    <button
      class="more toggle"
      part="more"
      type="button"
      aria-expanded=${expanded ? 'true' : 'false'}
      aria-controls=${`${id}-body`}
      @click=${() => ctx.toggle(item)}
    >
      <span class="chevron" aria-hidden="true"></span>${label}
    </button>
    <div class="body" part="body" id=${`${id}-body`} ?hidden=${!expanded}>
      ${
        !expanded
          ? nothing
          : ctx.article
            ? content(ctx.article)
            : ctx.articleFailed
              ? html`<p class="part-failed" role="alert">${common[ctx.lang].partFailed}</p>`
              : nothing
      }
    </div>
  `;
}

export function newsItem(item: NewsItem, ctx: NewsItemContext): TemplateResult {
  const id = ctx.idFor(item);
  const level = Math.min(6, Math.max(1, ctx.headingLevel));
  return html`
    <li class="item" part="item" data-id=${item.id}>
      ${newsImage(item.image, ctx)}
      <div class="content">
        <div
          class="title"
          part="title"
          id=${`${id}-title`}
          role="heading"
          aria-level=${level}
          tabindex="-1"
          lang=${langOf(item.title, ctx.lang)}
        >
          ${localText(item.title, ctx.lang)}
        </div>
        ${meta(item, ctx)}
        ${
          item.summary !== undefined
            ? html`<p class="summary" part="summary" lang=${langOf(item.summary, ctx.lang)}>
                ${localText(item.summary, ctx.lang)}
              </p>`
            : nothing
        }
        ${readMore(item, ctx, id)}
      </div>
    </li>
  `;
}

/**
 * "Mehr laden": shows the next page of items. The widget moves focus to the first new item
 * after loading, so keyboard and screen-reader users continue where the new items start.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { common, type Lang } from '../i18n.js';

export function loadMore(
  shown: number,
  total: number,
  lang: Lang,
  onMore: () => void,
): TemplateResult | typeof nothing {
  if (shown >= total) return nothing;
  const of = lang === 'de' ? `${shown} von ${total}` : `${shown} of ${total}`;
  return html`<div class="load-more">
    <button class="button secondary" type="button" part="load-more" @click=${onMore}>
      ${common[lang].loadMore} <span class="meta">(${of})</span>
    </button>
  </div>`;
}

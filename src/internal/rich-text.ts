/**
 * Renders untrusted feed HTML: sanitized first, shown as plain text until DOMPurify is loaded.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { until } from 'lit/directives/until.js';
import { htmlToText, sanitizeHtml, type SanitizeOptions } from './sanitize.js';

/** `lang`: the text's language when it is not the widget's (see `textLang`). */
export function richText(source: string, options?: SanitizeOptions, lang?: string): TemplateResult {
  const safe = sanitizeHtml(source, options).then(
    (clean) => unsafeHTML(clean),
    () => htmlToText(source),
  );
  const content = until(safe, htmlToText(source));
  // No whitespace around the content: a text's first child stays its first node.
  return html`<div class="rich-text" part="rich-text" lang=${lang ?? nothing}>${content}</div>`;
}

/**
 * Renders untrusted feed HTML: sanitized first, shown as plain text until DOMPurify is loaded.
 */
import { html, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { until } from 'lit/directives/until.js';
import { htmlToText, sanitizeHtml, type SanitizeOptions } from './sanitize.js';

export function richText(source: string, options?: SanitizeOptions): TemplateResult {
  const safe = sanitizeHtml(source, options).then(
    (clean) => unsafeHTML(clean),
    () => htmlToText(source),
  );
  return html`<div class="rich-text" part="rich-text">${until(safe, htmlToText(source))}</div>`;
}

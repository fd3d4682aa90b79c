/**
 * The sort control of `<sonnec-downloads>` (date or title): loaded only by widgets with the
 * `filters` attribute.
 */
import { css, html, type TemplateResult } from 'lit';
import { defineMessages, type Lang } from '../../internal/i18n.js';
import type { DownloadSort } from './downloads-query.js';

export const styles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    margin-bottom: var(--_space);
  }
  .toolbar select {
    min-height: 44px;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
`;

const messages = defineMessages({
  de: {
    sortLabel: 'Sortieren nach',
    sortDate: 'Datum (neueste zuerst)',
    sortTitle: 'Titel (A–Z)',
  },
  en: {
    sortLabel: 'Sort by',
    sortDate: 'Date (newest first)',
    sortTitle: 'Title (A–Z)',
  },
});

export function downloadsSort(
  lang: Lang,
  sort: DownloadSort,
  choose: (sort: DownloadSort) => void,
): TemplateResult {
  const t = messages[lang];
  return html`
    <div class="toolbar" part="toolbar">
      <label>
        ${t.sortLabel}
        <select
          @change=${(e: Event) => choose((e.target as HTMLSelectElement).value as DownloadSort)}
        >
          <option value="date" ?selected=${sort === 'date'}>${t.sortDate}</option>
          <option value="title" ?selected=${sort === 'title'}>${t.sortTitle}</option>
        </select>
      </label>
    </div>
  `;
}

/**
 * The `timeline` layout of `<sonnec-news>`: history items under year markers, each dated by the
 * day it tells of. Its markup, styles and label load only for `layout="timeline"`, which few
 * pages use.
 */
import { css, html, type TemplateResult } from 'lit';
import { berlinParts } from '../../feed/berlin-time.js';
import type { NewsItem } from '../../feed/types.js';
import { formatDate, formatYear, isoDay } from '../../internal/format.js';
import { defineMessages, type Lang } from '../../internal/i18n.js';
import { newsItem, type NewsItemContext } from './news-item.js';
import { itemYear, timelineDate } from './news-query.js';

export const styles = css`
  .timeline {
    position: relative;
    padding-left: 1.75em;
  }
  .timeline::before {
    content: '';
    position: absolute;
    top: 0.5em;
    bottom: 0.5em;
    left: 0.5em;
    width: 3px;
    background: var(--_accent);
    border-radius: 2px;
  }
  .year + .year {
    margin-top: calc(var(--_space) * 1.5);
  }
  .year-marker {
    position: relative;
    margin: 0 0 0.5em;
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.2;
    color: var(--_accent);
  }
  .year-marker::before {
    content: '';
    position: absolute;
    left: calc(-1.75em / 1.5 + 0.5em / 1.5 - 0.3em);
    top: 0.3em;
    width: 0.6em;
    height: 0.6em;
    border-radius: 50%;
    background: var(--_surface);
    border: 3px solid var(--_accent);
  }
  .timeline-items > .item + .item {
    margin-top: var(--_space);
  }
  .timeline-items > .item {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .timeline-items > .item:has(> .image) {
    grid-template-columns: var(--_image-width) minmax(0, 1fr);
  }
  .timeline-items time {
    font-weight: 700;
    color: var(--_text);
  }
  @container (max-width: 30em) {
    .timeline-items > .item:has(> .image) {
      grid-template-columns: 1fr;
    }
  }
`;

const messages = defineMessages({
  de: { timeline: 'Zeitleiste' },
  en: { timeline: 'Timeline' },
});

/**
 * A historical date on 1 January stands for the whole year: history often knows only the
 * year ("1901"), and the feed's dates are whole days.
 */
function isYearOnly(epoch: number): boolean {
  const { month, day } = berlinParts(epoch);
  return month === 1 && day === 1;
}

/** The date an item tells of (its publication date when it tells of none). */
function timelineTime(item: NewsItem, lang: Lang): TemplateResult {
  const date = timelineDate(item);
  return item.historicalDate !== undefined && isYearOnly(date)
    ? html`<time datetime=${isoDay(date).slice(0, 4)}>${formatYear(date, lang)}</time>`
    : html`<time datetime=${isoDay(date)}>${formatDate(date, lang)}</time>`;
}

/** One year of the timeline and its items, oldest first. */
export interface NewsYear {
  readonly year: number;
  readonly items: readonly NewsItem[];
}

/** Items in timeline order, grouped by the year they tell of. */
export function groupByYear(items: readonly NewsItem[]): NewsYear[] {
  const years: { year: number; items: NewsItem[] }[] = [];
  for (const item of items) {
    const year = itemYear(item, 'timeline');
    const last = years[years.length - 1];
    if (last && last.year === year) last.items.push(item);
    else years.push({ year, items: [item] });
  }
  return years;
}

/**
 * The shown `items` (in timeline order) under their years: the years at the widget's heading
 * level, the items one below.
 */
export function newsTimeline(items: readonly NewsItem[], ctx: NewsItemContext): TemplateResult {
  const years = groupByYear(items);
  const level = Math.min(6, Math.max(1, ctx.headingLevel));
  const itemCtx = { ...ctx, headingLevel: Math.min(6, level + 1), time: timelineTime };
  return html`<ol class="timeline" part="list" aria-label=${messages[ctx.lang].timeline}>
    ${years.map(
      (year) => html`
        <li class="year" part="year">
          <div class="year-marker" role="heading" aria-level=${level}>${year.year}</div>
          <ul class="items timeline-items" role="list">
            ${year.items.map((item) => newsItem(item, itemCtx))}
          </ul>
        </li>
      `,
    )}
  </ol>`;
}

/**
 * The `compact` layout of `<sonnec-events>` (a sidebar, a partner's box, a kiosk's "coming up"):
 * a lazy part, loaded only by widgets with `layout="compact"` (the drop-in loader starts it
 * beside the widget, see define/sonnec-events-compact.ts), with the styles only it uses.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { startOfBerlinDay, toWall } from '../../feed/berlin-time.js';
import { isoDay } from '../../internal/format.js';
import { localText } from '../../internal/i18n.js';
import { datetimeAttr, lastDay, shortWeekday, timeText } from './event-time.js';
import type { Occurrence } from './events-query.js';
import { langAttr, running, titleButton, type ItemContext } from './event-items.js';

/** "06.12." (both languages): here, not in event-time.ts, so only this layout carries it. */
function dayMonth(epoch: number): string {
  const d = new Date(toWall(epoch));
  return `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.`;
}

/**
 * The date tile: the start day, or for an event over several days that began before the shown
 * range (a market from Friday to Sunday, seen on Saturday) "bis So 06.12.": its past start would
 * read as over.
 */
function dateTile(o: Occurrence, c: ItemContext): TemplateResult {
  const last = lastDay(o);
  const until = last !== undefined && o.start < startOfBerlinDay(c.lower);
  const day = until ? last : o.start;
  return html`<time class="date-block" datetime=${until ? isoDay(last) : datetimeAttr(o)}>
    <span class="weekday">${until ? `${c.t.until} ` : ''}${shortWeekday(day, c.lang)}</span>
    <span class="daymonth">${dayMonth(day)}</span>
  </time>`;
}

export function layout(items: readonly Occurrence[], c: ItemContext): TemplateResult {
  return html`<ul class="compact" role="list">
    ${items.map(
      (o) => html`
        <li class="compact-item" part="item" data-index=${c.indexOf(o)}>
          ${dateTile(o, c)}
          <div class="main">
            ${titleButton(o, c)} ${c.note?.(o)}
            <p class="meta" part="meta">
              ${timeText(o, c.lang, c.t)}${
                o.event.location
                  ? html` ·
                      <span lang=${langAttr(o.event.location.name, c.lang)}
                        >${localText(o.event.location.name, c.lang)}</span
                      >`
                  : nothing
              }
              ${running(o, c)}
            </p>
          </div>
        </li>
      `,
    )}
  </ul>`;
}

export const styles = css`
  .compact-item {
    display: grid;
    grid-template-columns: 3.5em minmax(0, 1fr);
    gap: 0.75em;
    padding: 0.5em 0;
    border-bottom: 1px solid var(--_border);
  }
  .compact-item:last-child {
    border-bottom: 0;
  }
  .date-block {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    padding: 0.25em;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    font-variant-numeric: tabular-nums;
    line-height: 1.2;
  }
  .date-block .weekday {
    font-size: 0.75em;
    text-transform: uppercase;
  }
  .date-block .daymonth {
    font-weight: 700;
    font-size: 0.875em;
  }
  .compact .meta {
    display: block;
    margin-top: 0.1em;
    font-size: 0.875em;
  }
`;

/**
 * The `cards` layout of `<sonnec-events>` (a grid of pictures, a kiosk's week): a lazy part,
 * loaded only by widgets with `layout="cards"` (the drop-in loader starts it beside the widget,
 * see define/sonnec-events-cards.ts), with the styles only it uses.
 */
import { css, html, type TemplateResult } from 'lit';
import { datetimeAttr, shortDate, timeText } from './event-time.js';
import type { Occurrence } from './events-query.js';
import { image, meta, running, summary, titleButton, type ItemContext } from './event-items.js';

export function layout(items: readonly Occurrence[], c: ItemContext): TemplateResult {
  return html`<ul class="cards" role="list">
    ${items.map(
      (o) => html`
        <li class="card" part="item" data-index=${c.indexOf(o)}>
          ${image(o, c, 'card-image')}
          <div class="card-body">
            <p class="when">
              <time datetime=${datetimeAttr(o)}
                >${shortDate(o.start, c.lang)} · ${timeText(o, c.lang, c.t)}</time
              >
              ${running(o, c)}
            </p>
            ${c.heading(titleButton(o, c), 'title', c.headingLevel)} ${c.note?.(o)} ${meta(o, c)}
            ${summary(o, c)}
          </div>
        </li>
      `,
    )}
  </ul>`;
}

export const styles = css`
  .cards {
    --_card-min: var(--sonnec-events-card-min-width, 15em);
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(var(--_card-min), 100%), 1fr));
    gap: var(--_space);
  }
  .card {
    display: flex;
    flex-direction: column;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .card-image {
    width: 100%;
    aspect-ratio: 16 / 9;
    object-fit: cover;
  }
  .card-body {
    display: flex;
    flex-direction: column;
    gap: 0.35em;
    padding: 0.75em 1em 1em;
  }
  .card .when {
    color: var(--_muted);
    font-size: 0.9375em;
  }
`;

import { css } from 'lit';

export const kioskLayoutStyles = css`
  :host {
    height: var(--sonnec-kiosk-height, 100dvh);
    overflow: hidden;
    user-select: none;
    overscroll-behavior: none;
  }
  .base {
    height: 100%;
  }
  /* Signage: a header row, the view filling the screen, the views to choose at the bottom
     (within reach from a wheelchair, and out of the way of the content). */
  .kiosk {
    display: grid;
    grid-template-rows: auto minmax(0, 1fr) auto;
    height: 100%;
  }
  .bar {
    display: flex;
    gap: var(--_space);
    align-items: stretch;
    padding: 12px var(--_space);
    border-bottom: 4px solid var(--_accent);
    background: var(--_surface-alt);
  }
  /* Each item centres its own content: the row's items share one top and one bottom. */
  .bar > * {
    display: flex;
    align-items: center;
    margin: 0;
  }
  .view-title {
    flex: 1 1 auto;
    min-width: 0;
    font-size: 1.75em;
    font-weight: 700;
    line-height: 1.15;
  }
  .clock time {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    white-space: nowrap;
  }
  .clock .time {
    font-size: 1.75em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .play {
    flex: none;
    gap: 0.4em;
    min-width: 48px;
    min-height: 56px;
  }
  .play .icon {
    font-size: 1.2em;
    line-height: 1;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: 8px var(--_space);
    align-items: center;
    justify-content: space-between;
    padding: 12px var(--_space);
    border-top: 1px solid var(--_border);
    background: var(--_surface-alt);
  }
  .brand {
    margin: 0;
    font-weight: 700;
  }
  .nav {
    display: flex;
    flex: 1 1 auto;
    flex-wrap: wrap;
    gap: 8px;
    justify-content: flex-end;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .nav .button[aria-current='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .views {
    position: relative;
    min-height: 0;
    container-type: size;
  }
  .view {
    height: 100%;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: var(--_space);
    animation: sonnec-kiosk-in 400ms ease-out;
  }
  @keyframes sonnec-kiosk-in {
    from {
      opacity: 0;
      transform: translateX(3%);
    }
    to {
      opacity: 1;
      transform: none;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .view {
      animation: none;
    }
  }
  .view > * {
    --sonnec-map-height: calc(100cqh - 2 * var(--_space) - 14em);
  }
  /* The featured destination fills the screen: its picture takes the room the text leaves
     (beside the text in landscape). */
  .place {
    display: flex;
    flex-direction: column;
    max-width: 46em;
    min-height: 100%;
    margin: 0 auto;
  }
  .place > * {
    flex: none;
  }
  .place img {
    display: block;
    flex: 1 1 0;
    width: 100%;
    min-height: 12em;
    object-fit: cover;
    border-radius: var(--_radius);
  }
  @container (min-aspect-ratio: 4 / 3) {
    .place {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      grid-auto-rows: min-content;
      column-gap: calc(var(--_space) * 2);
      align-content: start;
      max-width: none;
      height: 100%;
      min-height: 0;
    }
    .place > * {
      grid-column: 2;
    }
    .place img {
      grid-column: 1;
      grid-row: 1 / span 12;
      height: 100%;
      min-height: 0;
    }
  }
  .place .eyebrow {
    margin: 0 0 0.25em;
    color: var(--_muted);
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.05em;
  }
  .place .heading {
    font-size: 2em;
  }
  .warning {
    position: fixed;
    inset: auto var(--_space) var(--_space);
    z-index: 10;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    justify-content: space-between;
    padding: var(--_space);
    border: 3px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 0.5em 2em rgb(0 0 0 / 0.35);
  }
  .warning p {
    margin: 0;
  }
  .warning strong {
    font-size: 1.25em;
  }
  /* "Heute": today's events on top, the next days' events filling the rest of the screen
     (in landscape: in three columns, under cards that take the whole width). */
  .today {
    display: grid;
    grid-template-rows: auto minmax(0, 1fr);
    gap: calc(var(--_space) * 1.5);
    min-height: 100%;
  }
  .coming-up {
    display: flex;
    flex-direction: column;
    min-height: 0;
  }
  .coming-up[hidden] {
    display: none;
  }
  .coming-up .heading {
    margin: 0 0 0.5em;
    font-size: 1.5em;
  }
  .coming-up-list {
    flex: 1 1 0;
    min-height: 0;
    overflow: hidden;
  }
  @container (min-aspect-ratio: 4 / 3) {
    .today {
      height: 100%;
    }
    /* Up to six cards a row; fewer share the width (larger pictures, no empty columns). */
    .today-now {
      --sonnec-events-card-min-width: 13em;
    }
    /* A quiet day's few wide cards: pictures low enough to leave "Demnächst" its rows. */
    .today-now sonnec-events::part(image) {
      max-height: 28cqh;
    }
    .coming-up-list sonnec-events {
      column-count: 3;
      column-gap: calc(var(--_space) * 1.5);
    }
    .coming-up-list sonnec-events::part(item) {
      break-inside: avoid;
    }
  }
  /* The featured destination's code is what a passer-by takes along: larger. */
  .place {
    --_qr-size: 280px;
  }
`;

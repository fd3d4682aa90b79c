import { css } from 'lit';

export const eventsStyles = css`
  :host {
    --_day-bg: var(--sonnec-events-day-background, transparent);
    /* The focus colour of the palette: readable on the surface in light and dark. */
    --_running: var(--sonnec-events-running, var(--_focus));
  }
  /* Our own lists, not those in an event's description (they keep their bullets). */
  ul:not(.rich-text *) {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  p {
    margin: 0;
  }
  /*
   * Days far below the fold are laid out and painted only when scrolled near: a long list
   * shows its first days sooner. They stay in the accessibility tree and in find-in-page.
   */
  .day {
    content-visibility: auto;
    contain-intrinsic-size: auto 20em;
  }
  .day + .day {
    margin-top: calc(var(--_space) * 1.25);
  }
  .day-heading {
    margin: 0 0 0.25em;
    padding: 0.25em 0;
    background: var(--_day-bg);
    border-bottom: 2px solid var(--_accent);
    font-size: 1.0625em;
    font-weight: 700;
  }
  .item {
    display: grid;
    grid-template-columns: 8.5em minmax(0, 1fr) auto;
    gap: 0.25em 1em;
    padding: 0.75em 0;
    border-bottom: 1px solid var(--_border);
  }
  /*
   * Narrow (a phone, or a sidebar on any screen: the widget's width, not the window's): the
   * picture goes beside the time, and the title gets the whole width (no word broken in two).
   */
  .base {
    container-type: inline-size;
  }
  @container (max-width: 34em) {
    .item {
      grid-template: 'when thumb' 'main main' / minmax(0, 1fr) auto;
    }
    .item .when {
      grid-area: when;
    }
    .item .main {
      grid-area: main;
    }
    .item .thumb {
      grid-area: thumb;
    }
  }
  .when {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  /* A heading div (see SonnecElement.heading), no margin of its own. */
  .title {
    font-size: 1.0625em;
    font-weight: 700;
    line-height: 1.35;
  }
  .title-button {
    display: inline;
    margin: 0;
    padding: 0;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.6em;
    align-items: center;
    margin-top: 0.25em;
  }
  .summary {
    margin-top: 0.35em;
  }
  .running,
  .status {
    display: inline-block;
    margin-inline-start: 0.35em;
    padding: 0 0.45em;
    border: 1px solid currentColor;
    border-radius: 999px;
    color: var(--_running);
    font-size: 0.8125em;
    font-weight: 700;
    white-space: nowrap;
  }
  /* Text and surface swapped: their contrast, in every theme; the border stays in forced colours. */
  .status {
    color: var(--_surface);
    background: var(--_text);
  }
  .thumb {
    width: 6em;
    height: 4.5em;
    object-fit: cover;
    border-radius: var(--_radius);
  }
  .load-more {
    margin-top: var(--_space);
    text-align: center;
  }
`;

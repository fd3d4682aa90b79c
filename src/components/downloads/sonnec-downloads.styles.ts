import { css } from 'lit';

export const downloadsStyles = css`
  :host {
    --_icon-bg: var(--sonnec-downloads-icon-background, var(--_surface-alt));
  }
  .group + .group {
    margin-top: calc(var(--_space) * 1.5);
  }
  .group-title {
    margin: 0 0 0.5em;
    font-size: 1.125em;
    font-weight: 700;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .item {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.75em;
    padding: 0.75em 0;
    border-top: 1px solid var(--_border);
  }
  .item:last-child {
    border-bottom: 1px solid var(--_border);
  }
  .icon {
    display: grid;
    place-items: center;
    width: 3.25em;
    height: 3.25em;
    border-radius: var(--_radius);
    background: var(--_icon-bg);
    color: var(--_accent);
    font-size: 0.8125em;
    font-weight: 700;
  }
  .title {
    font-weight: 600;
  }
  .filetype {
    font-weight: 400;
    white-space: nowrap;
  }
  .summary,
  .meta {
    margin: 0.25em 0 0;
  }
`;

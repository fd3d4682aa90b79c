import { css } from 'lit';

export const mapStyles = css`
  /* The state border's colour (--_map-border) is set with the drawn map's styles. */
  :host {
    --_map-height: var(--sonnec-map-height, 420px);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: flex-end;
    justify-content: space-between;
    margin-bottom: var(--_space);
  }
  .toolbar .filter-bar {
    flex: 1 1 24em;
    margin: 0;
  }
  .views {
    display: inline-flex;
  }
  .views .button {
    border-radius: 0;
  }
  .views .button:first-child {
    border-radius: var(--_radius) 0 0 var(--_radius);
  }
  .views .button:last-child {
    border-radius: 0 var(--_radius) var(--_radius) 0;
    margin-inline-start: -2px;
  }
  .views [aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .layout {
    display: grid;
    gap: var(--_space);
  }
  @media (min-width: 52em) {
    .layout:not(.list-only) {
      grid-template-columns: minmax(0, 2fr) minmax(14em, 1fr);
    }
    .layout:not(.list-only) .list {
      max-height: var(--_map-height);
      overflow-y: auto;
    }
  }
  .frame {
    position: relative;
  }
  .map {
    height: var(--_map-height);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    font: inherit;
    z-index: 0;
  }
  .map-status {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    margin: 0;
    color: var(--_muted);
    pointer-events: none;
  }
  .notice:empty {
    display: none;
  }
  .notice {
    margin: 0.5em 0 0;
    color: var(--_muted);
  }
  .glyph {
    display: inline-grid;
    place-items: center;
    width: 1.6em;
    height: 1.6em;
    border: 2px solid #fff;
    border-radius: 50%;
    background: var(--_kind, var(--_accent));
    color: #fff;
    font-size: 0.8125em;
    line-height: 1;
    flex: none;
  }
  .list {
    position: relative;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    padding: 0.6em 0.5em;
    border-top: 1px solid var(--_border);
  }
  .item[aria-current='true'] {
    background: var(--_surface-alt);
    box-shadow: inset 4px 0 0 var(--_accent);
  }
  .item p {
    margin: 0.25em 0 0;
  }
  .item-title {
    display: flex;
    gap: 0.5em;
    align-items: center;
  }
  .item .title {
    padding: 0.25em 0;
    min-height: 44px;
  }
  strong.title {
    color: inherit;
    text-decoration: none;
  }
  .list.details .item {
    padding: 1em 0.5em;
  }
  .list.details img,
  .popup img {
    display: block;
    max-height: 10em;
    margin-top: 0.5em;
    border-radius: var(--_radius);
    object-fit: cover;
  }
`;

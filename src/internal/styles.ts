/**
 * Styles every widget shares. The host sets font, size, colour and line height itself, because
 * inherited styles of the host page (and its `rem`) cross the shadow boundary.
 * Public tokens: --sonnec-*; private ones: --_*.
 */
import { css } from 'lit';

/** The dark palette: used when the visitor prefers it, or when the webmaster sets theme="dark". */
const darkTokens = css`
  --_accent: var(--sonnec-accent, #7cc4f0);
  --_accent-text: var(--sonnec-accent-text, #0d1117);
  --_text: var(--sonnec-text, #e8eaed);
  --_muted: var(--sonnec-muted, #b4bac2);
  --_surface: var(--sonnec-surface, #15191e);
  --_surface-alt: var(--sonnec-surface-alt, #222830);
  --_border: var(--sonnec-border, #768390);
  --_danger: var(--sonnec-danger, #ff8a8a);
  --_focus: var(--sonnec-focus, #ffb35c);
  --_city-sonneberg: var(--sonnec-city-sonneberg, #7fd6ab);
  --_city-neustadt: var(--sonnec-city-neustadt, #f3a98a);
  --_city-both: var(--sonnec-city-both, #b7c7d6);
`;

export const hostStyles = css`
  :host {
    --_accent: var(--sonnec-accent, #005a87);
    --_accent-text: var(--sonnec-accent-text, #ffffff);
    --_text: var(--sonnec-text, #1f2328);
    --_muted: var(--sonnec-muted, #4d535b);
    --_surface: var(--sonnec-surface, #ffffff);
    --_surface-alt: var(--sonnec-surface-alt, #f3f5f7);
    --_border: var(--sonnec-border, #7d8590);
    --_danger: var(--sonnec-danger, #a4161a);
    --_focus: var(--sonnec-focus, #c05600);
    --_radius: var(--sonnec-radius, 8px);
    --_font: var(
      --sonnec-font,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      sans-serif
    );
    --_font-size: var(--sonnec-font-size, 16px);
    --_space: var(--sonnec-space, 16px);
    --_city-sonneberg: var(--sonnec-city-sonneberg, #0b5d3b);
    --_city-neustadt: var(--sonnec-city-neustadt, #7a2e0e);
    --_city-both: var(--sonnec-city-both, #34495e);

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--_font);
    font-size: var(--_font-size);
    font-weight: 400;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    text-align: start;
    /* Our texts are German and English: a right-to-left host page must not mirror them. */
    direction: ltr;
    text-transform: none;
    word-spacing: normal;
    /*
     * Long compounds and tokens wrap at 320 px without a hyphenation dictionary (WCAG 1.4.10):
     * "anywhere", unlike "break-word", also lets flex and grid items shrink below a long word.
     */
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  /* The webmaster's fallback content sits on our surface: give its links our colour. */
  ::slotted(a) {
    color: var(--_accent);
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  /* A button that reads as a link: an item's title that opens it (events, map list). */
  .link-button {
    border: 0;
    background: none;
    color: var(--_accent);
    font-weight: 700;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .link-button:hover {
    text-decoration-thickness: 2px;
  }
  /*
   * Forced colours (Windows high contrast) drop backgrounds and shadows: a pressed toggle, the
   * current view or place keeps an inner outline. Specificity 0, so a focus ring still wins.
   */
  @media (forced-colors: active) {
    :where([aria-pressed='true'], [aria-current='true']) {
      outline: 3px solid Highlight;
      outline-offset: -6px;
    }
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }
  img {
    max-width: 100%;
    height: auto;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 44px;
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
    cursor: pointer;
  }
  .button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  .panel {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .panel.error {
    border-color: var(--_danger);
  }
  .panel p {
    margin: 0 0 0.75em;
  }
  .panel p:last-child {
    margin-bottom: 0;
  }
  .loading {
    color: var(--_muted);
  }
  .badge {
    display: inline-block;
    padding: 0.05em 0.5em;
    border-radius: 999px;
    font-size: 0.8125em;
    font-weight: 600;
    color: #fff;
    background: var(--_city-both);
  }
  .badge.sonneberg {
    background: var(--_city-sonneberg);
  }
  .badge.neustadt {
    background: var(--_city-neustadt);
  }
  :host([theme='dark']) .badge,
  .badge.dark {
    color: #0d1117;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) .badge {
      color: #0d1117;
    }
  }
  .meta {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .heading {
    margin: 0 0 0.5em;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  /* "Stand: …" under a feed that is not fresh (last good copy). */
  .stale {
    margin: 0.5em 0 0;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;

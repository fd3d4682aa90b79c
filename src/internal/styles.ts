/**
 * Styles every widget shares. The host sets font, size, colour and line height itself, because
 * inherited styles of the host page (and its `rem`) cross the shadow boundary.
 * Public tokens: --sonnec-*; private ones: --_*.
 */
import { css, unsafeCSS } from 'lit';

/**
 * The colour tokens: [public name, light value, dark value]. Which palette a widget uses follows
 * its `color-scheme`: inherited from the page (`<meta name="color-scheme">` or the page's CSS;
 * none or only `light` stays light, `light dark` follows the visitor's device, `dark` is dark),
 * or set by the `theme` attribute (`light`, `dark`, or `auto` for the device).
 */
const PALETTE: readonly (readonly [string, string, string])[] = [
  ['accent', '#005a87', '#7cc4f0'],
  ['accent-text', '#fff', '#0d1117'],
  ['text', '#1f2328', '#e8eaed'],
  ['muted', '#4d535b', '#b4bac2'],
  ['surface', '#fff', '#15191e'],
  ['surface-alt', '#f3f5f7', '#222830'],
  ['border', '#7d8590', '#768390'],
  ['danger', '#a4161a', '#ff8a8a'],
  ['focus', '#c05600', '#ffb35c'],
  ['city-sonneberg', '#0b5d3b', '#7fd6ab'],
  ['city-neustadt', '#7a2e0e', '#f3a98a'],
  ['city-both', '#34495e', '#b7c7d6'],
];

const tokens = (pick: (light: string, dark: string, name: string) => string) =>
  unsafeCSS(PALETTE.map(([name, l, d]) => `--_${name}:${pick(l, d, name)};`).join(''));

/**
 * In the dark palette a page's accent (chosen for its light page, as a rule) is lightened to at
 * least OKLCH lightness 0.78 and the text on it darkened to at most 0.25: 4.5:1 on the dark
 * surfaces whatever the page sets. Colours already that light (the dark presets') stay as they are.
 */
const DARK_CLAMP: Record<string, string> = { accent: 'max(l,.78)', 'accent-text': 'min(l,.25)' };

/** Browsers with light-dark() and relative colours: one set of tokens for every scheme. */
const schemeTokens = tokens((l, d, name) => {
  const clamp = DARK_CLAMP[name];
  const dark = clamp
    ? `oklch(from var(--sonnec-${name},${d}) ${clamp} c h)`
    : `var(--sonnec-${name},${d})`;
  return `light-dark(var(--sonnec-${name},${l}),${dark})`;
});
/** Older browsers: the light palette, and the dark one where `theme` asks for it. */
const lightTokens = tokens((l, _d, name) => `var(--sonnec-${name},${l})`);
const darkTokens = tokens((_l, d, name) => `var(--sonnec-${name},${d})`);

export const hostStyles = css`
  :host {
    ${lightTokens}
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

    display: block;
    box-sizing: border-box;
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
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
    ${darkTokens}
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }
  @supports (color: light-dark(#000, #fff)) and (color: oklch(from #000 l c h)) {
    :host,
    :host([theme]) {
      ${schemeTokens}
    }
  }
  :host([hidden]) {
    display: none;
  }
  /*
   * Our surface and text colour: on the base, not the host, so that the webmaster's fallback
   * content (slotted after the base) keeps the page's own colours on the page's own background.
   */
  .base {
    color: var(--_text);
    background: var(--_surface);
  }
  .base + slot {
    display: block;
    margin-top: 0.75em;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  /* Links, and buttons that read as links: an item's title that opens it (events, map list). */
  a,
  .link-button {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover,
  .link-button:hover {
    text-decoration-thickness: 2px;
  }
  .link-button {
    border: 0;
    background: none;
    font-weight: 700;
    text-align: start;
    cursor: pointer;
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
    color: light-dark(#fff, #0d1117);
    background: var(--_city-both);
  }
  .badge.sonneberg {
    background: var(--_city-sonneberg);
  }
  .badge.neustadt {
    background: var(--_city-neustadt);
  }
  /* Browsers without light-dark(): dark text where the theme attribute makes the palette dark. */
  :host([theme='dark']) .badge {
    color: #0d1117;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) .badge {
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
`;

/**
 * No motion for a visitor who asked for none, for the styles that move something: news' chevron
 * includes it (`${unsafeCSS(REDUCED_MOTION)}`), Leaflet's lazy styles hold a copy. A page whose
 * widgets do not move (events, downloads) does not carry it. A plain string, written minified:
 * a bundle drops an unused string, but keeps every css`…` of a module it imports.
 */
export const REDUCED_MOTION =
  '@media (prefers-reduced-motion:reduce){*,*::before,*::after{animation-duration:.01ms!important;transition-duration:.01ms!important;scroll-behavior:auto!important}}';

/**
 * Theme presets: nothing but values for the public `--sonnec-*` custom properties, so that a
 * webmaster can copy one block into a page's CSS. This module is the source; the files
 * `src/themes/<id>.css` (and `dist/themes/<id>.css` in a build) are written from it by
 * `scripts/build-themes.mjs`, and a test checks that they match.
 *
 * Each preset pins one palette (it sets every colour token, so the visitor's `prefers-color-scheme`
 * no longer changes the colours). Pair it with the matching `theme` attribute on the widgets
 * (`theme="light"` or `theme="dark"`): the few colours that are not tokens, such as the text on
 * the city badges, follow that attribute.
 *
 * No imports here: the build script transpiles this file on its own.
 */

/** The colour tokens every preset sets, in the order they are written. */
export const THEME_TOKENS = [
  'accent',
  'accent-text',
  'text',
  'muted',
  'surface',
  'surface-alt',
  'border',
  'danger',
  'focus',
  'city-sonneberg',
  'city-neustadt',
  'city-both',
] as const;

export type ThemeToken = (typeof THEME_TOKENS)[number];
export type ThemeScheme = 'light' | 'dark';
export type ThemeBrand = 'sonneberg' | 'neustadt' | 'sonnec';
export type ThemeId = `${ThemeBrand}-${ThemeScheme}`;

export interface ThemePreset {
  readonly id: ThemeId;
  readonly brand: ThemeBrand;
  /** The palette it sets; the widgets' `theme` attribute should say the same. */
  readonly scheme: ThemeScheme;
  readonly name: { readonly de: string; readonly en: string };
  readonly tokens: Readonly<Record<ThemeToken, string>>;
}

/** City colours: the same in every light preset (white badge text) … */
const CITIES_LIGHT = {
  'city-sonneberg': '#0b5d3b',
  'city-neustadt': '#7a2e0e',
  'city-both': '#34495e',
} as const;
/** … and in every dark preset (dark badge text), so a town keeps its colour across sites. */
const CITIES_DARK = {
  'city-sonneberg': '#7fd6ab',
  'city-neustadt': '#f3a98a',
  'city-both': '#b7c7d6',
} as const;

export const THEME_PRESETS: readonly ThemePreset[] = [
  {
    id: 'sonneberg-light',
    brand: 'sonneberg',
    scheme: 'light',
    name: { de: 'Sonneberg, hell', en: 'Sonneberg, light' },
    tokens: {
      accent: '#0b6b3a',
      'accent-text': '#ffffff',
      text: '#17251d',
      muted: '#4a5a50',
      surface: '#ffffff',
      'surface-alt': '#eff5f1',
      border: '#7b8f83',
      danger: '#a4161a',
      focus: '#b34700',
      ...CITIES_LIGHT,
    },
  },
  {
    id: 'sonneberg-dark',
    brand: 'sonneberg',
    scheme: 'dark',
    name: { de: 'Sonneberg, dunkel', en: 'Sonneberg, dark' },
    tokens: {
      accent: '#7fd6a4',
      'accent-text': '#0b1a11',
      text: '#e6efe9',
      muted: '#b3c4b9',
      surface: '#0f1a14',
      'surface-alt': '#1a2a21',
      border: '#6f8a7a',
      danger: '#ff8a8a',
      focus: '#ffb35c',
      ...CITIES_DARK,
    },
  },
  {
    id: 'neustadt-light',
    brand: 'neustadt',
    scheme: 'light',
    name: { de: 'Neustadt b. Coburg, hell', en: 'Neustadt b. Coburg, light' },
    tokens: {
      accent: '#8c2a12',
      'accent-text': '#ffffff',
      text: '#2a1c17',
      muted: '#5e4a43',
      surface: '#ffffff',
      'surface-alt': '#f9f2ef',
      border: '#9a847c',
      danger: '#a3000f',
      focus: '#1d5fa8',
      ...CITIES_LIGHT,
    },
  },
  {
    id: 'neustadt-dark',
    brand: 'neustadt',
    scheme: 'dark',
    name: { de: 'Neustadt b. Coburg, dunkel', en: 'Neustadt b. Coburg, dark' },
    tokens: {
      accent: '#f2a98c',
      'accent-text': '#1c0f0a',
      text: '#f3e9e5',
      muted: '#cdbab3',
      surface: '#1c1311',
      'surface-alt': '#2b1f1b',
      border: '#8f7970',
      danger: '#ff8f8f',
      focus: '#8cc4ff',
      ...CITIES_DARK,
    },
  },
  {
    id: 'sonnec-light',
    brand: 'sonnec',
    scheme: 'light',
    name: { de: 'SON.NEC, hell', en: 'SON.NEC, light' },
    tokens: {
      accent: '#00508c',
      'accent-text': '#ffffff',
      text: '#1b2430',
      muted: '#4a5563',
      surface: '#ffffff',
      'surface-alt': '#eff4f9',
      border: '#7d8a9a',
      danger: '#a4161a',
      focus: '#c05600',
      ...CITIES_LIGHT,
    },
  },
  {
    id: 'sonnec-dark',
    brand: 'sonnec',
    scheme: 'dark',
    name: { de: 'SON.NEC, dunkel', en: 'SON.NEC, dark' },
    tokens: {
      accent: '#8cc8f5',
      'accent-text': '#0a1622',
      text: '#e7edf4',
      muted: '#b1bccb',
      surface: '#0e1620',
      'surface-alt': '#18232f',
      border: '#6c7d91',
      danger: '#ff8a8a',
      focus: '#ffb35c',
      ...CITIES_DARK,
    },
  },
];

/** The preset with this id, if any. */
export function themePreset(id: string | undefined): ThemePreset | undefined {
  return THEME_PRESETS.find((preset) => preset.id === id);
}

/** The declarations of a preset, one `--sonnec-…: value;` per line. */
export function themeDeclarations(preset: ThemePreset, indent = '  '): string {
  return THEME_TOKENS.map((token) => `${indent}--sonnec-${token}: ${preset.tokens[token]};`).join(
    '\n',
  );
}

/** A preset as a CSS rule for `selector`, with a comment saying which `theme` to pair it with. */
export function themeCss(preset: ThemePreset, selector = ':root'): string {
  return [
    `/* SON.NEC Widgets – ${preset.name.de} / ${preset.name.en}. Mit theme="${preset.scheme}" verwenden / use with theme="${preset.scheme}". */`,
    `${selector} {`,
    themeDeclarations(preset),
    '}',
    '',
  ].join('\n');
}

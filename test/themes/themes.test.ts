import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/sonnec-downloads.js';
import type { SonnecDownloads } from '../../src/components/downloads/sonnec-downloads.js';
import { clearFeedCache } from '../../src/feed/store.js';
import {
  THEME_PRESETS,
  THEME_TOKENS,
  themeCss,
  themeDeclarations,
  type ThemeScheme,
  type ThemeToken,
} from '../../src/themes/presets.js';
import { toHex } from '../helpers/colour.js';
import { GOOD_FEED, settled } from '../helpers/widgets.js';
import { contrast } from './contrast.js';

/** Text colour on the city badges: the widgets' own choice per palette (not a token). */
const BADGE_TEXT = { light: '#ffffff', dark: '#0d1117' } as const;

/** [foreground, background, minimum ratio, why]. */
type Pair = [string, string, number, string];
type Palette = Readonly<Record<ThemeToken, string>>;

/**
 * WCAG 1.4.11: the colours that draw a control's boundary (field and button borders, filled
 * buttons, the pressed toggle, the current list entry's bar, the focus ring) and the surfaces
 * they sit on or next to (the widget's surface; the filter bar, kiosk bar and map list's
 * `surface-alt`). Every pair must reach 3:1.
 */
const NON_TEXT_PAIRS: readonly (readonly [ThemeToken, ThemeToken])[] = [
  ['border', 'surface'],
  ['border', 'surface-alt'],
  ['accent', 'surface'],
  ['accent', 'surface-alt'],
  ['focus', 'surface'],
  ['focus', 'surface-alt'],
];

function pairs(tokens: Palette, scheme: ThemeScheme): Pair[] {
  const t = (token: ThemeToken) => tokens[token];
  const result: Pair[] = [];
  for (const bg of ['surface', 'surface-alt'] as const) {
    for (const fg of ['text', 'muted', 'accent', 'danger'] as const) {
      result.push([t(fg), t(bg), 4.5, `${fg} on ${bg} (text, 1.4.3)`]);
    }
  }
  for (const [boundary, next] of NON_TEXT_PAIRS) {
    result.push([t(boundary), t(next), 3, `${boundary} next to ${next} (non-text, 1.4.11)`]);
  }
  result.push([t('accent-text'), t('accent'), 4.5, 'button text on accent (1.4.3)']);
  for (const city of ['city-sonneberg', 'city-neustadt', 'city-both'] as const) {
    result.push([BADGE_TEXT[scheme], t(city), 4.5, `badge text on ${city} (1.4.3)`]);
  }
  return result;
}

function contrastFailures(tokens: Palette, scheme: ThemeScheme): string[] {
  return pairs(tokens, scheme)
    .map(([fg, bg, min, why]) => ({ ratio: contrast(fg, bg), min, why, fg, bg }))
    .filter(({ ratio, min }) => ratio < min)
    .map(({ ratio, min, why, fg, bg }) => `${why}: ${fg} on ${bg} = ${ratio.toFixed(2)} < ${min}`);
}

/** The widgets' built-in palette (no preset, no token set by the page), read from a widget. */
async function defaultPalette(scheme: ThemeScheme): Promise<Palette> {
  const el = await fixture<SonnecDownloads>(
    html`<sonnec-downloads src=${GOOD_FEED} theme=${scheme}></sonnec-downloads>`,
  );
  await settled(el);
  // The tokens are light-dark() pairs: a probe inside the widget resolves each in its scheme.
  const probe = document.createElement('span');
  el.shadowRoot!.append(probe);
  const palette = Object.fromEntries(
    THEME_TOKENS.map((token) => {
      probe.style.color = `var(--_${token})`;
      return [token, toHex(getComputedStyle(probe).color)];
    }),
  ) as Record<ThemeToken, string>;
  probe.remove();
  el.remove();
  return palette;
}

describe('default palettes', () => {
  afterEach(() => clearFeedCache());

  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: every text and control colour meets WCAG 2.1 AA contrast`, async () => {
      const palette = await defaultPalette(scheme);
      expect(palette.border).to.match(/^#[0-9a-f]{6}$/i);
      const failures = contrastFailures(palette, scheme);
      expect(failures, failures.join('\n')).to.deep.equal([]);
    });
  }
});

describe('theme presets', () => {
  afterEach(() => clearFeedCache());

  it('has Sonneberg, Neustadt and SON.NEC, each light and dark, setting every token', () => {
    expect(THEME_PRESETS.map((p) => p.id)).to.have.members([
      'sonneberg-light',
      'sonneberg-dark',
      'neustadt-light',
      'neustadt-dark',
      'sonnec-light',
      'sonnec-dark',
    ]);
    for (const preset of THEME_PRESETS) {
      expect(Object.keys(preset.tokens)).to.have.members([...THEME_TOKENS]);
      expect(preset.id).to.equal(`${preset.brand}-${preset.scheme}`);
    }
  });

  for (const preset of THEME_PRESETS) {
    it(`${preset.id}: every text and control colour meets WCAG 2.1 AA contrast`, () => {
      const failures = contrastFailures(preset.tokens, preset.scheme);
      expect(failures, failures.join('\n')).to.deep.equal([]);
    });

    it(`${preset.id}: src/themes/${preset.id}.css is up to date (npm run themes)`, async () => {
      const response = await fetch(`/src/themes/${preset.id}.css`, { cache: 'no-store' });
      expect(response.ok).to.be.true;
      expect(await response.text()).to.equal(themeCss(preset));
    });

    it(`${preset.id}: the widget takes the colours and has no axe violations`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div style=${themeDeclarations(preset, '')}>
          <sonnec-downloads src=${GOOD_FEED} theme=${preset.scheme} filters></sonnec-downloads>
        </div>
      `);
      const el = wrapper.querySelector<SonnecDownloads>('sonnec-downloads')!;
      await settled(el);
      expect(el.getAttribute('state')).to.equal('ready');
      // The surface and text colour sit on the widget's base (the host keeps the page's).
      const style = getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!);
      expect(style.backgroundColor).to.equal(rgb(preset.tokens.surface));
      expect(style.color).to.equal(rgb(preset.tokens.text));
      const link = el.shadowRoot!.querySelector('a')!;
      // The dark palette may lift an accent (computed as oklch()): the presets' are light enough.
      expect(toHex(getComputedStyle(link).color)).to.equal(preset.tokens.accent);
      await expect(el).to.be.accessible();
    });
  }
});

function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

describe('contrast()', () => {
  it('matches known WCAG ratios', () => {
    expect(contrast('#000000', '#ffffff')).to.equal(21);
    expect(contrast('#fff', '#fff')).to.equal(1);
    expect(contrast('#767676', '#ffffff')).to.be.closeTo(4.54, 0.01);
    expect(contrast('#777777', '#ffffff')).to.be.below(4.5);
  });
});

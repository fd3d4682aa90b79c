/** WCAG 2.1 relative luminance and contrast ratio, for the theme tests. */
import { toHex } from '../helpers/colour.js';

/**
 * `#rgb`, `#rrggbb` or an opaque `rgb(r, g, b)` (what `getComputedStyle` returns) → [r, g, b] in
 * 0…255; throws on anything else.
 */
export function parseColour(colour: string): [number, number, number] {
  const rgb = /^rgba?\((\d+), (\d+), (\d+)(?:, 1)?\)$/.exec(colour.trim());
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  // Computed colours may come back as oklch() (relative colours): the browser converts them.
  const hexOf = (c: string) =>
    /^#/.test(c.trim()) || !/^(oklch|oklab|lab|lch|color)\(/.test(c) ? c : toHex(c);
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hexOf(colour).trim());
  if (!match) throw new Error(`not an opaque colour: ${colour}`);
  let hex = match[1]!;
  if (hex.length === 3) hex = [...hex].map((c) => c + c).join('');
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** https://www.w3.org/TR/WCAG21/#dfn-relative-luminance */
export function luminance(colour: string): number {
  const [r, g, b] = parseColour(colour).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

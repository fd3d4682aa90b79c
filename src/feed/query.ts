/**
 * Pure filters shared by every widget's query: city, category and free text.
 * They read the feed model only; no Lit, no DOM.
 */
import type { CityId, Text } from './types.js';

/** Items for both cities always match; no wanted city matches everything. */
export function matchesCity(city: CityId, wanted: CityId | undefined): boolean {
  return !wanted || wanted === 'both' || city === 'both' || city === wanted;
}

/** Every language of a text, for matching what a visitor or webmaster typed in either language. */
export function allLanguages(text: Text | undefined): string[] {
  if (text === undefined) return [];
  return typeof text === 'string' ? [text] : Object.values(text);
}

/** True when any of the item's categories (in any language) is among the wanted (lower-case). */
export function matchesCategories(categories: readonly Text[], wanted: readonly string[]): boolean {
  if (wanted.length === 0) return true;
  return categories.some((category) =>
    allLanguages(category).some((name) => wanted.includes(name.toLowerCase())),
  );
}

/** Lower case without diacritics, so "Fruehling", "frühling" and "Frühling" meet. */
export function foldText(value: string): string {
  const lower = value.toLowerCase();
  // Plain ASCII (most search input, many texts) has nothing to fold: skip the normalizing.
  if (!/[^\n\x20-\x7e]/.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss');
}

/**
 * True when every word of the query occurs in one of the texts. `haystack` is the folded
 * text of an item, built once per item (see `searchText`), not once per keystroke.
 */
export function matchesQuery(haystack: string, query: string): boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  return words.every((word) => haystack.includes(word));
}

/** The folded, searchable text of an item's fields, all languages. */
export function searchText(...texts: (Text | undefined)[]): string {
  // A line break between fields: query words never contain one, so none matches across two.
  return foldText(texts.flatMap(allLanguages).join('\n'));
}

/** A list of lower-case names from a comma-separated attribute value. */
export function parseList(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
}

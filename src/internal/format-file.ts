/**
 * File sizes and language names for the document list, with the `Intl` formatters cached. Apart
 * from format.ts, which every widget loads: only `<sonnec-downloads>` needs these.
 */
import { LOCALES } from './format.js';
import type { Lang } from './i18n.js';

const numberCache = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}${digits}`;
  let format = numberCache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits });
    numberCache.set(key, format);
  }
  return format;
}

/** "2,4 MB" / "2.4 MB", decimal units as file managers show them. */
export function formatBytes(bytes: number, lang: Lang): string {
  const units = ['Byte', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${numberFormat(lang, unit === 0 ? 0 : 1).format(value)} ${units[unit]}`;
}

const displayNames = new Map<Lang, Intl.DisplayNames>();
/** "Englisch" / "English" for a BCP 47 code; the code itself when unknown. */
export function languageName(code: string, lang: Lang): string {
  let names = displayNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([LOCALES[lang]], { type: 'language' });
    displayNames.set(lang, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

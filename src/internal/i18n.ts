/**
 * Languages, and the messages every widget shares. German first, English second. (The error
 * panel's texts load with it: feed-failure.messages.ts.)
 * Each component keeps its own table beside it, built with `defineMessages` so that a key
 * missing in one language is a type error.
 */
import type { CityId, Text } from '../feed/types.js';

export type Lang = 'de' | 'en';
export const LANGS: readonly Lang[] = ['de', 'en'];

/** Both tables must have exactly the same keys: TypeScript checks it here. */
export function defineMessages<T extends Record<string, unknown>>(tables: {
  de: T;
  en: { [K in keyof T]: T[K] };
}): Record<Lang, T> {
  return tables;
}

interface CommonMessages extends Record<string, unknown> {
  loading: string;
  loadMore: string;
  /** A part of the widget (a dialog, an article) whose code did not load. */
  partFailed: string;
  /** The note under content shown from the last good copy of the feed. */
  asOf: (when: string) => string;
  cities: Record<CityId, string>;
}

export const common = defineMessages<CommonMessages>({
  de: {
    loading: 'Lädt …',
    loadMore: 'Mehr laden',
    partFailed: 'Dieser Inhalt konnte gerade nicht geladen werden. Bitte versuchen Sie es erneut.',
    asOf: (when) => `Stand: ${when}`,
    cities: {
      sonneberg: 'Sonneberg',
      neustadt: 'Neustadt b. Coburg',
      both: 'Sonneberg & Neustadt',
    },
  },
  en: {
    loading: 'Loading …',
    loadMore: 'Load more',
    partFailed: 'This content could not be loaded just now. Please try again.',
    asOf: (when) => `As of ${when}`,
    cities: {
      sonneberg: 'Sonneberg',
      neustadt: 'Neustadt b. Coburg',
      both: 'Sonneberg & Neustadt',
    },
  },
});

/** Reads the language an element should speak: its own `lang`, an ancestor's, the page's, else German. */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return toLang(node.getAttribute('lang'));
    }
    // Step out of shadow roots too, so a widget inside another component inherits its language.
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'de';
}

export function toLang(value: string | null | undefined): Lang {
  return value?.trim().toLowerCase().startsWith('en') ? 'en' : 'de';
}

/** Picks the visitor's language from a feed text, falling back to German, English, then any. */
export function localText(value: Text | undefined, lang: Lang): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return value[lang] ?? value.de ?? value.en ?? Object.values(value)[0] ?? '';
}

/**
 * The language of the text `localText(value, lang)` shows, when it is not `lang`: for a `lang`
 * attribute on that text alone (WCAG 3.1.2), so that a screen reader reads a German place name
 * in an English widget with German rules. A plain string is in `plain`: German, the feeds'
 * language, unless the item says otherwise (a download's `language`). A language map's entry
 * is in its key's language, also when it was the fallback.
 */
export function textLang(value: Text | undefined, lang: Lang, plain = 'de'): string | undefined {
  if (value === undefined) return undefined;
  const shown =
    typeof value === 'string'
      ? plain
      : value[lang] !== undefined
        ? lang
        : value.de !== undefined
          ? 'de'
          : value.en !== undefined
            ? 'en'
            : Object.keys(value)[0];
  return shown && primary(shown) !== lang ? shown : undefined;
}

/** The language of a list of feed texts (categories) when all share one other than `lang`. */
export function listLang(values: readonly Text[], lang: Lang): string | undefined {
  const langs = new Set(values.map((value) => textLang(value, lang)));
  return langs.size === 1 ? [...langs][0] : undefined;
}

/** `de` of `de-DE`, lower case. */
function primary(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * Whether a picture credit names its own kind ("Foto: Stadt Sonneberg", "Illustration: …",
 * "© …"): the widgets add their label ("Foto:", "©") only to one that does not, so that neither
 * "Foto: Foto: …" nor "Foto: Illustration: …" appears. (Here, not in a module of its own: both
 * the news and the events code import this one, so no shared chunk is split off for it.)
 */
export function namesItsKind(credit: string): boolean {
  return /^\s*(©|\(c\)|[^\s:]{2,20}( [^\s:]{2,20})?:\s)/i.test(credit);
}

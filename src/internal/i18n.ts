/**
 * Languages, and the messages every widget shares. German first, English second.
 * Each component keeps its own table beside it, built with `defineMessages` so that a key
 * missing in one language is a type error.
 */
import type { FeedErrorKind } from '../feed/errors.js';
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
  retry: string;
  loadMore: string;
  /** The note under content shown from the last good copy of the feed. */
  asOf: (when: string) => string;
  cities: Record<CityId, string>;
  errors: Record<FeedErrorKind, string>;
}

export const common = defineMessages<CommonMessages>({
  de: {
    loading: 'Lädt …',
    retry: 'Erneut versuchen',
    loadMore: 'Mehr laden',
    asOf: (when) => `Stand: ${when}`,
    cities: {
      sonneberg: 'Sonneberg',
      neustadt: 'Neustadt b. Coburg',
      both: 'Sonneberg & Neustadt',
    },
    errors: {
      'no-source': 'Für dieses Element ist keine Datenquelle angegeben.',
      network: 'Die Inhalte konnten nicht geladen werden. Bitte prüfen Sie Ihre Verbindung.',
      http: 'Die Inhalte sind zurzeit nicht verfügbar.',
      timeout: 'Die Inhalte laden zu lange. Bitte versuchen Sie es später erneut.',
      parse: 'Die Inhalte konnten nicht gelesen werden.',
      invalid: 'Die Datenquelle enthält keine gültigen Inhalte.',
    },
  },
  en: {
    loading: 'Loading …',
    retry: 'Try again',
    loadMore: 'Load more',
    asOf: (when) => `As of ${when}`,
    cities: {
      sonneberg: 'Sonneberg',
      neustadt: 'Neustadt b. Coburg',
      both: 'Sonneberg & Neustadt',
    },
    errors: {
      'no-source': 'No data source is set for this element.',
      network: 'The content could not be loaded. Please check your connection.',
      http: 'The content is not available at the moment.',
      timeout: 'The content is taking too long to load. Please try again later.',
      parse: 'The content could not be read.',
      invalid: 'The data source holds no valid content.',
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

/** True when the feed text has no entry in `lang` and another language was shown instead. */
export function textLang(value: Text | undefined, lang: Lang): string | undefined {
  if (value === undefined || typeof value === 'string' || value[lang] !== undefined)
    return undefined;
  return value.de !== undefined ? 'de' : value.en !== undefined ? 'en' : Object.keys(value)[0];
}

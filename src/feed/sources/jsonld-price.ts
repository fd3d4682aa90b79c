/**
 * schema.org `offers` → the feed's price text in German and English: "Erwachsene: 8 €,
 * ermäßigt: 5 €" / "Adults: €8, reduced: €5"; a price of 0 or `isAccessibleForFree` → free.
 */
import { isRecord } from '../normalize-fields.js';
import {
  literal,
  nodeOf,
  str,
  text,
  values,
  type JsonLdGraph,
  type JsonLdNode,
  type LangText,
} from './jsonld-graph.js';

const FREE = { de: 'Eintritt frei', en: 'Free admission' };
const MAX_OFFERS = 10;

type Lang = 'de' | 'en';

export function priceOf(graph: JsonLdGraph, node: JsonLdNode): LangText | undefined {
  const offers = values(graph, node, 'offers').filter(isRecord).slice(0, MAX_OFFERS);
  const free = String(literal(values(graph, node, 'isAccessibleForFree')[0])) === 'true';
  if (offers.length === 0) return free ? FREE : undefined;
  const de: string[] = [];
  const en: string[] = [];
  for (const offer of offers) {
    const spec = nodeOf(graph, offer, 'priceSpecification');
    const price = str(graph, offer, 'price') ?? str(graph, spec, 'price');
    const currency =
      str(graph, offer, 'priceCurrency') ?? str(graph, spec, 'priceCurrency') ?? 'EUR';
    const name = text(graph, offer, 'name');
    const label = (lang: Lang) => (typeof name === 'string' ? name : (name?.[lang] ?? name?.de));
    const description = text(graph, offer, 'description');
    const amount = (lang: Lang) => {
      const note = inLang(description, lang);
      if (price === undefined) return note;
      const n = Number(price.replace(',', '.'));
      const value = !Number.isFinite(n) ? price : n === 0 ? FREE[lang] : money(n, currency, lang);
      return note ? `${value} (${note})` : value;
    };
    for (const [lang, list] of [
      ['de', de],
      ['en', en],
    ] as const) {
      const value = amount(lang);
      const prefix = label(lang);
      if (value) list.push(prefix && prefix !== value ? `${prefix}: ${value}` : value);
      else if (prefix) list.push(prefix);
    }
  }
  if (de.length === 0) return free ? FREE : undefined;
  const deText = de.join(', ');
  const enText = en.join(', ');
  return deText === enText ? deText : { de: deText, en: enText };
}

function inLang(value: LangText | undefined, lang: Lang): string | undefined {
  return typeof value === 'string' ? value : (value?.[lang] ?? value?.de);
}

/** 8 → "8 €" / "€8"; 8.5 → "8,50 €" / "€8.50"; other currencies by their code. */
function money(n: number, currency: string, lang: Lang): string {
  const digits = Number.isInteger(n) ? n.toFixed(0) : n.toFixed(2);
  const number = lang === 'de' ? digits.replace('.', ',') : digits;
  if (currency.toUpperCase() !== 'EUR') return `${number} ${currency.toUpperCase()}`;
  return lang === 'de' ? `${number} €` : `€${number}`;
}

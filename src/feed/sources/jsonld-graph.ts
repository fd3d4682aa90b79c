/**
 * Reading a schema.org JSON-LD document without a JSON-LD processor (no context download, no
 * expansion algorithm): the document's nodes are indexed by `@id` with their keys folded onto
 * schema.org's plain names (`schema:name`, `https://schema.org/name` → `name`), and values are
 * read through small helpers that unwrap typed values, language arrays and references.
 *
 * References resolve one step per read and the mapping reads a fixed depth (event → place →
 * address), so a cyclic graph cannot loop; the index itself is bounded in nodes and depth.
 */
import { FeedError } from '../errors.js';
import { isRecord, type Raw } from '../normalize-fields.js';
import { htmlToText, looksLikeHtml } from './wire.js';

/** Nodes indexed per document set; more are ignored (and reported by the adapter). */
export const MAX_NODES = 20_000;
/** Characters of JSON per document: far above any real export, low enough for a phone. */
export const MAX_JSONLD_CHARS = 20_000_000;
/** Values read per property (offers, images, schedules …). */
const MAX_VALUES = 50;
const MAX_DEPTH = 32;

const SCHEMA_IRI = /^https?:\/\/schema\.org\/?$/i;
const SCHEMA_PREFIX = /^(?:https?:\/\/schema\.org\/|schema:)/i;

/** A node with schema.org's plain key names; other vocabularies keep their own keys. */
export type JsonLdNode = Raw;

export interface JsonLdGraph {
  /** The document's own nodes (a single node, an array's entries, `@graph`'s entries), in order. */
  readonly top: readonly JsonLdNode[];
  readonly byId: ReadonlyMap<string, JsonLdNode>;
  /** True when nodes were left out for the bound. */
  readonly truncated: boolean;
}

export function parseJsonLdText(text: string): unknown {
  if (text.length > MAX_JSONLD_CHARS) {
    throw new FeedError('parse', 'The JSON-LD document is larger than 20 MB.');
  }
  try {
    return JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    throw new FeedError('parse', 'The JSON-LD document is not valid JSON.');
  }
}

/** Indexes one or more parsed documents (the CLI adds the resources it followed). */
export function indexJsonLd(documents: readonly unknown[]): JsonLdGraph {
  const top: JsonLdNode[] = [];
  const byId = new Map<string, JsonLdNode>();
  let count = 0;
  let truncated = false;

  // Folds keys and registers every node with an @id, embedded ones too.
  const fold = (value: unknown, prefixes: ReadonlySet<string>, depth: number): unknown => {
    if (depth > MAX_DEPTH) return undefined;
    if (Array.isArray(value)) {
      return value.slice(0, MAX_NODES).map((v) => fold(v, prefixes, depth + 1));
    }
    if (!isRecord(value)) return value;
    if (++count > MAX_NODES) {
      truncated = true;
      return undefined;
    }
    const node: JsonLdNode = {};
    for (const [key, entry] of Object.entries(value)) {
      // `__proto__` from JSON.parse is an own key; assigned, it would replace the prototype.
      if (key === '@context' || key === '__proto__') continue;
      node[schemaKey(key, prefixes)] =
        key === '@type' ? typeNames(entry, prefixes) : fold(entry, prefixes, depth + 1);
    }
    const id = typeof node['@id'] === 'string' ? node['@id'] : undefined;
    if (id && Object.keys(node).length > 1) {
      // The same node written twice (a graph and a followed resource): properties are joined.
      const known = byId.get(id);
      if (known) for (const key in node) known[key] ??= node[key];
      else byId.set(id, node);
    }
    return node;
  };

  for (const document of documents) {
    const prefixes = schemaPrefixes(isRecord(document) ? document['@context'] : undefined);
    const folded = fold(document, prefixes, 0);
    const list = Array.isArray(folded)
      ? folded
      : isRecord(folded) && Array.isArray(folded['@graph'])
        ? folded['@graph']
        : [folded];
    for (const node of list) if (isRecord(node)) top.push(node);
  }
  return { top, byId, truncated };
}

/** Prefixes the context binds to schema.org (`"schema": "http://schema.org/"`, or any name). */
function schemaPrefixes(context: unknown): Set<string> {
  const prefixes = new Set(['schema']);
  for (const entry of Array.isArray(context) ? context : [context]) {
    if (!isRecord(entry)) continue;
    for (const [name, iri] of Object.entries(entry)) {
      if (typeof iri === 'string' && SCHEMA_IRI.test(iri)) prefixes.add(name);
    }
  }
  return prefixes;
}

function schemaKey(key: string, prefixes: ReadonlySet<string>): string {
  if (key.startsWith('@')) return key;
  if (SCHEMA_PREFIX.test(key)) return key.replace(SCHEMA_PREFIX, '');
  const colon = key.indexOf(':');
  return colon > 0 && prefixes.has(key.slice(0, colon)) ? key.slice(colon + 1) : key;
}

function typeNames(value: unknown, prefixes: ReadonlySet<string>): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .filter((t): t is string => typeof t === 'string')
    .slice(0, MAX_VALUES)
    .map((t) => schemaKey(t.trim(), prefixes));
}

/** The node's types, schema.org names plain (`Event`, `MusicEvent`), others as written. */
export function typesOf(node: JsonLdNode): readonly string[] {
  return Array.isArray(node['@type']) ? (node['@type'] as string[]) : [];
}

/**
 * The values of a property, each reference replaced by the node it names when the document holds
 * it (one step: a reference inside the resolved node stays a reference until it is read).
 */
export function values(graph: JsonLdGraph, node: JsonLdNode | undefined, key: string): unknown[] {
  const raw = node?.[key];
  if (raw === undefined || raw === null) return [];
  const list = Array.isArray(raw) ? raw.slice(0, MAX_VALUES) : [raw];
  return list.map((value) => resolve(graph, value));
}

export function resolve(graph: JsonLdGraph, value: unknown): unknown {
  if (!isRecord(value) || typeof value['@id'] !== 'string') return value;
  return graph.byId.get(value['@id']) ?? value;
}

/** The first value that is a node (an object that is no `@value` literal). */
export function nodeOf(graph: JsonLdGraph, node: JsonLdNode | undefined, key: string) {
  return values(graph, node, key).find(
    (v): v is JsonLdNode => isRecord(v) && !('@value' in v) && Object.keys(v).length > 1,
  );
}

/** A literal: the string or number itself, or a typed value's `@value`. */
export function literal(value: unknown): string | number | boolean | undefined {
  const v = isRecord(value) ? value['@value'] : value;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : undefined;
}

/** The first literal of a property, as a trimmed string. */
export function str(graph: JsonLdGraph, node: JsonLdNode | undefined, key: string) {
  for (const value of values(graph, node, key)) {
    const v = literal(value);
    if (v !== undefined && String(v).trim()) return String(v).trim();
  }
  return undefined;
}

/** Every literal of a property, as strings (references as their `@id`). */
export function strs(graph: JsonLdGraph, node: JsonLdNode | undefined, key: string): string[] {
  return values(graph, node, key)
    .map((v) => literal(v) ?? (isRecord(v) && typeof v['@id'] === 'string' ? v['@id'] : undefined))
    .filter((v): v is string | number => v !== undefined && String(v).trim() !== '')
    .map((v) => String(v).trim());
}

export type LangText = string | Record<string, string>;

/**
 * A human-readable property: a string, or ThüCAT's `[{"@language": "de", "@value": …}, …]` as a
 * language map. HTML in it becomes plain text. `language` tags plain strings (the node's
 * `inLanguage`) when it is not German, our default.
 */
export function text(
  graph: JsonLdGraph,
  node: JsonLdNode | undefined,
  key: string,
  language?: string,
): LangText | undefined {
  const map: Record<string, string> = {};
  let plain: string | undefined;
  for (const value of values(graph, node, key)) {
    const v = literal(value);
    if (typeof v !== 'string' && typeof v !== 'number') continue;
    const clean = plainText(String(v));
    if (!clean) continue;
    const tag = isRecord(value) ? languageTag(value['@language']) : undefined;
    if (tag) map[tag] ??= clean;
    else plain ??= clean;
  }
  const languages = Object.keys(map);
  // German alone is what a plain string means in our feed.
  if (languages.length === 1 && languages[0] === 'de') return map.de;
  if (languages.length > 0) return map;
  if (plain !== undefined && language && language !== 'de') return { [language]: plain };
  return plain;
}

/** The raw strings by language (HTML kept), for the description. */
export function textsByLanguage(
  graph: JsonLdGraph,
  node: JsonLdNode | undefined,
  key: string,
): { language: string | undefined; value: string }[] {
  const out: { language: string | undefined; value: string }[] = [];
  for (const value of values(graph, node, key)) {
    const v = literal(value);
    if (typeof v !== 'string' || !v.trim()) continue;
    out.push({ language: isRecord(value) ? languageTag(value['@language']) : undefined, value: v });
  }
  return out;
}

function plainText(value: string): string {
  return (looksLikeHtml(value) ? htmlToText(value) : value).trim();
}

/** `de`, `en`, `de-DE` → `de`, `en`; anything else undefined. */
export function languageTag(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^([a-z]{2,3})(?:[-_][A-Za-z0-9]{2,8})*$/i.exec(value.trim());
  return m ? m[1]!.toLowerCase() : undefined;
}

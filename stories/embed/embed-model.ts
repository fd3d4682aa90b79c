/**
 * The "Einbinden" generator's model, pure: reads a widget's attributes from the custom elements
 * manifest (so a new attribute shows up without touching this file) and writes the snippet a
 * webmaster pastes into a plain HTML page.
 */
import { themeDeclarations, type ThemePreset } from '../../src/themes/presets.js';

/** Where the webmaster's copy of the drop-in script lives: a placeholder to replace. */
export const SCRIPT_URL = 'https://widgets.example.org/sonnec/sonnec.js';
/** Where the shared feed lives: a placeholder to replace. */
export const FEED_URL = 'https://widgets.example.org/feeds/sonnec.json';

/** The part of custom-elements.json (schema 2.x) the generator reads. */
export interface ManifestAttribute {
  name: string;
  type?: { text?: string };
  default?: string;
  description?: string;
}
export interface ManifestDeclaration {
  name?: string;
  tagName?: string;
  summary?: string;
  attributes?: ManifestAttribute[];
}
export interface Manifest {
  modules?: { declarations?: ManifestDeclaration[] }[];
}

export type FieldKind = 'boolean' | 'number' | 'select' | 'text';

export interface Field {
  readonly name: string;
  readonly kind: FieldKind;
  /** For `select`: the values; for `text`: suggestions taken from the description. */
  readonly options: readonly string[];
  /** The default as the attribute would be written, if the manifest states a literal one. */
  readonly default: string | undefined;
  readonly description: string;
}

/** Attributes the generator sets itself (src, lang, theme) or that nobody should set. */
const MANAGED = new Set(['src', 'lang', 'theme', 'state', 'map-state', 'now']);

/** `sonnec-news` → `SonnecNews`: finds a class whose JSDoc lacks `@tagname`. */
function className(tag: string): string {
  return tag.replace(/(^|-)([a-z])/g, (_m, _dash: string, c: string) => c.toUpperCase());
}

export function findDeclaration(
  manifest: Manifest | undefined,
  tag: string,
): ManifestDeclaration | undefined {
  const declarations = (manifest?.modules ?? []).flatMap((m) => m.declarations ?? []);
  return (
    declarations.find((d) => d.tagName === tag) ??
    declarations.find((d) => d.name === className(tag) && d.attributes)
  );
}

function literal(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  const quoted = /^(['"`])(.*)\1$/.exec(v);
  if (quoted) return quoted[2];
  return /^-?\d+(\.\d+)?$/.test(v) ? v : undefined;
}

/** `'a' | 'b' | undefined` → ['a', 'b']; anything else → []. */
function unionLiterals(type: string): string[] {
  const parts = type.split('|').map((p) => p.trim());
  const values = parts.filter((p) => p !== 'undefined' && p !== 'null');
  return values.length > 1 && values.every((p) => /^'[^']*'$/.test(p))
    ? values.map((p) => p.slice(1, -1))
    : [];
}

/** Keywords in backticks in the description: "`list` (default), `cards` or `compact`". */
function keywords(description: string): string[] {
  return [...new Set([...description.matchAll(/`([a-z][a-z0-9-]*)`/g)].map((m) => m[1]!))];
}

export function fieldsOf(declaration: ManifestDeclaration | undefined): Field[] {
  const seen = new Set<string>();
  const fields: Field[] = [];
  for (const attribute of declaration?.attributes ?? []) {
    const description = (attribute.description ?? '').replace(/\s+/g, ' ').trim();
    if (MANAGED.has(attribute.name) || seen.has(attribute.name)) continue;
    if (/read-only/i.test(description)) continue;
    seen.add(attribute.name);
    const type = attribute.type?.text ?? '';
    const def = literal(attribute.default);
    const union = unionLiterals(type);
    const words = keywords(description);
    let kind: FieldKind = 'text';
    let options: string[] = words;
    if (type === 'boolean' || attribute.default === 'false') {
      kind = 'boolean';
      options = [];
    } else if (union.length) {
      kind = 'select';
      options = union;
    } else if (/^number\b/.test(type) || (!type && def !== undefined && /^\d/.test(def))) {
      kind = 'number';
      options = [];
    } else if (words.length > 1 && (/^[A-Z]\w*$/.test(type) || words.includes(def ?? ''))) {
      // A named type such as `EventsLayout` whose values the description lists.
      kind = 'select';
    } else if (words.length > 1 && /^string\b/.test(type) && /\bor\b/.test(description)) {
      // "`sonneberg` or `neustadt`": a choice, but free text stays possible.
      kind = 'text';
    }
    fields.push({ name: attribute.name, kind, options, default: def, description });
  }
  return fields;
}

/** What the designer chose. */
export interface EmbedChoice {
  readonly tag: string;
  readonly src: string;
  readonly lang?: 'de' | 'en' | undefined;
  /** A preset, or a bare `light`/`dark` palette without one. */
  readonly preset?: ThemePreset | undefined;
  readonly scheme?: 'light' | 'dark' | undefined;
  /** Attribute values: `true` for a boolean attribute, a string otherwise; empty = left out. */
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly fallbackUrl?: string | undefined;
  readonly fallbackText?: string | undefined;
}

export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The attributes to write, in order: src, the widget's own, lang, theme. */
export function attributesOf(
  choice: EmbedChoice,
  fields: readonly Field[],
): [string, string | true][] {
  const result: [string, string | true][] = [];
  if (choice.src.trim()) result.push(['src', choice.src.trim()]);
  for (const field of fields) {
    const value = choice.values[field.name];
    if (value === undefined || value === false) continue;
    if (value === true) {
      if (field.kind === 'boolean') result.push([field.name, true]);
      continue;
    }
    const text = value.trim();
    if (text === '' || text === field.default) continue;
    result.push([field.name, text]);
  }
  if (choice.lang) result.push(['lang', choice.lang]);
  const scheme = choice.preset?.scheme ?? choice.scheme;
  if (scheme) result.push(['theme', scheme]);
  return result;
}

/** The ready-to-paste HTML: script tag, optional style block with the preset, the element. */
export function snippet(choice: EmbedChoice, fields: readonly Field[]): string {
  const attrs = attributesOf(choice, fields).map(([name, value]) =>
    value === true ? name : `${name}="${escapeAttribute(value)}"`,
  );
  const open =
    attrs.length <= 2 && attrs.join(' ').length <= 60
      ? `<${choice.tag}${attrs.map((a) => ` ${a}`).join('')}>`
      : `<${choice.tag}\n${attrs.map((a) => `  ${a}\n`).join('')}>`;
  const fallback = choice.fallbackUrl?.trim()
    ? `  <a href="${escapeAttribute(choice.fallbackUrl.trim())}">${escapeText(
        choice.fallbackText?.trim() || choice.fallbackUrl.trim(),
      )}</a>`
    : '  <!-- Ersatzinhalt / fallback content: shown before the script runs and when the feed fails -->';
  const lines = [
    '<!-- SON.NEC Widgets: einmal pro Seite / once per page.',
    `     Adresse ersetzen / replace ${new URL(SCRIPT_URL).host} with the host of sonnec.js. -->`,
    `<script type="module" src="${SCRIPT_URL}"></script>`,
    '',
  ];
  if (choice.preset) {
    lines.push(
      `<!-- Theme: ${choice.preset.name.de} / ${choice.preset.name.en} -->`,
      '<style>',
      `  ${choice.tag} {`,
      themeDeclarations(choice.preset, '    '),
      '  }',
      '</style>',
      '',
    );
  }
  lines.push(open, fallback, `</${choice.tag}>`, '');
  return lines.join('\n');
}

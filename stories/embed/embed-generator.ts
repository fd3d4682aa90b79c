/**
 * `<sb-embed-generator tag="sonnec-news">`: the "Einbinden" page of the catalogue. The designer
 * picks attributes, language and theme; the generator shows a live preview (with the sample
 * feed) and the ready-to-paste HTML with a copy button. Attributes come from custom-elements.json
 * at runtime (via Storybook's `getCustomElements()`), so new ones appear by themselves.
 */
import { getCustomElements } from '@storybook/web-components-vite';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  THEME_PRESETS,
  THEME_TOKENS,
  themeDeclarations,
  themePreset,
} from '../../src/themes/presets.js';
import { SAMPLE_FEED } from '../story-helpers.js';
import {
  attributesOf,
  FEED_URL,
  fieldsOf,
  findDeclaration,
  snippet,
  type EmbedChoice,
  type Field,
  type Manifest,
} from './embed-model.js';

/** Without a preset, the preview unsets the tokens the Storybook toolbar may have set around it. */
const UNSET_TOKENS = THEME_TOKENS.map((t) => `--sonnec-${t}: initial;`).join(' ');

export class EmbedGenerator extends LitElement {
  static override styles = css`
    :host {
      display: block;
      max-width: 72rem;
      color: #1f2328;
      background: #ffffff;
      font:
        16px/1.5 system-ui,
        sans-serif;
    }
    h1 {
      font-size: 1.5rem;
      margin: 0 0 0.25rem;
    }
    h2 {
      font-size: 1.125rem;
      margin: 1.5rem 0 0.5rem;
    }
    .columns {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr));
      gap: 1.5rem;
      align-items: start;
    }
    fieldset {
      border: 1px solid #8c959f;
      border-radius: 6px;
      margin: 0 0 1rem;
      padding: 0.5rem 1rem 1rem;
    }
    legend {
      font-weight: 700;
      padding: 0 0.25rem;
    }
    .field {
      margin-top: 0.75rem;
    }
    label {
      font-weight: 600;
      font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
      font-size: 0.9375rem;
    }
    .check label {
      margin-inline-start: 0.25rem;
    }
    input[type='text'],
    input[type='url'],
    input[type='number'],
    select {
      display: block;
      box-sizing: border-box;
      width: 100%;
      margin-top: 0.125rem;
      padding: 0.25rem 0.5rem;
      font: inherit;
      color: inherit;
      background: #fff;
      border: 1px solid #6e7781;
      border-radius: 4px;
    }
    .hint {
      display: block;
      color: #57606a;
      font-size: 0.875rem;
    }
    pre {
      margin: 0;
      padding: 1rem;
      max-height: 28rem;
      overflow: auto;
      color: #e6edf3;
      background: #161b22;
      border-radius: 6px;
      font:
        0.875rem/1.5 ui-monospace,
        SFMono-Regular,
        Menlo,
        monospace;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    button {
      margin-top: 0.5rem;
      padding: 0.375rem 1rem;
      font: inherit;
      font-weight: 600;
      color: #fff;
      background: #00508c;
      border: 0;
      border-radius: 4px;
      cursor: pointer;
    }
    :focus-visible {
      outline: 3px solid #c05600;
      outline-offset: 2px;
    }
    .status {
      margin-inline-start: 0.75rem;
    }
    .preview {
      border: 1px dashed #8c959f;
      overflow: hidden;
      border-radius: 6px;
    }
    .missing {
      padding: 0.75rem 1rem;
      background: #fff8c5;
      border: 1px solid #9a6700;
      border-radius: 6px;
    }
  `;

  /** The widget's tag name. */
  @property() tag = 'sonnec-downloads';
  /** The theme to start with (the Storybook toolbar's choice): a preset id, `light`, `dark` or none. */
  @property({ attribute: 'initial-theme' }) initialTheme = '';
  /** The language to start with: `de`, `en` or none (the page's). */
  @property({ attribute: 'initial-lang' }) initialLang = '';

  @state() private src = FEED_URL;
  @state() private language = '';
  @state() private theme = '';
  @state() private values: Record<string, string | boolean> = {};
  @state() private fallbackUrl = '';
  @state() private fallbackText = '';
  @state() private copied = '';

  private fields: Field[] = [];
  private found = false;

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('tag')) {
      const declaration = findDeclaration(getCustomElements() as Manifest | undefined, this.tag);
      this.found = declaration !== undefined;
      this.fields = fieldsOf(declaration);
      this.values = {};
    }
    if (changed.has('initialTheme')) {
      this.theme =
        themePreset(this.initialTheme) || /^(light|dark)$/.test(this.initialTheme)
          ? this.initialTheme
          : '';
    }
    if (changed.has('initialLang')) {
      this.language = /^(de|en)$/.test(this.initialLang) ? this.initialLang : '';
    }
  }

  private get choice(): EmbedChoice {
    const preset = themePreset(this.theme);
    return {
      tag: this.tag,
      src: this.src,
      lang: this.language === 'de' || this.language === 'en' ? this.language : undefined,
      preset,
      scheme: this.theme === 'light' || this.theme === 'dark' ? this.theme : undefined,
      values: this.values,
      fallbackUrl: this.fallbackUrl,
      fallbackText: this.fallbackText,
    };
  }

  private setValue(name: string, value: string | boolean): void {
    this.values = { ...this.values, [name]: value };
  }

  private async copy(code: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(code);
    } catch {
      // No clipboard permission (e.g. an embedded iframe): select the code instead.
      const pre = this.renderRoot.querySelector('pre');
      if (pre) getSelection()?.selectAllChildren(pre);
      this.copied = 'Code markiert: mit Strg+C (⌘C) kopieren.';
      return;
    }
    this.copied = 'In die Zwischenablage kopiert.';
  }

  /**
   * The live preview sits in the light DOM (slotted), as on a real page: the drop-in script
   * loads a widget's code when its tag appears in the document, and does not look into shadow roots.
   */
  private readonly previewBox = Object.assign(document.createElement('div'), { slot: 'preview' });

  override connectedCallback(): void {
    super.connectedCallback();
    this.append(this.previewBox);
  }

  /** The widget itself, with the sample feed instead of the placeholder URL. */
  private updatePreview(previewStyle: string): void {
    const box = this.previewBox;
    box.setAttribute('style', previewStyle);
    // Without a chosen language the preview stands on a German CMS page.
    box.lang = this.language || 'de';
    if (!this.found) return;
    const el = document.createElement(this.tag);
    for (const [name, value] of attributesOf(this.choice, this.fields)) {
      el.setAttribute(name, name === 'src' ? SAMPLE_FEED : value === true ? '' : value);
    }
    if (!el.hasAttribute('src')) el.setAttribute('src', SAMPLE_FEED);
    box.replaceChildren(el);
  }

  protected override updated(): void {
    this.updatePreview(this.previewStyle());
  }

  private previewStyle(): string {
    const preset = themePreset(this.theme);
    const padding = 'display: block; padding: 1rem;';
    return preset
      ? `${themeDeclarations(preset, '')} background: ${preset.tokens.surface}; ${padding}`
      : `${UNSET_TOKENS} background: ${this.theme === 'dark' ? '#15191e' : '#ffffff'}; ${padding}`;
  }

  /** A manifest description with its `code` spans. */
  private describe(text: string) {
    return text.split('`').map((part, i) => (i % 2 ? html`<code>${part}</code>` : part));
  }

  private renderField(field: Field) {
    const id = `f-${field.name}`;
    const hint = html`<span class="hint" id="${id}-hint"
      >${this.describe(field.description)}</span
    >`;
    const value = this.values[field.name];
    if (field.kind === 'boolean') {
      return html`<div class="field check">
        <input
          type="checkbox"
          id=${id}
          aria-describedby="${id}-hint"
          .checked=${live(value === true)}
          @change=${(e: Event) => this.setValue(field.name, (e.target as HTMLInputElement).checked)}
        /><label for=${id}>${field.name}</label>${hint}
      </div>`;
    }
    const onInput = (e: Event) => this.setValue(field.name, (e.target as HTMLInputElement).value);
    const current = typeof value === 'string' ? value : (field.default ?? '');
    if (field.kind === 'select') {
      const options = field.options.includes(field.default ?? '')
        ? field.options
        : ['', ...field.options];
      return html`<div class="field">
        <label for=${id}>${field.name}</label>
        <select id=${id} aria-describedby="${id}-hint" @change=${onInput}>
          ${options.map(
            (o) =>
              html`<option value=${o} ?selected=${o === current}>
                ${o === '' ? '(nicht gesetzt)' : o}${o === field.default ? ' (Standard)' : ''}
              </option>`,
          )}
        </select>
        ${hint}
      </div>`;
    }
    return html`<div class="field">
      <label for=${id}>${field.name}</label>
      <input
        id=${id}
        type=${field.kind === 'number' ? 'number' : 'text'}
        aria-describedby="${id}-hint"
        placeholder=${field.default ?? nothing}
        list=${field.options.length ? `${id}-list` : nothing}
        .value=${live(typeof value === 'string' ? value : '')}
        @input=${onInput}
      />
      ${
        field.options.length
          ? html`<datalist id="${id}-list">
              ${field.options.map((o) => html`<option value=${o}></option>`)}
            </datalist>`
          : nothing
      }
      ${hint}
    </div>`;
  }

  protected override render() {
    const code = snippet(this.choice, this.fields);
    return html`
      <h1>&lt;${this.tag}&gt; einbinden</h1>
      <p>
        Attribute und Theme wählen, den Code kopieren und in die Seite einfügen (im CMS als
        HTML-Element). Die Adresse <code>widgets.example.org</code> durch die echte Adresse von
        <code>sonnec.js</code> und des Feeds ersetzen. Anleitung für TYPO3 und WordPress:
        <code>docs/embedding.md</code>.
      </p>
      ${
        this.found
          ? nothing
          : html`<p class="missing" role="note">
              <code>${this.tag}</code> steht noch nicht in <code>custom-elements.json</code> (fehlt
              <code>@tagname</code> im JSDoc, oder <code>npm run analyze</code> ist nicht gelaufen).
            </p>`
      }
      <div class="columns">
        <form @submit=${(e: Event) => e.preventDefault()}>
          <fieldset>
            <legend>Feed, Sprache, Theme</legend>
            <div class="field">
              <label for="src">src</label>
              <input
                id="src"
                type="url"
                aria-describedby="src-hint"
                .value=${live(this.src)}
                @input=${(e: Event) => (this.src = (e.target as HTMLInputElement).value)}
              />
              <span class="hint" id="src-hint"
                >Adresse des Feeds. Die Vorschau zeigt immer den Beispiel-Feed.</span
              >
            </div>
            <div class="field">
              <label for="lang">lang</label>
              <select
                id="lang"
                @change=${(e: Event) => (this.language = (e.target as HTMLSelectElement).value)}
              >
                <option value="" ?selected=${this.language === ''}>(Sprache der Seite)</option>
                <option value="de" ?selected=${this.language === 'de'}>de – Deutsch</option>
                <option value="en" ?selected=${this.language === 'en'}>en – English</option>
              </select>
            </div>
            <div class="field">
              <label for="theme">Theme</label>
              <select
                id="theme"
                aria-describedby="theme-hint"
                @change=${(e: Event) => (this.theme = (e.target as HTMLSelectElement).value)}
              >
                <option value="" ?selected=${this.theme === ''}>
                  Standardfarben, hell oder dunkel wie der Besucher
                </option>
                <option value="light" ?selected=${this.theme === 'light'}>
                  Standardfarben, immer hell
                </option>
                <option value="dark" ?selected=${this.theme === 'dark'}>
                  Standardfarben, immer dunkel
                </option>
                ${THEME_PRESETS.map(
                  (p) =>
                    html`<option value=${p.id} ?selected=${this.theme === p.id}>
                      Vorlage ${p.name.de}
                    </option>`,
                )}
              </select>
              <span class="hint" id="theme-hint"
                >Eine Vorlage setzt nur CSS-Custom-Properties (im &lt;style&gt;-Block) und das
                passende <code>theme</code>-Attribut.</span
              >
            </div>
          </fieldset>
          <fieldset>
            <legend>Attribute von &lt;${this.tag}&gt;</legend>
            ${this.fields.map((f) => this.renderField(f))}
          </fieldset>
          <fieldset>
            <legend>Ersatzinhalt (ohne Skript oder Feed)</legend>
            <div class="field">
              <label for="fallback-url">Link-Adresse</label>
              <input
                id="fallback-url"
                type="url"
                placeholder="https://www.sonneberg.de/…"
                .value=${live(this.fallbackUrl)}
                @input=${(e: Event) => (this.fallbackUrl = (e.target as HTMLInputElement).value)}
              />
            </div>
            <div class="field">
              <label for="fallback-text">Link-Text</label>
              <input
                id="fallback-text"
                type="text"
                placeholder="Alle Termine auf sonneberg.de"
                .value=${live(this.fallbackText)}
                @input=${(e: Event) => (this.fallbackText = (e.target as HTMLInputElement).value)}
              />
            </div>
          </fieldset>
        </form>
        <div>
          <h2 id="code-heading">HTML zum Einfügen</h2>
          <pre tabindex="0" aria-labelledby="code-heading"><code>${code}</code></pre>
          <button type="button" @click=${() => this.copy(code)}>Code kopieren</button>
          <span class="status" role="status">${this.copied}</span>
          <h2>Vorschau</h2>
          <div class="preview"><slot name="preview"></slot></div>
        </div>
      </div>
    `;
  }
}

/**
 * Registers the generator. Called from the story file: a bare side-effect import would be
 * dropped by the bundler (package.json `sideEffects` lists only the widgets' define modules).
 */
export function defineEmbedGenerator(): void {
  if (!customElements.get('sb-embed-generator')) {
    customElements.define('sb-embed-generator', EmbedGenerator);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-embed-generator': EmbedGenerator;
  }
}

/**
 * The catalogue's toolbars: "Theme" (a preset of src/themes, or none) and "Sprache" (de/en, or
 * whatever the story says). The decorator wraps every story in a container that carries the
 * preset's custom properties, exactly as a webmaster's CSS would, and sets the widgets' `theme`
 * attribute to the preset's palette (a preset pins the colours; the attribute decides the few
 * colours that are not tokens, such as the text on city badges).
 */
import type { Decorator } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { THEME_PRESETS, themeDeclarations, themePreset } from '../src/themes/presets.js';

export const globalTypes = {
  theme: {
    description: 'Theme-Vorlage (nur CSS-Custom-Properties, siehe src/themes)',
    toolbar: {
      title: 'Theme',
      icon: 'paintbrush',
      dynamicTitle: true,
      items: [
        { value: 'none', title: 'Ohne Vorlage (Standardfarben)' },
        ...THEME_PRESETS.map((preset) => ({ value: preset.id, title: preset.name.de })),
      ],
    },
  },
  lang: {
    description: 'Sprache der Widgets',
    toolbar: {
      title: 'Sprache',
      icon: 'globe',
      dynamicTitle: true,
      items: [
        { value: 'story', title: 'Wie in der Story' },
        { value: 'de', title: 'Deutsch' },
        { value: 'en', title: 'English' },
      ],
    },
  },
};

export const initialGlobals = { theme: 'none', lang: 'story' };

/** Widgets in a story that does not pass `theme` itself get the preset's palette here. */
function setTheme(container: Element | undefined, scheme: string): void {
  if (!container) return;
  queueMicrotask(() => {
    for (const el of container.querySelectorAll('*')) {
      if (el.localName.startsWith('sonnec-') && el.localName !== 'sonnec-feed') {
        el.setAttribute('theme', scheme);
      }
    }
  });
}

export const withThemeAndLanguage: Decorator = (story, context) => {
  // Stories that apply the toolbars themselves (the "Einbinden" generator) opt out.
  if (context.parameters.sonnecTheme === false) return story();
  const preset = themePreset(context.globals.theme as string | undefined);
  const lang = ['de', 'en'].includes(context.globals.lang as string)
    ? (context.globals.lang as string)
    : undefined;
  const args = { ...context.args };
  if (preset && 'theme' in args) args.theme = preset.scheme;
  if (lang && 'lang' in args) args.lang = lang;

  // The canvas behind the story takes the preset's background too (not in the docs pages).
  if (context.viewMode === 'story') {
    document.body.style.background = preset ? preset.tokens.surface : '';
  }
  const style = preset
    ? `${themeDeclarations(preset, '')} background: var(--sonnec-surface); color: var(--sonnec-text); padding: 1px 0;`
    : nothing;
  // The page styles the widgets' fallback content (light DOM), as a real page's CSS would.
  const pageCss = preset
    ? html`<style>
        .sb-sonnec-theme a {
          color: var(--sonnec-accent);
        }
      </style>`
    : nothing;
  return html`${pageCss}
    <div
      class="sb-sonnec-theme"
      data-theme=${preset?.id ?? 'none'}
      lang=${lang ?? nothing}
      style=${style}
      ${ref((el) => {
        if (preset && !('theme' in args)) setTheme(el, preset.scheme);
      })}
    >
      ${story({ args })}
    </div>`;
};

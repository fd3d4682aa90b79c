/**
 * The text of a link or button such as "Weiterlesen" that names its target for screen readers:
 * "Weiterlesen: Neues Bürgerbüro". The eye sees the short text; the accessible name is the
 * hidden text alone. A hidden span beside visible text would get a space of its own in the
 * browser's name computation ("Weiterlesen : Neues Bürgerbüro").
 */
import { html, nothing, type TemplateResult } from 'lit';

/** `target` is marked with `targetLang` when it is in another language than the widget. */
export function namedText(visible: string, target: string, targetLang?: string): TemplateResult {
  return html`<span aria-hidden="true">${visible}</span
    ><span class="visually-hidden"
      >${visible}: <span lang=${targetLang ?? nothing}>${target}</span></span
    >`;
}

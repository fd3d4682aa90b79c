/** The coloured city badge: "Sonneberg", "Neustadt b. Coburg" or both. */
import { html, type TemplateResult } from 'lit';
import type { CityId } from '../../feed/types.js';
import { common, type Lang } from '../i18n.js';

export function cityBadge(city: CityId, lang: Lang): TemplateResult {
  return html`<span class="badge ${city}" part="badge">${common[lang].cities[city]}</span>`;
}

/**
 * The filter bar every widget with `filters` shows: labelled selects, a search field and date
 * inputs in one `role="search"` form. It holds no state: the widget passes values and handlers
 * and re-renders. Controls are at least 44 px high (48 px in kiosk mode).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { handOffFocus } from '../focus-handoff.js';
import { common, defineMessages, type Lang } from '../i18n.js';
import { LiveAnnouncer } from '../live-announcer.js';
import type { SonnecElement } from '../sonnec-element.js';

/** Texts every widget's filter bar shares: the town select and the reset button. */
export const filterTexts = defineMessages({
  de: { city: 'Stadt', bothCities: 'Beide Städte', reset: 'Filter zurücksetzen' },
  en: { city: 'Town', bothCities: 'Both towns', reset: 'Reset filters' },
});

export interface SelectField {
  readonly kind: 'select';
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly onChange: (value: string) => void;
}

export interface SearchField {
  readonly kind: 'search';
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly placeholder?: string;
  readonly onInput: (value: string) => void;
}

export interface DateField {
  readonly kind: 'date';
  readonly name: string;
  readonly label: string;
  /** `YYYY-MM-DD` or empty. */
  readonly value: string;
  readonly onChange: (value: string) => void;
}

export type FilterField = SelectField | SearchField | DateField;

/**
 * The town select of a filter bar: "both towns" first (or the widget's own first option), then
 * Sonneberg and Neustadt.
 */
export function cityField(
  lang: Lang,
  value: string,
  onChange: (value: string) => void,
  all: { readonly value: string; readonly label: string } = {
    value: '',
    label: filterTexts[lang].bothCities,
  },
): SelectField {
  return {
    kind: 'select',
    name: 'city',
    label: filterTexts[lang].city,
    value,
    options: [
      all,
      { value: 'sonneberg', label: common[lang].cities.sonneberg },
      { value: 'neustadt', label: common[lang].cities.neustadt },
    ],
    onChange,
  };
}

export interface FilterBarOptions {
  readonly lang: Lang;
  /** Accessible name of the whole bar, e.g. "Veranstaltungen filtern". */
  readonly label: string;
  /** A "Filter zurücksetzen" button appears when any filter is set. */
  readonly reset?: {
    readonly active: boolean;
    readonly onReset: () => void;
  };
}

/** Tells the widget of a keystroke in its search field: the result is said once typing pauses. */
function typedIn(input: HTMLInputElement): void {
  const root = input.getRootNode();
  const host = root instanceof ShadowRoot ? (root.host as Partial<SonnecElement>) : undefined;
  host?.typing?.((publish) => new LiveAnnouncer(publish));
}

function field(f: FilterField, idPrefix: string): TemplateResult {
  const id = `${idPrefix}-${f.name}`;
  switch (f.kind) {
    case 'select':
      return html`<div class="filter-field">
        <label for=${id}>${f.label}</label>
        <select
          id=${id}
          name=${f.name}
          .value=${live(f.value)}
          @change=${(e: Event) => f.onChange((e.target as HTMLSelectElement).value)}
        >
          ${f.options.map(
            (o) =>
              html`<option value=${o.value} ?selected=${o.value === f.value}>${o.label}</option>`,
          )}
        </select>
      </div>`;
    case 'search':
      return html`<div class="filter-field search">
        <label for=${id}>${f.label}</label>
        <input
          id=${id}
          name=${f.name}
          type="search"
          autocomplete="off"
          placeholder=${f.placeholder ?? nothing}
          .value=${live(f.value)}
          @input=${(e: Event) => {
            typedIn(e.target as HTMLInputElement);
            f.onInput((e.target as HTMLInputElement).value);
          }}
        />
      </div>`;
    case 'date':
      return html`<div class="filter-field">
        <label for=${id}>${f.label}</label>
        <input
          id=${id}
          name=${f.name}
          type="date"
          .value=${live(f.value)}
          @change=${(e: Event) => f.onChange((e.target as HTMLInputElement).value)}
        />
      </div>`;
  }
}

export function filterBar(
  fields: readonly FilterField[],
  options: FilterBarOptions,
  idPrefix = 'filter',
): TemplateResult {
  return html`
    <form
      class="filter-bar"
      part="filter"
      role="search"
      aria-label=${options.label}
      @submit=${(e: Event) => e.preventDefault()}
    >
      ${fields.map((f) => field(f, idPrefix))}
      ${
        options.reset?.active
          ? html`<button
              class="button secondary reset"
              type="button"
              @click=${(e: Event) => {
                // The button goes with the filters it clears: the visitor continues at the
                // bar's first field, not at the top of the page.
                const button = e.currentTarget as HTMLElement;
                const root = button.getRootNode() as ParentNode;
                handOffFocus(button, () =>
                  root.querySelector<HTMLElement>('.filter-bar :is(select, input)'),
                );
                options.reset!.onReset();
              }}
            >
              ${filterTexts[options.lang].reset}
            </button>`
          : nothing
      }
    </form>
  `;
}

export const filterBarStyles = css`
  .filter-bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1em;
    align-items: flex-end;
    margin: 0 0 var(--_space);
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  /* A field is never narrower than its select's longest option (its natural width): when the
     bar fills up (e.g. "Filter zurücksetzen" appears) it wraps rather than cut the options off
     ("Neustadt b. Cobu"). It grows to share a row, and never outgrows the bar. */
  .filter-field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    min-width: 10em;
    max-width: 100%;
    flex: 1 0 auto;
  }
  .filter-field.search {
    flex: 2 1 14em;
  }
  .filter-field label {
    font-size: 0.875em;
    font-weight: 600;
  }
  .filter-field select,
  .filter-field input {
    min-height: var(--_target, 44px);
    padding: 0.25em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .reset {
    flex: 0 0 auto;
  }
`;

/**
 * The panel a widget shows when its feed fails: the translated message (role=alert) and
 * "Erneut versuchen", whose focus goes on to what comes. A lazy part (see `failurePart` in
 * sonnec-element.ts): most page views never see a failure, so its code and texts load with the
 * first one (or when a feed is slow), not before the first content.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedErrorKind } from '../feed/errors.js';
import { emit } from './events.js';
import { failureMessages } from './feed-failure.messages.js';
import { handOffFocus } from './focus-handoff.js';
import type { Lang } from './i18n.js';

/** What the panel needs of its widget. */
export interface FailureHost extends HTMLElement {
  readonly state: string;
  readonly language: Lang;
  readonly renderRoot: HTMLElement | DocumentFragment;
  requestUpdate(): void;
  /** Loads the feed again, and marks what comes as worth announcing. */
  retryLoad(): void;
}

/** The words for a failed load: "offline" only when the browser says so, not for every failure. */
export function errorMessage(kind: FeedErrorKind, lang: Lang): string {
  return kind === 'network' && navigator.onLine === false
    ? failureMessages[lang].offline
    : failureMessages[lang].errors[kind];
}

/** Shows the panel (the widget renders again) and fires `sonnec-error` with its words. */
export function reportFailure(host: FailureHost, kind: FeedErrorKind): void {
  host.requestUpdate();
  emit(host, 'sonnec-error', { kind, message: errorMessage(kind, host.language) });
}

export function renderFailure(host: FailureHost, kind: FeedErrorKind, lang: Lang): TemplateResult {
  return html`
    <div class="panel error" part="error" role="alert">
      <p>${errorMessage(kind, lang)}</p>
      ${
        kind === 'no-source'
          ? nothing
          : html`<button class="button secondary" type="button" @click=${retry(host)}>
              ${failureMessages[lang].retry}
            </button>`
      }
    </div>
  `;
}

/**
 * "Erneut versuchen": loads again, and since the button goes with the panel, focus waits on the
 * widget meanwhile and then goes to what came: the new error's button, the first heading of the
 * content, or the empty panel.
 */
const retry =
  (host: FailureHost) =>
  (e: Event): void => {
    const button = e.currentTarget as HTMLElement;
    const root = host.renderRoot;
    const base = () => root.querySelector<HTMLElement>('.base');
    host.retryLoad();
    handOffFocus(
      button,
      () =>
        host.state === 'loading'
          ? null
          : (root.querySelector<HTMLElement>('.error button, [role="heading"], .panel.empty') ??
            base()),
      { meanwhile: base, root },
    );
  };

/**
 * The detail dialog every widget shares (events, map, kiosk): a native modal `<dialog>` labelled
 * by its title. `showModal()` makes the rest of the page inert and moves focus in; Escape and the
 * close button close it; a click on the backdrop closes it; focus returns to the element that
 * opened it. The template holds no state: the widget renders it while something is selected and
 * lets `DialogController` open it after the render and restore focus after it closes.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { TemplateResult } from 'lit';

export interface DetailDialogOptions {
  /** Id of the title element (unique in the shadow root). */
  readonly id: string;
  readonly title: unknown;
  /** `lang` of the title when it differs from the widget's. */
  readonly titleLang?: string | undefined;
  readonly closeLabel: string;
  readonly body: unknown;
  /** Called once the dialog has closed (Escape, close button, backdrop or `close()`). */
  readonly onClose: () => void;
}

export function detailDialog(o: DetailDialogOptions): TemplateResult {
  return html`
    <dialog
      class="detail-dialog"
      part="dialog"
      aria-labelledby=${o.id}
      @close=${o.onClose}
      @click=${(e: MouseEvent) => {
        // The dialog element itself only receives clicks on its backdrop.
        const dialog = e.currentTarget as HTMLDialogElement;
        if (e.target === dialog) dialog.close();
      }}
    >
      <div class="dialog-inner">
        <div class="dialog-header">
          <h2 class="dialog-title" id=${o.id} lang=${o.titleLang ?? nothing}>${o.title}</h2>
          <button
            class="dialog-close"
            part="dialog-close"
            type="button"
            aria-label=${o.closeLabel}
            @click=${(e: Event) => (e.target as Element).closest('dialog')?.close()}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <div class="dialog-body">${o.body}</div>
      </div>
    </dialog>
  `;
}

/**
 * Opens the widget's dialog after the render that added it, and gives focus back to the opener
 * when it closes. Closes it when the widget leaves the page.
 */
export class DialogController implements ReactiveController {
  private opener: HTMLElement | null = null;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly find: () => HTMLDialogElement | null | undefined;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    find: () => HTMLDialogElement | null | undefined,
  ) {
    this.host = host;
    this.find = find;
    host.addController(this);
  }

  /** Call after setting the state that renders the dialog. */
  async open(opener: HTMLElement | null): Promise<void> {
    this.opener = opener;
    await this.host.updateComplete;
    const dialog = this.find();
    if (dialog && !dialog.open && dialog.isConnected) dialog.showModal();
  }

  close(): void {
    const dialog = this.find();
    if (dialog?.open) dialog.close();
  }

  /** Call from the dialog's `close` handler: focus goes back where the visitor was. */
  restoreFocus(fallback?: () => HTMLElement | null | undefined): void {
    const target = this.opener?.isConnected ? this.opener : fallback?.();
    this.opener = null;
    target?.focus();
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.close();
  }
}

export const detailDialogStyles = css`
  .detail-dialog {
    width: min(40em, calc(100vw - 2em));
    max-height: calc(100vh - 2em);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 1em 3em rgb(0 0 0 / 0.35);
  }
  .detail-dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  .dialog-inner {
    padding: var(--_space);
  }
  .dialog-header {
    display: flex;
    gap: 1em;
    align-items: flex-start;
    justify-content: space-between;
    margin-bottom: 0.75em;
  }
  .dialog-title {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.3;
  }
  .dialog-close {
    flex: 0 0 auto;
    width: 44px;
    height: 44px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-size: 1.5em;
    line-height: 1;
    cursor: pointer;
  }
  .dialog-body > :first-child {
    margin-top: 0;
  }
`;

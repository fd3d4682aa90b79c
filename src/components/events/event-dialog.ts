/**
 * The detail dialog's side of `<sonnec-events>`: which occurrence is open, its calendar files
 * (Blob URLs, released when the dialog closes or the widget leaves the page) and the dialog's
 * template. Loaded on the first opening with the details themselves (event-detail.ts): a list
 * that is only read carries none of it.
 */
import {
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { localText, textLang, type Lang } from '../../internal/i18n.js';
import { DialogController } from '../../internal/parts/detail-dialog.js';
import {
  detailBody,
  detailLinks,
  eventDialog,
  releaseLinks,
  type DetailLinks,
  type PicturePolicy,
} from './event-detail.js';
import { statusBadge } from './event-items.js';
import type { Occurrence } from './events-query.js';
import { messages } from './events.messages.js';

export { styles } from './event-detail.js';

/** What the dialog needs of its widget. */
export interface DialogHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly language: Lang;
  readonly kiosk: boolean;
}

export class EventDialog implements ReactiveController {
  /** The open occurrence (rendered while set). */
  selected: Occurrence | undefined;
  private links: DetailLinks | undefined;
  private readonly dialog: DialogController;
  private readonly host: DialogHost;

  constructor(host: DialogHost) {
    this.host = host;
    this.dialog = new DialogController(host, () =>
      host.renderRoot.querySelector<HTMLDialogElement>('dialog.detail-dialog'),
    );
    host.addController(this);
  }

  /** Shows `o`, focus returning to `opener` when it closes. */
  async open(o: Occurrence, opener: HTMLElement | null): Promise<void> {
    this.release();
    this.links = detailLinks(o, this.host.language, document.baseURI);
    this.selected = o;
    this.host.requestUpdate();
    await this.dialog.open(opener);
  }

  close(): void {
    this.dialog.close();
  }

  /** Closes and forgets the open occurrence (see `SonnecEvents.reset`). */
  reset(): void {
    this.close();
    this.forget();
  }

  render(lang: Lang, pictures: PicturePolicy): TemplateResult | undefined {
    const o = this.selected;
    if (!o || !this.links) return undefined;
    return eventDialog(lang, {
      id: 'sonnec-event-dialog-title',
      // The status word names the dialog too.
      title: html`${localText(o.event.title, lang)}${statusBadge(o.event, messages[lang], lang)}`,
      titleLang: textLang(o.event.title, lang),
      body: detailBody(o, lang, this.links, this.host.kiosk, pictures),
      onClose: () => {
        this.dialog.restoreFocus(() =>
          this.host.renderRoot.querySelector<HTMLElement>('.title-button'),
        );
        this.forget();
      },
    });
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.release();
  }

  private forget(): void {
    this.selected = undefined;
    this.release();
    this.host.requestUpdate();
  }

  private release(): void {
    if (this.links) releaseLinks(this.links);
    this.links = undefined;
  }
}

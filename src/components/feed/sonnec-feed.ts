/**
 * A container that gives every widget inside it the same feed: `<sonnec-feed src="…">`.
 * It renders nothing of its own.
 *
 * @tagname sonnec-feed
 * @summary Shares one feed URL with the widgets inside it.
 * @slot - The widgets (and any other content).
 */
export class SonnecFeed extends HTMLElement {
  static readonly observedAttributes = ['src'];

  connectedCallback(): void {
    if (!this.style.display) this.style.display = 'contents';
  }

  /** URL of the shared feed. */
  get src(): string {
    return this.getAttribute('src') ?? '';
  }
  set src(value: string) {
    this.setAttribute('src', value);
  }

  attributeChangedCallback(): void {
    // Widgets read the source on each update: ask those inside to look again.
    for (const widget of this.querySelectorAll('*')) {
      if (widget.localName.startsWith('sonnec-')) {
        (widget as Partial<{ requestUpdate(): void }>).requestUpdate?.();
      }
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sonnec-feed': SonnecFeed;
  }
}

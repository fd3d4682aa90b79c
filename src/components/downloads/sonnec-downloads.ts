import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from '../../internal/decorators.js';
import type { Download, Feed } from '../../feed/types.js';
import { emit } from '../../internal/events.js';
import { formatDate, isoDay } from '../../internal/format.js';
import { formatBytes, languageName } from '../../internal/format-file.js';
import { localText, textLang, type Lang } from '../../internal/i18n.js';
import { kioskPart } from '../../internal/kiosk-mode.js';
import { LazyPart } from '../../internal/lazy-part.js';
import { SonnecElement } from '../../internal/sonnec-element.js';
import { selectDownloads, type DownloadGroup, type DownloadSort } from './downloads-query.js';
import { messages } from './downloads.messages.js';
import { mediaTypeName } from './media-type.js';
import { downloadsStyles } from './sonnec-downloads.styles.js';

/** The sort control, for widgets with `filters`. */
const sortPart = new LazyPart(() => import('./downloads-sort.js'));

interface DownloadsView {
  readonly count: number;
  readonly groups: readonly DownloadGroup[];
}

/**
 * The alliance's documents (such as the ILREK, standard and short version) as an accessible
 * download list, grouped by the feed's `group`. Each link names type, size and (when it differs
 * from the page) language, as BITV asks: "ILREK Kurzfassung (PDF, 2,4 MB)".
 *
 * @tagname sonnec-downloads
 * @summary Documents of the alliance as a grouped download list.
 *
 * @fires sonnec-load - The feed is loaded; `detail.count` is the number of documents shown; `detail.staleSince` (epoch ms) is set when the last good copy is shown instead of a fresh feed (kiosk, `offline-cache`).
 * @fires sonnec-error - The feed failed; `detail` has `kind` and the translated `message`.
 * @fires sonnec-select - A document link was chosen; `detail.item` is the download.
 *
 * @slot - Fallback content (e.g. a link to the documents page), shown before the script runs, while the feed takes more than 3 s, and when it fails.
 *
 * @csspart base - The wrapper of everything.
 * @csspart toolbar - The sort control (with `filters`).
 * @csspart group - A group of documents.
 * @csspart item - One document.
 * @csspart title - A document's link.
 * @csspart meta - A document's publication date.
 * @csspart error - The error panel.
 * @csspart empty - The empty panel ("Zurzeit sind keine Dokumente vorhanden.").
 *
 * @cssprop [--sonnec-accent=#005a87] - Links, icons and buttons.
 * @cssprop [--sonnec-text=#1f2328] - Text colour.
 * @cssprop [--sonnec-muted=#4d535b] - Secondary text.
 * @cssprop [--sonnec-surface=#ffffff] - Background.
 * @cssprop [--sonnec-border=#7d8590] - Lines, field and button borders.
 * @cssprop [--sonnec-radius=8px] - Corner radius.
 * @cssprop [--sonnec-font=system-ui] - Font family.
 * @cssprop [--sonnec-font-size=16px] - Base font size (independent of the page's rem).
 * @cssprop [--sonnec-downloads-icon-background] - Background of the file-type icon.
 */
export class SonnecDownloads extends SonnecElement<DownloadsView> {
  static override styles = [...SonnecElement.styles, downloadsStyles];

  /** Sort order: `date` (newest first, default) or `title`. */
  @property({ reflect: true }) sort: DownloadSort = 'date';

  /** Shows a sort control to the visitor. */
  @property({ type: Boolean, reflect: true }) filters = false;

  /** The visitor's choice in the sort control; overrides `sort` until the attribute changes. */
  @state() private chosenSort: DownloadSort | undefined;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('sort')) this.chosenSort = undefined;
    super.willUpdate(changed);
  }

  protected override parts(): LazyPart[] {
    const parts = super.parts();
    if (this.filters) parts.push(sortPart);
    return parts;
  }

  /** Clears the visitor's sort choice (see `SonnecElement.reset`). */
  override reset(): void {
    this.chosenSort = undefined;
  }

  private get activeSort(): DownloadSort {
    const sort = this.chosenSort ?? this.sort;
    return sort === 'title' ? 'title' : 'date';
  }

  protected select(feed: Feed, lang: Lang): DownloadsView {
    return selectDownloads(feed.downloads, {
      lang,
      sort: this.activeSort,
      groups: this.categoryFilter(),
      limit: this.limit,
    });
  }

  protected announce(view: DownloadsView, lang: Lang): string {
    return view.count > 0 ? messages[lang].count(view.count) : messages[lang].empty;
  }

  protected renderView(view: DownloadsView, lang: Lang): TemplateResult {
    const t = messages[lang];
    if (view.count === 0) return this.renderEmpty(t.empty);
    // One group needs no heading: the page's own heading already names it (e.g. "ILREK").
    const named = view.groups.length > 1;
    return html`
      ${
        this.filters && sortPart.value
          ? sortPart.value.downloadsSort(lang, this.activeSort, (sort) => (this.chosenSort = sort))
          : nothing
      }
      ${view.groups.map(
        (group) => html`
          <section class="group" part="group">
            ${named ? this.heading(this.groupTitle(group, lang), 'group-title') : nothing}
            <ul role="list">
              ${group.items.map((item) => this.renderItem(item, lang))}
            </ul>
          </section>
        `,
      )}
    `;
  }

  private groupTitle(group: DownloadGroup, lang: Lang): unknown {
    if (!group.title) return messages[lang].otherGroup;
    const titleLang = textLang(group.title, lang);
    return html`<span lang=${titleLang ?? nothing}>${localText(group.title, lang)}</span>`;
  }

  private renderItem(item: Download, lang: Lang): TemplateResult {
    const type = mediaTypeName(item.mediaType);
    const details = [type];
    if (item.bytes !== undefined) details.push(formatBytes(item.bytes, lang));
    if (item.language && !item.language.toLowerCase().startsWith(lang)) {
      details.push(languageName(item.language, lang));
    }
    const title = html`${localText(item.title, lang)}
      <span class="filetype" lang=${lang}>(${details.join(', ')})</span>`;
    return html`
      <li class="item" part="item">
        <span class="icon" aria-hidden="true">${type}</span>
        <div>
          ${this.kiosk ? this.renderTakeAway(item, title, lang) : this.renderLink(item, title, lang)}
        </div>
      </li>
    `;
  }

  /** Kiosk mode: no link that leaves the kiosk, the document's address as a QR code instead. */
  private renderTakeAway(item: Download, title: TemplateResult, lang: Lang): TemplateResult {
    return html`
      <span class="title" part="title" lang=${textLang(item.title, lang, item.language) ?? nothing}
        >${title}</span
      >
      ${
        // Kiosk mode's part (loaded before content in kiosk mode) draws the QR code: what
        // `takeAway()` does in kiosk mode, without its link code on this list.
        kioskPart.value?.takeAwayFigure({
          url: item.url,
          label: localText(item.title, lang),
          lang,
          kiosk: true,
        }) ?? nothing
      }
    `;
  }

  private renderLink(item: Download, title: TemplateResult, lang: Lang): TemplateResult {
    return html`
      <a
        class="title"
        part="title"
        href=${item.url}
        type=${item.mediaType}
        hreflang=${item.language ?? nothing}
        lang=${textLang(item.title, lang, item.language) ?? nothing}
        @click=${() => emit(this, 'sonnec-select', { item })}
        >${title}</a
      >
      ${
        item.summary !== undefined
          ? html`<p class="summary" lang=${textLang(item.summary, lang, item.language) ?? nothing}>
              ${localText(item.summary, lang)}
            </p>`
          : nothing
      }
      ${
        item.published !== undefined
          ? html`<p class="meta" part="meta">
              ${messages[lang].published}
              <time datetime=${isoDay(item.published)}>${formatDate(item.published, lang)}</time>
            </p>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sonnec-downloads': SonnecDownloads;
  }
}

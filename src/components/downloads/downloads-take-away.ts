/**
 * Kiosk mode's way to a document: its address as a QR code instead of a link. Loaded only by
 * widgets in kiosk mode, so an ordinary download list does not carry the take-away code.
 */
import type { Download } from '../../feed/types.js';
import { localText, type Lang } from '../../internal/i18n.js';
import { takeAway } from '../../internal/parts/take-away-link.js';

export function documentTakeAway(item: Download, lang: Lang): unknown {
  return takeAway({ url: item.url, label: localText(item.title, lang), lang, kiosk: true });
}

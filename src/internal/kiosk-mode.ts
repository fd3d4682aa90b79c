/**
 * Kiosk mode's lazy part, shared by every widget: its styles (large type, 48 px targets) and
 * the QR code take-aways. Only widgets with `kiosk` load it (see `SonnecElement.parts`).
 */
import { LazyPart } from './lazy-part.js';

export const kioskPart = new LazyPart(() => import('./kiosk-part.js'));

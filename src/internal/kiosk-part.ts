/** What kiosk mode adds to a widget (loaded through `kioskPart`, see kiosk-mode.ts). */
export { styles } from './kiosk-styles.js';
export { preloadQr, takeAwayFigure } from './parts/take-away-qr.js';

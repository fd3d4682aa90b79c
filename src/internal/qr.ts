/**
 * QR codes as SVG path data, from `qrcode-generator`'s module matrix. Loaded only in kiosk mode
 * (see parts/take-away-link.ts). The path holds numbers only: no text of the feed ever becomes
 * markup here, whatever the URL contains.
 */
import qrcode from 'qrcode-generator';

/** Modules of white space around the code, as the standard asks. */
export const QUIET_ZONE = 4;

export interface QrCode {
  /** Modules per side, quiet zone included (the SVG's viewBox). */
  readonly size: number;
  /** One subpath per horizontal run of dark modules: `M<x> <y>h<n>v1h-<n>z`. */
  readonly path: string;
}

/** The text as bytes in a string (UTF-8), since the library's byte mode takes Latin-1 characters. */
function utf8(text: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) out += String.fromCharCode(byte);
  return out;
}

/** The library's code for `text`: error correction M, the smallest version that fits. */
export function qrMatrix(text: string): {
  count: number;
  isDark(row: number, col: number): boolean;
} {
  const qr = qrcode(0, 'M');
  qr.addData(utf8(text), 'Byte');
  qr.make();
  return { count: qr.getModuleCount(), isDark: (r, c) => qr.isDark(r, c) };
}

export function qrCode(text: string): QrCode {
  const m = qrMatrix(text);
  const parts: string[] = [];
  for (let row = 0; row < m.count; row++) {
    let col = 0;
    while (col < m.count) {
      if (!m.isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < m.count && m.isDark(row, col)) col++;
      const run = col - start;
      parts.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${run}v1h-${run}z`);
    }
  }
  return { size: m.count + 2 * QUIET_ZONE, path: parts.join('') };
}

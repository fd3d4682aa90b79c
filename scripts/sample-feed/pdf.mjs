// A minimal, valid one-page PDF (PDF 1.4): a title page set in Helvetica. Text is encoded as
// WinAnsi (Windows-1252), which covers German; no dates or ids inside, so the same page always
// gives the same bytes.
import { Buffer } from 'node:buffer';

const WIN_ANSI_EXTRA = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '–': 0x96, '—': 0x97 };
Object.assign(WIN_ANSI_EXTRA, { '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95 });

/** A PDF string literal of `text` in WinAnsi bytes (as a latin1 JS string). */
function pdfString(text) {
  let out = '(';
  for (const ch of text) {
    const code = WIN_ANSI_EXTRA[ch] ?? ch.codePointAt(0);
    if (code > 0xff) throw new Error(`not in WinAnsi: ${ch} in "${text}"`);
    const c = String.fromCharCode(code);
    out += c === '(' || c === ')' || c === '\\' ? `\\${c}` : c;
  }
  return `${out})`;
}

/** A PDF text string in UTF-16BE (document information uses PDFDocEncoding otherwise). */
function utf16(text) {
  const hex = [...Buffer.from(text, 'utf16le').swap16()].map((b) =>
    b.toString(16).padStart(2, '0'),
  );
  return `<FEFF${hex.join('').toUpperCase()}>`;
}

/**
 * The bytes of a one-page A4 PDF: `kicker` small above, `title` large (wrapped), `subtitle`,
 * then `lines`, and a footer saying what the document is.
 */
export function titlePagePdf({ kicker, title, subtitle, lines = [], footer, lang = 'de' }) {
  const ops = ['0.11 0.37 0.53 rg', '0 742 595 100 re f', '1 1 1 rg'];
  const text = (font, size, x, y, value) =>
    ops.push(`BT /${font} ${size} Tf ${x} ${y} Td ${pdfString(value)} Tj ET`);
  text('F1', 12, 56, 790, kicker);
  ops.push('0.1 0.1 0.1 rg');
  let y = 660;
  for (const line of wrap(title, 34)) {
    text('F2', 26, 56, y, line);
    y -= 34;
  }
  y -= 6;
  text('F1', 16, 56, y, subtitle);
  y -= 48;
  for (const line of lines) {
    text('F1', 11, 56, y, line);
    y -= 18;
  }
  ops.push('0.4 0.4 0.4 rg');
  text('F1', 9, 56, 48, footer);
  const content = ops.join('\n');
  const objects = [
    `<< /Type /Catalog /Pages 2 0 R /Lang ${pdfString(lang)} >>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R ' +
      '/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    `<< /Title ${utf16(`${title} – ${subtitle}`)} /Producer (SON.NEC Widgets sample feed) >>`,
  ];
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body +=
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\n` +
    `startxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Words of `text` in lines of at most about `width` characters. */
function wrap(text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A short, speakable name for a file's media type: "PDF", "DOCX", "ZIP". */
const NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.ms-powerpoint': 'PPT',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'application/zip': 'ZIP',
  'application/x-zip-compressed': 'ZIP',
  'application/epub+zip': 'EPUB',
  'text/csv': 'CSV',
  'text/plain': 'TXT',
  'text/calendar': 'ICS',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/svg+xml': 'SVG',
  'application/geo+json': 'GeoJSON',
  'application/json': 'JSON',
};

export function mediaTypeName(mediaType: string): string {
  const known = NAMES[mediaType];
  if (known) return known;
  const subtype = mediaType.split('/')[1] ?? mediaType;
  // "vnd.foo.bar+xml" → "BAR"; a short, readable fallback rather than the raw MIME type.
  const last = subtype.split('+')[0]!.split('.').pop() ?? subtype;
  return last.toUpperCase().slice(0, 12);
}

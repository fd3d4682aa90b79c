/**
 * Names the fallback below would get wrong. Types it names right by their subtype ("PDF", "ZIP",
 * "EPUB", "CSV", "JPEG", "PNG", "SVG", "JSON") need no entry.
 */
const NAMES: Record<string, string> = {
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.ms-powerpoint': 'PPT',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'application/x-zip-compressed': 'ZIP',
  'text/plain': 'TXT',
  'text/calendar': 'ICS',
  'application/geo+json': 'GeoJSON',
};

/** A short, speakable name for a file's media type: "PDF", "DOCX", "ZIP". */
export function mediaTypeName(mediaType: string): string {
  const known = NAMES[mediaType];
  if (known) return known;
  const subtype = mediaType.split('/')[1] ?? mediaType;
  // "vnd.foo.bar+xml" → "BAR"; a short, readable fallback rather than the raw MIME type.
  const last = subtype.split('+')[0]!.split('.').pop() ?? subtype;
  return last.toUpperCase().slice(0, 12);
}

import { expect } from '@open-wc/testing';
import { mediaTypeName } from '../../../src/components/downloads/media-type.js';

/** The name a visitor reads (and hears) in a link's "(PDF, 2,4 MB)". */
const KNOWN: [string, string][] = [
  ['application/pdf', 'PDF'],
  ['application/msword', 'DOC'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'DOCX'],
  ['application/vnd.ms-excel', 'XLS'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'XLSX'],
  ['application/vnd.ms-powerpoint', 'PPT'],
  ['application/vnd.openxmlformats-officedocument.presentationml.presentation', 'PPTX'],
  ['application/vnd.oasis.opendocument.text', 'ODT'],
  ['application/vnd.oasis.opendocument.spreadsheet', 'ODS'],
  ['application/zip', 'ZIP'],
  ['application/x-zip-compressed', 'ZIP'],
  ['application/epub+zip', 'EPUB'],
  ['text/csv', 'CSV'],
  ['text/plain', 'TXT'],
  ['text/calendar', 'ICS'],
  ['image/jpeg', 'JPEG'],
  ['image/png', 'PNG'],
  ['image/svg+xml', 'SVG'],
  ['application/geo+json', 'GeoJSON'],
  ['application/json', 'JSON'],
];

describe('mediaTypeName', () => {
  it('names the common document types as people say them', () => {
    expect(KNOWN.map(([type]) => [type, mediaTypeName(type)])).to.deep.equal(KNOWN);
  });

  it('names other types by the last part of their subtype, short', () => {
    expect(mediaTypeName('application/vnd.google-earth.kml+xml')).to.equal('KML');
    expect(mediaTypeName('video/mp4')).to.equal('MP4');
    expect(mediaTypeName('application/x-a-very-long-made-up-type')).to.equal('X-A-VERY-LON');
    expect(mediaTypeName('nonsense')).to.equal('NONSENSE');
  });
});

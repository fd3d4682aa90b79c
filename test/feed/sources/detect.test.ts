import { expect } from '@open-wc/testing';
import { FeedError } from '../../../src/feed/errors.js';
import { detectFormat } from '../../../src/feed/sources/detect-format.js';
import { isSourceFormat, parseSource, SOURCE_FORMATS } from '../../../src/feed/sources/index.js';

describe('source format detection', () => {
  it('knows the formats the format attribute accepts', () => {
    expect(SOURCE_FORMATS).to.deep.equal(['sonnec', 'ics', 'rss', 'atom', 'geojson', 'jsonld']);
    expect(isSourceFormat('ics')).to.be.true;
    expect(isSourceFormat('ICS')).to.be.false;
    expect(isSourceFormat('xml')).to.be.false;
  });

  it('trusts a content type that names one format', () => {
    expect(detectFormat('', 'text/calendar; charset=utf-8')).to.equal('ics');
    expect(detectFormat('', 'application/rss+xml')).to.equal('rss');
    expect(detectFormat('', 'application/atom+xml;charset=UTF-8')).to.equal('atom');
    expect(detectFormat('', 'application/geo+json')).to.equal('geojson');
  });

  it('looks at the content when the type is generic or wrong', () => {
    expect(detectFormat('\ufeffBEGIN:VCALENDAR\r\nVERSION:2.0', 'text/plain')).to.equal('ics');
    expect(detectFormat('BEGIN:VCALENDAR', 'application/octet-stream')).to.equal('ics');
    expect(detectFormat('{"version":1,"events":[]}', 'text/plain')).to.equal('sonnec');
    expect(
      detectFormat('{ "type": "FeatureCollection", "features": [] }', 'application/json'),
    ).to.equal('geojson');
    expect(
      detectFormat('<?xml version="1.0"?>\n<!-- generated -->\n<rss version="2.0">', 'text/xml'),
    ).to.equal('rss');
    expect(detectFormat('<rdf:RDF xmlns:rdf="…">', 'application/xml')).to.equal('rss');
    expect(
      detectFormat('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">'),
    ).to.equal('atom');
    expect(detectFormat('<!doctype html><html>', 'text/html')).to.equal(undefined);
    expect(detectFormat('[1, 2]', 'application/json')).to.equal('sonnec');
    expect(detectFormat('plain words')).to.equal(undefined);
  });

  it('lets a forced format win over content type and content', async () => {
    const ics =
      'BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART;VALUE=DATE:20260601\nSUMMARY:A\nEND:VEVENT\nEND:VCALENDAR';
    expect((await parseSource(ics, { contentType: 'application/json' })).events).to.have.length(1);
    try {
      await parseSource(ics, { format: 'sonnec' });
      expect.fail('read as ICS although sonnec was forced');
    } catch (error) {
      expect((error as FeedError).kind).to.equal('parse');
    }
  });

  it('fails with a parse error on a source in no known format', async () => {
    try {
      await parseSource('<!doctype html><title>Login</title>', { contentType: 'text/html' });
      expect.fail('no error');
    } catch (error) {
      expect(error).to.be.instanceOf(FeedError);
      expect((error as FeedError).kind).to.equal('parse');
    }
  });
});

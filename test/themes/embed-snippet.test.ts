import { expect } from '@open-wc/testing';
import { themePreset } from '../../src/themes/presets.js';
import {
  fieldsOf,
  findDeclaration,
  snippet,
  type Manifest,
  type ManifestDeclaration,
} from '../../stories/embed/embed-model.js';

const declaration: ManifestDeclaration = {
  name: 'SonnecThing',
  tagName: 'sonnec-thing',
  attributes: [
    {
      name: 'layout',
      type: { text: 'ThingLayout' },
      default: "'list'",
      description: '`list` (default) or `cards`.',
    },
    {
      name: 'view',
      type: { text: "'map' | 'list'" },
      default: "'map'",
      description: 'What shows first.',
    },
    { name: 'filters', type: { text: 'boolean' }, default: 'false', description: 'Shows filters.' },
    { name: 'limit', type: { text: 'number | undefined' }, description: 'Maximum.' },
    { name: 'page-size', default: '20', description: 'Per page.' },
    {
      name: 'city',
      type: { text: 'string | undefined' },
      description: '`sonneberg` or `neustadt`.',
    },
    { name: 'src', type: { text: 'string | undefined' } },
    { name: 'theme', type: { text: "'light' | 'dark' | undefined" } },
    { name: 'state', type: { text: 'WidgetState' }, description: 'Reflected. Read-only.' },
  ],
};

describe('Einbinden: snippet generator model', () => {
  it('reads the fields from the manifest, leaving out the managed and read-only attributes', () => {
    const fields = fieldsOf(declaration);
    expect(fields.map((f) => [f.name, f.kind])).to.deep.equal([
      ['layout', 'select'],
      ['view', 'select'],
      ['filters', 'boolean'],
      ['limit', 'number'],
      ['page-size', 'number'],
      ['city', 'text'],
    ]);
    expect(fields[0]!.options).to.deep.equal(['list', 'cards']);
    expect(fields[0]!.default).to.equal('list');
    expect(fields[5]!.options).to.deep.equal(['sonneberg', 'neustadt']);
  });

  it('finds a declaration by tag, or by class name when @tagname is missing', () => {
    const manifest: Manifest = {
      modules: [{ declarations: [declaration, { name: 'SonnecOther', attributes: [] }] }],
    };
    expect(findDeclaration(manifest, 'sonnec-thing')).to.equal(declaration);
    expect(findDeclaration(manifest, 'sonnec-other')?.name).to.equal('SonnecOther');
    expect(findDeclaration(manifest, 'sonnec-none')).to.be.undefined;
  });

  it('writes script tag, preset style block and element, leaving out defaults', () => {
    const fields = fieldsOf(declaration);
    const code = snippet(
      {
        tag: 'sonnec-thing',
        src: 'https://example.org/feed.json?a=1&b="2"',
        lang: 'en',
        preset: themePreset('neustadt-dark'),
        values: { layout: 'list', view: 'list', filters: true, limit: '5', city: '' },
        fallbackUrl: 'https://www.neustadt-bei-coburg.de/',
        fallbackText: 'Termine & mehr',
      },
      fields,
    );
    expect(code).to.contain(
      '<script type="module" src="https://widgets.example.org/sonnec/sonnec.js"></script>',
    );
    expect(code).to.contain('  sonnec-thing {\n    --sonnec-accent: #f2a98c;');
    expect(code).to.contain(
      [
        '<sonnec-thing',
        '  src="https://example.org/feed.json?a=1&amp;b=&quot;2&quot;"',
        '  view="list"',
        '  filters',
        '  limit="5"',
        '  lang="en"',
        '  theme="dark"',
        '>',
        '  <a href="https://www.neustadt-bei-coburg.de/">Termine &amp; mehr</a>',
        '</sonnec-thing>',
      ].join('\n'),
    );
    expect(code).not.to.contain('layout=');
  });

  it('parses as HTML into exactly the chosen element and attributes', () => {
    const code = snippet(
      { tag: 'sonnec-thing', src: 'feed.json', scheme: 'light', values: { filters: true } },
      fieldsOf(declaration),
    );
    const doc = new DOMParser().parseFromString(code, 'text/html');
    const el = doc.querySelector('sonnec-thing')!;
    expect([...el.attributes].map((a) => `${a.name}=${a.value}`)).to.deep.equal([
      'src=feed.json',
      'filters=',
      'theme=light',
    ]);
    expect(doc.querySelector('script[type="module"]')!.getAttribute('src')).to.match(
      /^https:\/\/.+\/sonnec\.js$/,
    );
    expect(doc.querySelector('style')).to.be.null;
  });
});

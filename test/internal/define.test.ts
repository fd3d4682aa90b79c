import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { define } from '../../src/internal/define.js';
import { GOOD_FEED } from '../helpers/widgets.js';

describe('registration', () => {
  it('ignores a second definition of the same tag instead of throwing', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    define('sonnec-test-twice', First);
    expect(() => define('sonnec-test-twice', Second)).to.not.throw();
    expect(customElements.get('sonnec-test-twice')).to.equal(First);
  });

  it('warns once when another version already defined the tag', () => {
    class Old extends HTMLElement {}
    customElements.define('sonnec-test-old', Old);
    const versions = (globalThis as unknown as Record<symbol, Map<string, string>>)[
      Symbol.for('sonnec.versions.v1')
    ]!;
    versions.set('sonnec-test-old', '0.0.1');
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      define('sonnec-test-old', class extends HTMLElement {});
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('0.0.1');
  });

  it('the drop-in entry registers a widget when its tag appears, even after the script ran', async () => {
    await import('../../src/sonnec.js');
    // A second copy of the entry (another URL = another module instance) must not throw either.
    await import('../../src/sonnec.js?copy=2' as string);
    expect(customElements.get('sonnec-feed')).to.exist;
    const el = await fixture(html`<sonnec-downloads src=${GOOD_FEED}></sonnec-downloads>`);
    await customElements.whenDefined('sonnec-downloads');
    await waitUntil(() => el.getAttribute('state') === 'ready', 'widget never loaded', {
      timeout: 5000,
    });
    expect(el.shadowRoot!.querySelectorAll('[part~="item"]').length).to.equal(5);
  });
});

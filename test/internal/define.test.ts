import { expect, waitUntil } from '@open-wc/testing';
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

  it('the drop-in entry registers a widget whose tag appears after the script ran', async () => {
    await import('../../src/sonnec.js');
    expect(customElements.get('sonnec-feed')).to.exist;
    // Created by hand: fixture() waits for an animation frame, which a background tab may not get.
    const el = document.createElement('sonnec-downloads');
    el.setAttribute('src', GOOD_FEED);
    document.body.append(el);
    await customElements.whenDefined('sonnec-downloads');
    await waitUntil(() => el.getAttribute('state') === 'ready', 'widget never loaded', {
      timeout: 5000,
    });
    expect(el.shadowRoot!.querySelectorAll('[part~="item"]').length).to.equal(5);
    el.remove();
  });
});

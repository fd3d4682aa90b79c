/**
 * Pictures in feed HTML load only from the origins the widget allows (by default the page's):
 * an `<img>` in an article must not make the visitor's browser call a third party.
 */
import { expect } from '@open-wc/testing';
import { sanitizeHtml } from '../../src/internal/sanitize.js';

const THIRD = 'https://third.example/pixel.png';

describe('sanitize: pictures in feed HTML', () => {
  it('keeps pictures of the page origin and drops the src of others, keeping their alt', async () => {
    const clean = await sanitizeHtml(
      `<p><img src="/a.png" alt="A"><img src="${THIRD}" alt="B"></p>`,
    );
    const doc = new DOMParser().parseFromString(clean, 'text/html');
    const [own, third] = [...doc.querySelectorAll('img')];
    expect(own!.getAttribute('src')).to.equal('/a.png');
    expect(third!.hasAttribute('src')).to.be.false;
    expect(third!.getAttribute('alt')).to.equal('B');
  });

  it('allows the origins it is given, or every origin with *', async () => {
    const html = `<img src="${THIRD}" alt="">`;
    expect(await sanitizeHtml(html, { imageOrigins: ['https://third.example'] })).to.contain(THIRD);
    expect(await sanitizeHtml(html, { imageOrigins: ['*'] })).to.contain(THIRD);
    expect(await sanitizeHtml(html, { imageOrigins: [location.origin] })).not.to.contain(THIRD);
  });

  it('leaves links alone: following one is the visitor’s choice', async () => {
    expect(await sanitizeHtml(`<a href="${THIRD}">x</a>`)).to.contain(`href="${THIRD}"`);
  });
});

import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/define/sonnec-events.js';
import { clearFeedCache } from '../../../src/feed/store.js';
import { textOf } from '../../helpers/widgets.js';
import { dialog, mount, NOW, root, titleButtons, unmountAll } from './helpers.js';

const FEED = '/test/fixtures/bilingual-html.json';

describe('<sonnec-events> description in several languages', () => {
  afterEach(() => {
    unmountAll();
    clearFeedCache();
  });

  for (const [lang, expected] of [
    ['en', 'Choirs from both towns sing together.'],
    ['de', 'Chöre aus beiden Städten singen gemeinsam.'],
  ] as const) {
    it(`shows the ${lang} description in a widget of lang="${lang}"`, async () => {
      const el = await mount(
        `<sonnec-events src="${FEED}" lang="${lang}" now="${NOW}"></sonnec-events>`,
      );
      titleButtons(el)[0]!.click();
      await waitUntil(() => dialog(el)?.open, 'the dialog opens', { timeout: 5000 });
      await waitUntil(() => root(el).querySelector('dialog .rich-text'), 'the description renders');
      const description = root(el).querySelector('dialog .rich-text')!;
      expect(textOf(description)).to.equal(expected);
      expect(description.hasAttribute('lang')).to.equal(false);
    });
  }
});

/**
 * `format="jsonld"` on a widget, and the adapter as a part loaded on first need.
 * One page per test file: the first test sees the module graph before anything else loaded.
 */
import { expect } from '@open-wc/testing';
import '../../../src/define/sonnec-events.js';
import { clearFeedCache, loadFeed } from '../../../src/feed/store.js';
import { loaded } from '../../helpers/widgets.js';
import { EVENTS_FEED, NOW, mount, titles, unmountAll } from '../../components/events/helpers.js';

const THUECAT = '/test/fixtures/sources/thuecat-sonneberg.jsonld';

describe('JSON-LD in the widgets', () => {
  afterEach(() => {
    unmountAll();
    clearFeedCache();
  });

  it('a page with our JSON feed never loads the JSON-LD adapter', async () => {
    const el = await mount(`<sonnec-events src="${EVENTS_FEED}" now="${NOW}"></sonnec-events>`);
    expect(el.state).to.equal('ready');
    expect(loaded('/src/feed/sources/jsonld')).to.deep.equal([]);
  });

  it('shows the events of a ThüCAT graph, in the visitor’s language', async () => {
    const el = await mount(
      `<sonnec-events lang="en" src="${THUECAT}" format="jsonld" now="${NOW}"></sonnec-events>`,
    );
    expect(el.state).to.equal('ready');
    expect(titles(el)).to.deep.equal([
      'The Thuringian Fair: Grand Prix Brussels 1910',
      'Public tour of the observatory',
      // No English name: the German one, and the widget's word for its status.
      'Adventskonzert im Spielzeugmuseum Cancelled',
      'Stargazing evening in English',
    ]);
    expect(loaded('/src/feed/sources/jsonld.ts')).to.have.length(1);
  });

  it('format="jsonld" on our own feed is an error, not a guess', async () => {
    const error = await loadFeed(EVENTS_FEED, { format: 'jsonld' }).catch((e: unknown) => e);
    expect((error as { kind: string }).kind).to.equal('invalid');
  });
});

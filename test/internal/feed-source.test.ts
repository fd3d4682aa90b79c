/**
 * Where a widget finds its feed (findFeedSource): its own `src`, the nearest `<sonnec-feed>`
 * with a source (also out of a shadow root), then `<meta name="sonnec:feed">`; blank values
 * count as none.
 */
import { expect } from '@open-wc/testing';
import { findFeedSource } from '../../src/internal/feed-source.js';

/** Builds `markup` in a detached container; returns the element with `id="w"`. */
function widgetIn(markup: string): Element {
  const box = document.createElement('div');
  box.innerHTML = markup;
  document.body.append(box);
  return box.querySelector('#w')!;
}

describe('findFeedSource', () => {
  let meta: HTMLMetaElement | undefined;
  afterEach(() => {
    document.body.querySelectorAll('div').forEach((box) => box.remove());
    meta?.remove();
    meta = undefined;
  });
  const withMeta = (content: string) => {
    meta = Object.assign(document.createElement('meta'), { name: 'sonnec:feed', content });
    document.head.append(meta);
  };

  it('takes the widget’s own source, trimmed, before any other', () => {
    withMeta('/meta.json');
    const w = widgetIn(
      '<sonnec-feed src="/feed.json"><i id="w" src=" /own.json "></i></sonnec-feed>',
    );
    expect(findFeedSource(w)).to.equal('/own.json');
    expect(findFeedSource(w, ' /property.json ')).to.equal('/property.json');
  });

  it('passes over a blank own source and a blank <sonnec-feed> to the next one up', () => {
    const w = widgetIn(
      '<sonnec-feed src="/outer.json a.json"><sonnec-feed src="  "><sonnec-feed>' +
        '<i id="w" src=" "></i></sonnec-feed></sonnec-feed></sonnec-feed>',
    );
    expect(findFeedSource(w)).to.equal('/outer.json a.json');
    expect(findFeedSource(w, '')).to.equal('/outer.json a.json');
  });

  it('looks out of a shadow root to the host’s <sonnec-feed>', () => {
    const host = widgetIn('<sonnec-feed src="/shared.json"><span id="w"></span></sonnec-feed>');
    const inner = document.createElement('i');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(findFeedSource(inner)).to.equal('/shared.json');
  });

  it('falls back to the meta element, also past a blank <sonnec-feed>', () => {
    withMeta(' /meta.json ');
    expect(findFeedSource(widgetIn('<sonnec-feed src=" "><i id="w"></i></sonnec-feed>'))).to.equal(
      '/meta.json',
    );
    expect(findFeedSource(widgetIn('<i id="w"></i>'))).to.equal('/meta.json');
  });

  it('finds none when nothing names a feed, or only blanks do', () => {
    expect(findFeedSource(widgetIn('<i id="w" src=""></i>'))).to.equal(undefined);
    withMeta('  ');
    expect(findFeedSource(widgetIn('<sonnec-feed src=""><i id="w"></i></sonnec-feed>'))).to.equal(
      undefined,
    );
    expect(findFeedSource(document.createElement('i'))).to.equal(undefined);
  });
});

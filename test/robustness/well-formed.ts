/** What every feed model must be, whatever the source said (property-based tests). */
import { expect } from '@open-wc/testing';
import type { Feed, Text } from '../../src/feed/types.js';
import { safeUrl } from '../../src/feed/url.js';

function isText(value: unknown): value is Text {
  if (typeof value === 'string') return value.length > 0;
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).length > 0 &&
    Object.values(value).every((v) => typeof v === 'string' && v.length > 0)
  );
}

export function assertWellFormed(feed: Feed): void {
  for (const e of feed.events) {
    expect(isText(e.title) && Number.isFinite(e.start)).to.be.true;
    expect(['sonneberg', 'neustadt', 'both']).to.include(e.city);
    if (e.end !== undefined) expect(e.end).to.be.greaterThan(e.start);
    if (e.url !== undefined) expect(safeUrl(e.url)).to.equal(e.url);
  }
  for (const n of feed.news) expect(isText(n.title) && Number.isFinite(n.date)).to.be.true;
  for (const p of feed.places) {
    expect(p.lat).to.be.within(-90, 90);
    expect(p.lon).to.be.within(-180, 180);
  }
  for (const d of feed.downloads) expect(safeUrl(d.url)).to.equal(d.url);
}

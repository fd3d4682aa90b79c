import { expect } from '@open-wc/testing';
import { berlinWallTime } from '../../../src/feed/berlin-time.js';
import type { NewsItem } from '../../../src/feed/types.js';
import { categoryOptions, yearOptions } from '../../../src/components/news/news-filter-options.js';
import { isNew, itemYear, selectNews } from '../../../src/components/news/news-query.js';
import { groupByYear } from '../../../src/components/news/news-timeline.js';

function item(id: string, date: number, extra: Partial<NewsItem> = {}): NewsItem {
  return { id, title: id, date, city: 'both', categories: [], ...extra };
}

const NOW = berlinWallTime(2026, 3, 20, 12);
const items: NewsItem[] = [
  item('b', berlinWallTime(2026, 3, 1), { city: 'sonneberg', categories: ['Projekte'] }),
  item('a', berlinWallTime(2026, 3, 1), { city: 'neustadt' }),
  item('old', berlinWallTime(2020, 5, 5), {
    categories: [{ de: 'Geschichte', en: 'History' }],
    historicalDate: berlinWallTime(1989, 11, 12),
  }),
  item('new', berlinWallTime(2026, 3, 19), { categories: [{ de: 'Projekte', en: 'Projects' }] }),
  item('older', berlinWallTime(2021, 1, 1), {
    categories: [{ de: 'Geschichte', en: 'History' }],
    historicalDate: berlinWallTime(1945, 7, 1),
  }),
];

const ids = (list: readonly NewsItem[]) => list.map((i) => i.id);

describe('news-query', () => {
  it('orders newest first, equal dates by id', () => {
    const { items: shown, total } = selectNews(items, { layout: 'list', categories: [] });
    expect(ids(shown)).to.deep.equal(['new', 'a', 'b', 'older', 'old']);
    expect(total).to.equal(5);
  });

  it('filters by city (items of both cities always match) and category in any language', () => {
    const byCity = selectNews(items, { layout: 'list', city: 'neustadt', categories: [] });
    expect(ids(byCity.items)).to.deep.equal(['new', 'a', 'older', 'old']);
    const byCategory = selectNews(items, { layout: 'list', categories: ['projects'] });
    expect(ids(byCategory.items)).to.deep.equal(['new']);
    const german = selectNews(items, { layout: 'list', categories: ['projekte'] });
    expect(ids(german.items)).to.deep.equal(['new', 'b']);
  });

  it('filters by Berlin year, of the historical date in the timeline', () => {
    expect(
      ids(selectNews(items, { layout: 'list', categories: [], year: 2020 }).items),
    ).to.deep.equal(['old']);
    expect(
      ids(selectNews(items, { layout: 'timeline', categories: [], year: 1989 }).items),
    ).to.deep.equal(['old']);
    // New Year's Eve 23:30 UTC is already 1 January in Berlin.
    expect(itemYear(item('x', Date.UTC(2025, 11, 31, 23, 30)), 'list')).to.equal(2026);
  });

  it('caps with limit, pages with shown, and teasers one to three items', () => {
    const capped = selectNews(items, { layout: 'list', categories: [], limit: 4, shown: 2 });
    expect(ids(capped.items)).to.deep.equal(['new', 'a']);
    expect(capped.total).to.equal(4);
    expect(selectNews(items, { layout: 'teaser', categories: [] }).items).to.have.length(3);
    expect(selectNews(items, { layout: 'teaser', categories: [], limit: 1 }).items).to.have.length(
      1,
    );
    expect(selectNews(items, { layout: 'teaser', categories: [], shown: 1 }).items).to.have.length(
      3,
    );
  });

  it('orders the timeline by historical date, else publication date, grouped by year', () => {
    const { items: shown } = selectNews(items, { layout: 'timeline', categories: [] });
    const years = groupByYear(shown);
    expect(ids(shown)).to.deep.equal(['older', 'old', 'a', 'b', 'new']);
    expect(years.map((y) => [y.year, ids(y.items)])).to.deep.equal([
      [1945, ['older']],
      [1989, ['old']],
      [2026, ['a', 'b', 'new']],
    ]);
  });

  it('marks items of today and the six Berlin days before as new', () => {
    expect(isNew(item('x', berlinWallTime(2026, 3, 14, 0, 0)), NOW)).to.equal(true);
    expect(isNew(item('x', berlinWallTime(2026, 3, 13, 23, 59)), NOW)).to.equal(false);
    expect(isNew(item('x', NOW + 60_000), NOW)).to.equal(false);
  });

  it('offers each category once, localized and sorted, and the years', () => {
    expect(categoryOptions(items, 'en')).to.deep.equal([
      { value: 'geschichte', label: 'History' },
      { value: 'projekte', label: 'Projects' },
    ]);
    expect(yearOptions(items, 'list')).to.deep.equal([2026, 2021, 2020]);
    expect(yearOptions(items, 'timeline')).to.deep.equal([1945, 1989, 2026]);
  });
});

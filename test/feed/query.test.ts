import { expect } from '@open-wc/testing';
import { foldText, matchesQuery, searchText } from '../../src/feed/query.js';

describe('search text', () => {
  it('meets umlauts, ß and accents whichever way a visitor types them', () => {
    const haystack = searchText({ de: 'Frühlingsfest an der Straße', en: 'Spring fair' }, 'Café');
    for (const query of ['frühling', 'Fruhling', 'STRASSE', 'straße', 'cafe', 'Café', 'spring']) {
      expect(matchesQuery(haystack, query), query).to.be.true;
    }
    expect(matchesQuery(haystack, 'herbst')).to.be.false;
  });

  it('needs every word, and no word matches across two fields', () => {
    const haystack = searchText('Advent', 'Konzert');
    expect(matchesQuery(haystack, 'konzert advent')).to.be.true;
    expect(matchesQuery(haystack, 'konzert herbst')).to.be.false;
    expect(matchesQuery(haystack, 'adventkonzert')).to.be.false;
    expect(matchesQuery(haystack, 'advent konzert'.replace(' ', '\u00a0'))).to.be.true;
  });

  it('folds plain ASCII to lower case only, and other text fully', () => {
    expect(foldText('Weihnachtsmarkt 2026')).to.equal('weihnachtsmarkt 2026');
    expect(foldText('Öffnungszeiten Größe')).to.equal('offnungszeiten grosse');
    expect(foldText('ÉCOLE')).to.equal('ecole');
  });
});

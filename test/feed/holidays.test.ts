import { expect } from '@open-wc/testing';
import {
  easterSunday,
  holidayName,
  holidayOn,
  holidaysFor,
  type HolidayCity,
} from '../../src/feed/holidays.js';

const dates = (city: HolidayCity, year: number) => holidaysFor(city, year).map((h) => h.date);

interface HolidayTable {
  getHolidays(year: number): { date: string; type: string }[];
}
type HolidaysClass = new (country: string, state: string, region?: string) => HolidayTable;
let Holidays: HolidaysClass;

/**
 * `date-holidays` (a devDependency, for this test only) in its UMD build: its ES build imports
 * CommonJS modules that the test server does not convert.
 */
async function loadOracle(): Promise<void> {
  const script = document.createElement('script');
  script.src = '/node_modules/date-holidays/dist/umd.min.js';
  const loaded = new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = reject;
  });
  document.head.append(script);
  await loaded;
  // The UMD build sets `self.Holidays` to its module object.
  Holidays = (globalThis as unknown as { Holidays: { default: HolidaysClass } }).Holidays.default;
}

/** Public holidays by `date-holidays` (an independent, well-kept table), as day keys. */
function oracle(region: string, year: number): string[] {
  const [country, state, municipality] = region.split('-') as [string, string, string?];
  const table = new Holidays(country, state, municipality);
  return table
    .getHolidays(year)
    .filter((h) => h.type === 'public')
    .map((h) => h.date.slice(0, 10))
    .sort();
}

describe('holidays', () => {
  before(loadOracle);

  it('finds Easter by the Gregorian computus', () => {
    const key = (year: number) => new Date(easterSunday(year) * 86_400_000).toISOString();
    expect(key(2026).slice(0, 10)).to.equal('2026-04-05');
    expect(key(2027).slice(0, 10)).to.equal('2027-03-28');
    expect(key(2038).slice(0, 10)).to.equal('2038-04-25'); // the latest possible date
    expect(key(2285).slice(0, 10)).to.equal('2285-03-22'); // the earliest possible date
  });

  it('agrees with date-holidays for Sonneberg (DE-TH) from 2020 to 2045', () => {
    for (let year = 2020; year <= 2045; year++) {
      expect(dates('sonneberg', year), String(year)).to.deep.equal(oracle('DE-TH', year));
    }
  });

  it('agrees with date-holidays for Neustadt (DE-BY, Protestant municipality) from 2020 to 2045', () => {
    for (let year = 2020; year <= 2045; year++) {
      expect(dates('neustadt', year), String(year)).to.deep.equal(oracle('DE-BY-EVANG', year));
    }
  });

  it('agrees with date-holidays on 2017, the Reformation’s 500th anniversary', () => {
    expect(dates('neustadt', 2017)).to.deep.equal(oracle('DE-BY-EVANG', 2017));
    expect(dates('sonneberg', 2017)).to.deep.equal(oracle('DE-TH', 2017));
    expect(holidayOn('neustadt', '2017-10-31')?.de).to.equal('Reformationstag');
    expect(holidayOn('neustadt', '2018-10-31')).to.equal(undefined);
  });

  // Typed from the lists the states publish (Thüringer Staatskanzlei; Bayerisches
  // Staatsministerium des Innern), without Mariä Himmelfahrt for Neustadt b. Coburg.
  const PUBLISHED: Record<HolidayCity, Record<number, string[]>> = {
    sonneberg: {
      2026: [
        '01-01',
        '04-03',
        '04-06',
        '05-01',
        '05-14',
        '05-25',
        '09-20',
        '10-03',
        '10-31',
        '12-25',
        '12-26',
      ],
      2027: [
        '01-01',
        '03-26',
        '03-29',
        '05-01',
        '05-06',
        '05-17',
        '09-20',
        '10-03',
        '10-31',
        '12-25',
        '12-26',
      ],
    },
    neustadt: {
      2026: [
        '01-01',
        '01-06',
        '04-03',
        '04-06',
        '05-01',
        '05-14',
        '05-25',
        '06-04',
        '10-03',
        '11-01',
        '12-25',
        '12-26',
      ],
      2027: [
        '01-01',
        '01-06',
        '03-26',
        '03-29',
        '05-01',
        '05-06',
        '05-17',
        '05-27',
        '10-03',
        '11-01',
        '12-25',
        '12-26',
      ],
    },
  };
  for (const city of ['sonneberg', 'neustadt'] as const) {
    for (const year of [2026, 2027]) {
      it(`matches the published list for ${city} in ${year}`, () => {
        expect(dates(city, year)).to.deep.equal(PUBLISHED[city][year]!.map((d) => `${year}-${d}`));
      });
    }
  }

  it('keeps 15 August a working day in Neustadt and no Weltkindertag before 2019', () => {
    expect(holidayOn('neustadt', '2027-08-15')).to.equal(undefined);
    expect(holidayOn('sonneberg', '2027-08-15')).to.equal(undefined);
    expect(holidayOn('sonneberg', '2018-09-20')).to.equal(undefined);
    expect(holidayOn('sonneberg', '2019-09-20')?.de).to.equal('Weltkindertag');
  });

  it('names a holiday in German and English, with the state where only one keeps it', () => {
    const epiphany = holidayOn('neustadt', '2027-01-06')!;
    expect(holidayName(epiphany, 'de')).to.equal('Heilige Drei Könige (Bayern)');
    expect(holidayName(epiphany, 'en')).to.equal('Epiphany (Bavaria)');
    const reformation = holidayOn('sonneberg', '2027-10-31')!;
    expect(holidayName(reformation, 'de')).to.equal('Reformationstag (Thüringen)');
    expect(holidayName(holidayOn('sonneberg', '2027-12-25')!, 'de')).to.equal('1. Weihnachtstag');
    expect(holidayOn('sonneberg', '2027-01-06')).to.equal(undefined);
  });
});

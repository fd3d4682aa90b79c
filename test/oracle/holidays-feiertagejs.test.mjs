// The towns' public holidays against feiertagejs (MIT, an independent implementation of the
// German states' holiday laws, a devDependency used only here): Sonneberg keeps Thuringia's,
// Neustadt b. Coburg Bavaria's. One difference is the law, not a bug: Mariä Himmelfahrt
// (15 August) is a Bavarian holiday only in municipalities with a Catholic majority, which
// Neustadt b. Coburg is not; feiertagejs lists it for all of Bavaria.
//
// Like the other oracle tests, this runs the compiled library: `npm run build:lib` first.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getHolidays } from 'feiertagejs';

const { holidaysFor } = await import(new URL('../../dist/lib/feed/holidays.js', import.meta.url));

/** feiertagejs' names and ours. */
const NAMES = {
  NEUJAHRSTAG: 'Neujahr',
  HEILIGEDREIKOENIGE: 'Heilige Drei Könige',
  KARFREITAG: 'Karfreitag',
  OSTERMONTAG: 'Ostermontag',
  TAG_DER_ARBEIT: 'Tag der Arbeit',
  CHRISTIHIMMELFAHRT: 'Christi Himmelfahrt',
  PFINGSTMONTAG: 'Pfingstmontag',
  FRONLEICHNAM: 'Fronleichnam',
  WELTKINDERTAG: 'Weltkindertag',
  DEUTSCHEEINHEIT: 'Tag der Deutschen Einheit',
  REFORMATIONSTAG: 'Reformationstag',
  ALLERHEILIGEN: 'Allerheiligen',
  ERSTERWEIHNACHTSFEIERTAG: '1. Weihnachtstag',
  ZWEITERWEIHNACHTSFEIERTAG: '2. Weihnachtstag',
};

/** Holidays only some Bavarian municipalities keep, none of them Neustadt b. Coburg. */
const NOT_IN_NEUSTADT = new Set(['MARIAHIMMELFAHRT']);

const TOWNS = [
  ['sonneberg', 'TH'],
  ['neustadt', 'BY'],
];

describe('public holidays against feiertagejs', () => {
  for (const [town, state] of TOWNS) {
    it(`${town} keeps the holidays of ${state}, 1995 to 2100`, () => {
      for (let year = 1995; year <= 2100; year++) {
        const theirs = getHolidays(year, state)
          .filter((holiday) => !(town === 'neustadt' && NOT_IN_NEUSTADT.has(holiday.name)))
          .map((holiday) => `${holiday.dateString} ${NAMES[holiday.name] ?? holiday.name}`)
          .sort();
        const ours = holidaysFor(town, year)
          .map((holiday) => `${holiday.date} ${holiday.de}`)
          .sort();
        assert.deepEqual(ours, theirs, `${town} ${year}`);
      }
    });
  }

  it('leaves out only Mariä Himmelfahrt for Neustadt b. Coburg', () => {
    const bavaria = getHolidays(2027, 'BY').map((holiday) => holiday.dateString);
    const neustadt = holidaysFor('neustadt', 2027).map((holiday) => holiday.date);
    assert.deepEqual(
      bavaria.filter((date) => !neustadt.includes(date)),
      ['2027-08-15'],
    );
  });
});

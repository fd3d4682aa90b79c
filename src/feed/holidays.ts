/**
 * The public holidays of the alliance's two towns, computed for any year: Sonneberg keeps
 * Thuringia's, Neustadt b. Coburg Bavaria's for a municipality without Mariä Himmelfahrt
 * (15 August is a holiday only in predominantly Catholic Bavarian municipalities; none in
 * Landkreis Coburg). Pure and dependency-free; loaded lazily, only where opening hours show.
 *
 * Sources: Thüringer Feier- und Gedenktagsgesetz (ThürFtG, Weltkindertag since 2019),
 * Bayerisches Feiertagsgesetz (BayFTG Art. 1). Augsburg's Friedensfest (8 August) concerns
 * neither town.
 */

/** The towns whose holidays are known. */
export type HolidayCity = 'sonneberg' | 'neustadt';

export interface StateName {
  readonly de: string;
  readonly en: string;
}

export interface Holiday {
  /** Berlin day key, e.g. `2027-01-06`. */
  readonly date: string;
  readonly de: string;
  readonly en: string;
  /** The state that keeps it, for holidays not kept in all of Germany (shown with the name). */
  readonly state?: StateName;
}

type Rule = readonly [de: string, en: string, day: (year: number, easter: number) => number];

const DAY_MS = 86_400_000;
const THURINGIA: StateName = { de: 'Thüringen', en: 'Thuringia' };
const BAVARIA: StateName = { de: 'Bayern', en: 'Bavaria' };

/** Day number (days since 1970-01-01) of a calendar date. */
const on = (month: number, day: number) => (year: number) =>
  Date.UTC(year, month - 1, day) / DAY_MS;
const afterEaster = (days: number) => (_year: number, easter: number) => easter + days;

/** Easter Sunday as a day number: the Gregorian computus (Meeus/Jones/Butcher). */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

const NATIONWIDE: readonly Rule[] = [
  ['Neujahr', "New Year's Day", on(1, 1)],
  ['Karfreitag', 'Good Friday', afterEaster(-2)],
  ['Ostermontag', 'Easter Monday', afterEaster(1)],
  ['Tag der Arbeit', 'Labour Day', on(5, 1)],
  ['Christi Himmelfahrt', 'Ascension Day', afterEaster(39)],
  ['Pfingstmontag', 'Whit Monday', afterEaster(50)],
  ['Tag der Deutschen Einheit', 'Day of German Unity', on(10, 3)],
  ['1. Weihnachtstag', 'Christmas Day', on(12, 25)],
  ['2. Weihnachtstag', "St Stephen's Day", on(12, 26)],
];

const REFORMATION: Rule = ['Reformationstag', 'Reformation Day', on(10, 31)];

const STATE_RULES: Readonly<Record<HolidayCity, readonly Rule[]>> = {
  sonneberg: [REFORMATION],
  neustadt: [
    ['Heilige Drei Könige', 'Epiphany', on(1, 6)],
    ['Fronleichnam', 'Corpus Christi', afterEaster(60)],
    ['Allerheiligen', "All Saints' Day", on(11, 1)],
  ],
};

const STATE_OF: Readonly<Record<HolidayCity, StateName>> = {
  sonneberg: THURINGIA,
  neustadt: BAVARIA,
};

function dayKey(dayNum: number): string {
  return new Date(dayNum * DAY_MS).toISOString().slice(0, 10);
}

const cache = new Map<string, readonly Holiday[]>();

/** The public holidays of a town in a year, in date order. */
export function holidaysFor(city: HolidayCity, year: number): readonly Holiday[] {
  const cacheKey = `${city} ${year}`;
  let list = cache.get(cacheKey);
  if (list) return list;
  const easter = easterSunday(year);
  const state = STATE_OF[city];
  const days: { day: number; holiday: Holiday }[] = [];
  const add = ([de, en, rule]: Rule, keptBy?: StateName) => {
    const day = rule(year, easter);
    const holiday: Holiday = { date: dayKey(day), de, en, ...(keptBy && { state: keptBy }) };
    days.push({ day, holiday });
  };
  for (const rule of NATIONWIDE) add(rule);
  // 2017, the 500th anniversary of the Reformation: a one-off holiday in all of Germany.
  if (year === 2017 && city !== 'sonneberg') add(REFORMATION);
  for (const rule of STATE_RULES[city]) add(rule, state);
  if (city === 'sonneberg' && year >= 2019) {
    add(['Weltkindertag', "World Children's Day", on(9, 20)], state);
  }
  list = days.sort((a, b) => a.day - b.day).map((entry) => entry.holiday);
  if (cache.size > 100) cache.clear();
  cache.set(cacheKey, list);
  return list;
}

/** The public holiday of a town on a Berlin day (`2027-01-06`), if that day is one. */
export function holidayOn(city: HolidayCity, berlinDayKey: string): Holiday | undefined {
  const year = Number(berlinDayKey.slice(0, 4));
  return holidaysFor(city, year).find((holiday) => holiday.date === berlinDayKey);
}

/** A holiday's name in a language, with its state where only one state keeps it. */
export function holidayName(holiday: Holiday, lang: 'de' | 'en'): string {
  return holiday.state ? `${holiday[lang]} (${holiday.state[lang]})` : holiday[lang];
}

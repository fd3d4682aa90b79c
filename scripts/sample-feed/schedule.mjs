// When things happen: places the texts of demo/content in time, relative to the day the feed
// is made. Returns specs `{ kind, date, … }` that build.mjs turns into feed events; every
// title, description, place and time of day comes from the content files.
import {
  addDays,
  addMonths,
  at,
  day,
  firstAdvent,
  monthOf,
  nthWeekday,
  onOrAfter,
  weekday,
  yearOf,
  dateOf,
} from './calendar.mjs';
import { holidaysOnWeekday } from './holidays.mjs';

/** Easter Sunday (anonymous Gregorian algorithm), as a day. */
function easter(y) {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const h =
    (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return day(y, month, ((h + l - 7 * m + 114) % 31) + 1);
}

const ORDINAL = {
  n: ['1', '2', '3', '4'],
  nth: [{ en: '1st' }, { en: '2nd' }, { en: '3rd' }, { en: '4th' }],
};

/**
 * The recurring series (no end: the demo never runs empty), each starting at its next
 * occurrence from `today`. Occurrences on a public holiday of the town are cancelled
 * (`exdates`), over the three years a demo might run.
 */
export function recurringSpecs(today) {
  const until = addMonths(today, 36);
  const skipHolidays = (city, first, wd, time) =>
    holidaysOnWeekday(city, first, until, wd).map((d) => at(d, time));
  const nextMonthly = (wd, n) => {
    let d = nthWeekday(yearOf(today), monthOf(today), wd, n);
    if (d < today) d = nthWeekday(yearOf(today), monthOf(today) + 1, wd, n);
    return d;
  };
  const saturday = onOrAfter(today, 6);
  // Christmas break of the Saturday market: the first two Saturdays from 24 December on.
  let xmas = day(yearOf(today), 12, 24);
  if (onOrAfter(xmas, 6) + 7 * 86_400_000 < today) xmas = day(yearOf(today) + 1, 12, 24);
  const breakSaturday = onOrAfter(xmas, 6);
  const thursday = onOrAfter(today, 4);
  const firstFriday = nextMonthly(5, 1);
  const sunday = onOrAfter(today, 0);
  const lastSunday = nextMonthly(0, -1);
  let anniversary = day(yearOf(today), 11, 12);
  if (anniversary < today) anniversary = day(yearOf(today) + 1, 11, 12);
  const unique = (list) => [...new Set(list)].sort();
  return [
    {
      kind: 'wochenmarkt-neustadt',
      date: saturday,
      rrule: 'FREQ=WEEKLY;BYDAY=SA',
      exdates: unique([
        at(breakSaturday, '07:00'),
        at(addDays(breakSaturday, 7), '07:00'),
        ...skipHolidays('neustadt', saturday, 6, '07:00'),
      ]),
    },
    {
      kind: 'donnerstagsmarkt-sonneberg',
      date: thursday,
      rrule: 'FREQ=WEEKLY;BYDAY=TH',
      exdates: skipHolidays('sonneberg', thursday, 4, '08:00'),
    },
    {
      kind: 'oeffentlicher-beobachtungsabend',
      date: firstFriday,
      rrule: 'FREQ=MONTHLY;BYDAY=1FR',
      // Good Friday can be the first Friday of April: a silent holiday.
      exdates: skipHolidays('sonneberg', firstFriday, 5, '20:00').filter(
        (d) => dateOf(Date.parse(d.slice(0, 10))) <= 7,
      ),
    },
    {
      kind: 'sonntagsfuehrung-spielzeugmuseum',
      date: sunday,
      rrule: 'FREQ=WEEKLY;BYDAY=SU',
      // The museum is closed on public holidays (3 and 31 October, 20 September on a Sunday …).
      exdates: skipHolidays('sonneberg', sunday, 0, '14:00'),
    },
    {
      kind: 'stadtfuehrung-neustadt',
      date: nextMonthly(6, 2),
      rrule: 'FREQ=MONTHLY;BYDAY=2SA',
      exdates: skipHolidays('neustadt', nextMonthly(6, 2), 6, '10:30').filter((d) => {
        const date = dateOf(Date.parse(d.slice(0, 10)));
        return date >= 8 && date <= 14;
      }),
    },
    {
      kind: 'familiensonntag-museum',
      date: lastSunday,
      rrule: 'FREQ=MONTHLY;BYDAY=-1SU',
      exdates: skipHolidays('neustadt', lastSunday, 0, '11:00').filter((d) => {
        const t = Date.parse(d.slice(0, 10));
        return monthOf(addDays(t, 7)) !== monthOf(t);
      }),
    },
    { kind: 'gedenken-grenzoeffnung', date: anniversary, rrule: 'FREQ=YEARLY', exdates: [] },
  ].map((spec) => (spec.exdates.length ? spec : { ...spec, exdates: undefined }));
}

/**
 * The events of one year that hang on the calendar (Advent, Easter, fixed days). `onHoliday`
 * marks the few that belong on a public holiday (a concert on Reformation Day); every other
 * event on a holiday of its town is moved (`move`: by a week) or left out by build.mjs.
 */
export function annualSpecs(year) {
  const specs = [];
  const add = (spec) => specs.push(spec);
  const adv1 = firstAdvent(year);
  add({ kind: 'weihnachtsmarkt-sonneberg', date: addDays(adv1, -2), endDate: day(year, 12, 23) });
  for (let k = 0; k < 4; k++) {
    const sunday = addDays(adv1, 7 * k);
    const values = { n: ORDINAL.n[k], nth: ORDINAL.nth[k] };
    add({
      kind: 'adventsmarkt-neustadt',
      slug: `adventsmarkt-neustadt-${k + 1}`,
      date: addDays(sunday, -2),
      endDate: sunday,
      values,
    });
    add({
      kind: 'adventskonzert',
      slug: `adventskonzert-${k + 1}`,
      date: sunday,
      city: k % 2 ? 'neustadt' : 'sonneberg',
      values,
    });
    add({
      kind: 'weihnachtsfuehrung',
      slug: `weihnachtsfuehrung-${k + 1}`,
      date: addDays(sunday, -1),
    });
  }
  for (const city of ['sonneberg', 'neustadt']) {
    add({ kind: 'nikolaus', slug: `nikolaus-${city}`, date: day(year, 12, 6), city });
  }
  add({ kind: 'geminiden', date: day(year, 12, 13) });
  add({ kind: 'silvesterlauf', date: day(year, 12, 31) });
  add({ kind: 'neujahrskonzert', date: day(year, 1, 1), onHoliday: true });
  add({ kind: 'sternsinger', date: day(year, 1, 6), onHoliday: true });
  add({ kind: 'neujahrsempfang-son-nec', date: nthWeekday(year, 1, 5, 2) });
  const e = easter(year);
  add({ kind: 'weiberfasching', date: addDays(e, -52) });
  for (const city of ['sonneberg', 'neustadt']) {
    add({
      kind: 'faschingssitzung',
      slug: `faschingssitzung-${city}`,
      date: addDays(e, -50),
      city,
    });
  }
  add({ kind: 'kinderfasching', date: addDays(e, -48) });
  add({ kind: 'faschingsumzug', date: addDays(e, -47) });
  add({ kind: 'ostermarkt', date: addDays(e, -8), move: true });
  add({ kind: 'osterfuehrung', date: addDays(e, -1) });
  add({ kind: 'ostereiersuche', date: e });
  add({ kind: 'maibaumaufstellen', date: day(year, 4, 30) });
  add({ kind: 'maiwanderung', date: day(year, 5, 1), onHoliday: true });
  for (const city of ['sonneberg', 'neustadt']) {
    add({ kind: 'museumstag', slug: `museumstag-${city}`, date: nthWeekday(year, 5, 0, 3), city });
  }
  add({ kind: 'stadtlauf-sonneberg', date: nthWeekday(year, 5, 6, 2), move: true });
  const june = nthWeekday(year, 6, 6, -1);
  add({ kind: 'mittelalterfest-schaumberg', date: june, endDate: addDays(june, 1), move: true });
  const stadtfest = nthWeekday(year, 6, 5, 2);
  add({ kind: 'stadtfest-neustadt', date: stadtfest, endDate: addDays(stadtfest, 2), move: true });
  const july = nthWeekday(year, 7, 6, 2);
  add({ kind: 'son-nec-sommerfest', date: july, endDate: addDays(july, 1) });
  const julyFest = nthWeekday(year, 7, 5, 3);
  add({ kind: 'sommerfest-sonneberg', date: julyFest, endDate: addDays(julyFest, 2) });
  for (let friday = nthWeekday(year, 8, 5, 1); monthOf(friday) === 8; friday = addDays(friday, 7)) {
    add({ kind: 'open-air-kino', date: friday });
  }
  add({ kind: 'perseiden', date: day(year, 8, 12) });
  for (const city of ['sonneberg', 'neustadt']) {
    add({
      kind: 'tag-des-offenen-denkmals',
      slug: `tag-des-offenen-denkmals-${city}`,
      date: nthWeekday(year, 9, 0, 2),
      city,
    });
  }
  add({ kind: 'weltkindertag', date: day(year, 9, 20), onHoliday: true });
  add({ kind: 'grenzwanderung-einheit', date: day(year, 10, 3), onHoliday: true });
  // A verkaufsoffener Sonntag never on a public holiday: 3 October moves it a week on.
  add({ kind: 'herbstmarkt-neustadt', date: nthWeekday(year, 10, 0, 1), move: true });
  add({ kind: 'reformationstag-konzert', date: day(year, 10, 31), onHoliday: true });
  for (const city of ['sonneberg', 'neustadt']) {
    add({ kind: 'martinsumzug', slug: `martinsumzug-${city}`, date: day(year, 11, 11), city });
  }
  add({ kind: 'vortrag-grenzoeffnung', date: nthWeekday(year, 11, 3, 1) });
  return specs;
}

/** The events of one month: talks, concerts, workshops, tours, walks, exhibitions. */
export function monthlySpecs(monthStart, index, rnd) {
  const y = yearOf(monthStart);
  const m = monthOf(monthStart);
  const specs = [];
  const add = (spec) => specs.push(spec);
  const summer = m >= 4 && m <= 10;
  const randomDay = (weekdays) => {
    const days = [];
    for (let d = monthStart; monthOf(d) === m; d = addDays(d, 1)) {
      if (weekdays.includes(weekday(d))) days.push(d);
    }
    return rnd.pick(days);
  };
  add({
    kind: 'sternwarte-vortrag',
    date: nthWeekday(y, m, 2, rnd.chance(0.5) ? 2 : 3),
    variant: (m - 1) % 12,
  });
  for (let i = 0, n = rnd.int(2, 3); i < n; i++) {
    add({
      kind: 'konzert',
      date: randomDay([5, 6, 0]),
      variant: rnd.int(0, 8),
      venue: rnd.int(0, 3),
      time: rnd.pick(['17:00', '19:00', '19:30']),
    });
  }
  add({ kind: 'puppenwerkstatt', date: randomDay([6]) });
  if (index % 2 === 0) add({ kind: 'spielzeug-sprechstunde', date: randomDay([3]) });
  else {
    add({
      kind: 'geschichtsvortrag',
      date: randomDay([2, 3, 4]),
      variant: ((index - 1) / 2) % 6,
      city: rnd.chance(0.5) ? 'neustadt' : 'sonneberg',
    });
  }
  if (summer) {
    add({ kind: 'nachtwaechterfuehrung', date: nthWeekday(y, m, 5, -1) });
    add({ kind: 'grenzfuehrung', date: nthWeekday(y, m, 0, 1) });
    if (m >= 5 && m <= 9) {
      add({ kind: 'radtour-landesgrenze', date: nthWeekday(y, m, 0, 3) });
      add({
        kind: 'lauftreff',
        date: randomDay([1, 3]),
        city: rnd.pick(['sonneberg', 'neustadt']),
      });
      add({ kind: 'muppberg-wanderung', date: nthWeekday(y, m, 6, 3) });
    }
    add({ kind: 'flohmarkt-sonneberg', date: nthWeekday(y, m, 6, 1), move: true });
  } else {
    add({ kind: 'sternbilder-fuer-kinder', date: randomDay([6]) });
    add({ kind: 'themenfuehrung-museum', date: randomDay([4]) });
  }
  if (m === 4 || m === 5) add({ kind: 'vogelstimmen', date: randomDay([0]) });
  if (m === 6 || m === 7) add({ kind: 'kraeuterwanderung', date: randomDay([6]) });
  if (m === 9 || m === 10) add({ kind: 'pilzwanderung', date: randomDay([0]) });
  if (m === 1 || m === 2 || m === 3) add({ kind: 'muppberg-wanderung', date: randomDay([0]) });
  if (index % 3 === 0) {
    const variant = (index / 3) % 4;
    const open = nthWeekday(y, m, 6, 1);
    add({ kind: 'ausstellung', opening: true, date: addDays(open, -1), variant });
    add({
      kind: 'ausstellung',
      date: open,
      endDate: addDays(addMonths(open, rnd.int(2, 3)), -1),
      variant,
    });
  }
  if (index % 3 === 1) add({ kind: 'ilrek-buergerforum', date: nthWeekday(y, m, 3, 2) });
  return specs;
}

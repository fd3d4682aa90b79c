/**
 * Texts of opening hours ("Jetzt geöffnet · bis 17 Uhr"): loaded with opening-hours.ts, only
 * where a place with opening hours is shown. German first; the region reads a 24-hour clock.
 */
import { defineMessages } from '../i18n.js';

/** "17 Uhr", "17:30 Uhr" / "17:00", "17:30". */
function clockDe(minutes: number): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  return m === 0 ? `${h} Uhr` : `${h}:${String(m).padStart(2, '0')} Uhr`;
}
function clockEn(minutes: number): string {
  return `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export const openingMessages = defineMessages({
  de: {
    clock: clockDe,
    /** A span in the weekly table: "10–17 Uhr", "10–12:30 Uhr". */
    span: (opens: number, closes: number) =>
      `${clockDe(opens).replace(' Uhr', '')}–${clockDe(closes % 1440)}`,
    openUntil: (time: string) => `Jetzt geöffnet · bis ${time}`,
    holiday: (name: string, state: string | undefined) =>
      state
        ? `Heute geschlossen – Feiertag in ${state} (${name})`
        : `Heute geschlossen – Feiertag (${name})`,
    opensToday: (time: string) => `Öffnet heute um ${time}`,
    opensTomorrow: (time: string) => `Öffnet morgen um ${time}`,
    opensOn: (weekday: string, time: string) => `Öffnet ${weekday} um ${time}`,
    opensOnDate: (date: string, time: string) => `Öffnet am ${date} um ${time}`,
    seasonBreak: (date: string) => `Saisonpause bis ${date}`,
    closed: 'Geschlossen',
    /** The live region's words when a place opens or closes while the page is open. */
    changed: (name: string, phrase: string) => `${name}: ${phrase}`,
    table: 'Öffnungszeiten',
    closedDay: 'geschlossen',
    today: 'heute',
    holidays: {
      closed: 'An Feiertagen geschlossen',
      sunday: 'An Feiertagen wie sonntags',
      open: 'An Feiertagen zu den üblichen Zeiten geöffnet',
    },
    weekdays: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
  },
  en: {
    clock: clockEn,
    span: (opens: number, closes: number) => `${clockEn(opens)}–${clockEn(closes % 1440)}`,
    openUntil: (time: string) => `Open now · until ${time}`,
    holiday: (name: string, state: string | undefined) =>
      state
        ? `Closed today – public holiday in ${state} (${name})`
        : `Closed today – public holiday (${name})`,
    opensToday: (time: string) => `Opens today at ${time}`,
    opensTomorrow: (time: string) => `Opens tomorrow at ${time}`,
    opensOn: (weekday: string, time: string) => `Opens ${weekday} at ${time}`,
    opensOnDate: (date: string, time: string) => `Opens on ${date} at ${time}`,
    seasonBreak: (date: string) => `Seasonal break until ${date}`,
    closed: 'Closed',
    changed: (name: string, phrase: string) => `${name}: ${phrase}`,
    table: 'Opening hours',
    closedDay: 'closed',
    today: 'today',
    holidays: {
      closed: 'Closed on public holidays',
      sunday: 'Public holidays: Sunday hours',
      open: 'Open on public holidays at the usual times',
    },
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  },
});

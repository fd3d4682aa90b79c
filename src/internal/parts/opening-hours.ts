/**
 * Opening hours as a visitor reads them: the state line ("Jetzt geöffnet · bis 17 Uhr") and the
 * weekly table. A lazy part: it brings the holiday tables and the opening-state logic, and is
 * loaded only by widgets showing a place that has opening hours.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { berlinParts, TIME_ZONE } from '../../feed/berlin-time.js';
import { openingStateAt, weekTable, type OpeningState } from '../../feed/opening-state.js';
import type { Place } from '../../feed/types.js';
import { LOCALES } from '../format.js';
import { localText, textLang, type Lang } from '../i18n.js';
import { openingMessages } from './opening-hours.messages.js';

const dayMonth = new Map<Lang, Intl.DateTimeFormat>();
/** "31. März" / "31 March" (Berlin). */
function formatDayMonth(epoch: number, lang: Lang): string {
  let format = dayMonth.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], {
      timeZone: TIME_ZONE,
      day: 'numeric',
      month: 'long',
    });
    dayMonth.set(lang, format);
  }
  return format.format(epoch);
}

/** The wall-clock minutes of an instant in Berlin. */
function minutesOf(epoch: number): number {
  const { hour, minute } = berlinParts(epoch);
  return hour * 60 + minute;
}

/** The state in words: "Jetzt geöffnet · bis 17 Uhr", "Öffnet morgen um 10 Uhr", … */
export function openingPhrase(state: OpeningState, lang: Lang): string {
  const t = openingMessages[lang];
  switch (state.kind) {
    case 'open':
      return t.openUntil(t.clock(minutesOf(state.until)));
    case 'holiday':
      return t.holiday(state.holiday[lang], state.holiday.state?.[lang]);
    case 'opens': {
      const time = t.clock(minutesOf(state.at));
      if (state.day === 'today') return t.opensToday(time);
      if (state.day === 'tomorrow') return t.opensTomorrow(time);
      if (state.day === 'week') return t.opensOn(t.weekdays[berlinParts(state.at).weekday]!, time);
      return t.opensOnDate(formatDayMonth(state.at, lang), time);
    }
    case 'season-break':
      return t.seasonBreak(formatDayMonth(state.lastDay, lang));
    case 'closed':
      return t.closed;
  }
}

/** The state line of a place with opening hours, or nothing. */
export function openingLine(
  place: Place,
  now: number,
  lang: Lang,
): TemplateResult | typeof nothing {
  if (!place.openingHours) return nothing;
  const { state } = openingStateAt(place.openingHours, place.city, now);
  return html`<p class="opening ${state.kind === 'open' ? 'is-open' : 'is-closed'}" part="opening">
    ${openingPhrase(state, lang)}
  </p>`;
}

/** True when a place with opening hours is open at `now`. */
export function isOpenNow(place: Place, now: number): boolean {
  return (
    !!place.openingHours &&
    openingStateAt(place.openingHours, place.city, now).state.kind === 'open'
  );
}

/**
 * Remembers each place's phrase, so that a change while the page stays open (a kiosk past
 * closing time) can be announced, and finds when the next change is due.
 */
export class OpeningWatch {
  private phrases = new Map<string, string>();
  private lang: Lang | undefined;

  /** Notes the phrases of `places` at `now`; returns when the first of them changes (or Infinity). */
  note(places: readonly Place[], now: number, lang: Lang): number {
    let next = Infinity;
    this.phrases.clear();
    this.lang = lang;
    for (const place of places) {
      if (!place.openingHours) continue;
      const { state, changesAt } = openingStateAt(place.openingHours, place.city, now);
      this.phrases.set(place.id, openingPhrase(state, lang));
      next = Math.min(next, changesAt);
    }
    return next;
  }

  /** "Name: Öffnet morgen um 10 Uhr" for each of `places` whose phrase changed since `note`. */
  changes(places: readonly Place[], now: number, lang: Lang): string {
    if (lang !== this.lang) return '';
    const out: string[] = [];
    for (const place of places) {
      const before = this.phrases.get(place.id);
      if (!place.openingHours || before === undefined) continue;
      const phrase = openingPhrase(openingStateAt(place.openingHours, place.city, now).state, lang);
      if (phrase !== before) {
        out.push(openingMessages[lang].changed(localText(place.name, lang), phrase));
      }
    }
    return out.join('. ');
  }
}

/** Monday first, as the region's week starts. */
const WEEK = [1, 2, 3, 4, 5, 6, 0];

/** The weekly table of the current (or next) season, today's row marked; with the holiday rule and the note. */
export function openingTable(
  place: Place,
  now: number,
  lang: Lang,
): TemplateResult | typeof nothing {
  const hours = place.openingHours;
  if (!hours || hours.weekly.length === 0) return nothing;
  const t = openingMessages[lang];
  const week = weekTable(hours, now);
  const today = berlinParts(now).weekday;
  return html`<table class="opening-week" part="opening-hours">
    <caption>
      ${t.table}
    </caption>
    <tbody>
      ${WEEK.map(
        (day) =>
          html`<tr aria-current=${day === today ? 'date' : nothing}>
            <th scope="row">
              ${t.weekdays[day]}${
                day === today ? html`<span class="visually-hidden"> (${t.today})</span>` : nothing
              }
            </th>
            <td>
              ${
                week[day]!.length === 0
                  ? t.closedDay
                  : week[day]!.map((s) => t.span(s.opens, s.closes)).join(', ')
              }
            </td>
          </tr>`,
      )}
    </tbody>
    <tfoot>
      <tr>
        <td colspan="2">
          ${t.holidays[hours.publicHolidays]}${
            hours.note !== undefined
              ? html`<br /><span lang=${textLang(hours.note, lang) ?? nothing}
                    >${localText(hours.note, lang)}</span
                  >`
              : nothing
          }
        </td>
      </tr>
    </tfoot>
  </table>`;
}

export const styles = css`
  .opening {
    margin: 0.25em 0;
    font-weight: 600;
  }
  .opening::before {
    content: '';
    display: inline-block;
    width: 0.6em;
    height: 0.6em;
    margin-inline-end: 0.4em;
    border-radius: 50%;
    border: 1px solid currentColor;
  }
  .opening.is-open::before {
    background: currentColor;
  }
  .opening-week {
    border-collapse: collapse;
    margin: 0.5em 0;
    font-size: 0.9em;
  }
  .opening-week caption {
    text-align: start;
    font-weight: 600;
  }
  .opening-week th,
  .opening-week td {
    padding: 0.1em 0.75em 0.1em 0;
    text-align: start;
    font-weight: normal;
    vertical-align: top;
  }
  .opening-week tr[aria-current] th,
  .opening-week tr[aria-current] td {
    font-weight: 700;
  }
  .opening-week tfoot td {
    padding-top: 0.35em;
  }
`;

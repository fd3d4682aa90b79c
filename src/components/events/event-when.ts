/** The full "when" of the detail view; loaded with the detail code only. */
import { formatTime, formatWeekdayDate } from '../../internal/format.js';
import type { Lang } from '../../internal/i18n.js';
import { lastDay, timeText } from './event-time.js';
import type { Occurrence } from './events-query.js';
import type { EventMessages } from './events.messages.js';

/** "Samstag, 6. Dezember 2026, 19:00–21:00 Uhr": the full "when" of the detail view. */
export function whenText(o: Occurrence, lang: Lang, t: EventMessages): string {
  const last = lastDay(o);
  const first = formatWeekdayDate(o.start, lang, true);
  if (o.event.allDay) {
    return last !== undefined
      ? `${first} – ${formatWeekdayDate(last, lang, true)} (${t.allDay})`
      : `${first} (${t.allDay})`;
  }
  if (last !== undefined && o.end !== undefined) {
    return `${first}, ${formatTime(o.start, lang)}${t.oclock} – ${formatWeekdayDate(last, lang, true)}, ${formatTime(o.end, lang)}${t.oclock}`;
  }
  return `${first}, ${timeText(o, lang, t)}`;
}

/* global performance */
// The benchmark's page for FullCalendar 6.1: core + list view, German, Europe/Berlin, a 366-day
// range, the same occurrences our widget shows (bench/run.mjs passes them in).
import { Calendar } from '@fullcalendar/core';
import deLocale from '@fullcalendar/core/locales/de';
import listPlugin from '@fullcalendar/list';

const DAY_MS = 86_400_000;

function layout(root) {
  return root.offsetHeight;
}

window.bench = {
  /** From `new Calendar()` to the list rendered and laid out. */
  async render(events, now) {
    const root = document.createElement('div');
    document.body.append(root);
    const t = performance.now();
    const calendar = new Calendar(root, {
      plugins: [listPlugin],
      initialView: 'list',
      locale: deLocale,
      timeZone: 'Europe/Berlin',
      initialDate: now,
      visibleRange: { start: now, end: now + 366 * DAY_MS },
      height: 'auto',
      events,
    });
    calendar.render();
    // FullCalendar renders synchronously; the loop only guards against a deferred first paint.
    while (!root.querySelector('.fc-list-event, .fc-list-empty')) {
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const height = layout(root);
    const ms = performance.now() - t;
    window.calendar = calendar;
    window.allEvents = events;
    window.root = root;
    return { ms, items: root.querySelectorAll('.fc-list-event').length, height };
  },

  /** A "filter change": replace the events by the matching ones and render again. */
  filter(city) {
    const { calendar, allEvents, root } = window;
    const t = performance.now();
    const matching = allEvents.filter((e) => e.city === city || e.city === 'both');
    calendar.batchRendering(() => {
      calendar.removeAllEventSources();
      calendar.addEventSource(matching);
    });
    layout(root);
    const ms = performance.now() - t;
    return { ms, count: root.querySelectorAll('.fc-list-event').length };
  },
};

/**
 * Widgets that take their language from an ancestor follow a change of it while the page is
 * open (a CMS language switch that rewrites `<html lang>` without reloading). One observer for
 * every widget on the page; it starts with the first widget and stops with the last.
 */
interface Speaker {
  readonly language: string;
  requestUpdate(): void;
}

/** Each widget with the language it spoke when last looked at. */
const widgets = new Map<Speaker, string>();
let observer: MutationObserver | undefined;

function recheck(): void {
  for (const [widget, spoken] of widgets) {
    const now = widget.language;
    if (now === spoken) continue;
    widgets.set(widget, now);
    widget.requestUpdate();
  }
}

export function watchLang(widget: Speaker): void {
  widgets.set(widget, widget.language);
  if (observer) return;
  observer = new MutationObserver(recheck);
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

export function unwatchLang(widget: Speaker): void {
  widgets.delete(widget);
  if (widgets.size > 0) return;
  observer?.disconnect();
  observer = undefined;
}

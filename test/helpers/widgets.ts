/** Test helpers shared by the widget tests. */
import { fixture, html, oneEvent } from '@open-wc/testing';
import type { SonnecDownloads } from '../../src/components/downloads/sonnec-downloads.js';
import type { SonnecElement } from '../../src/internal/sonnec-element.js';

export const GOOD_FEED = '/test/fixtures/feed-good.json';

/**
 * Waits until `predicate` holds, like @open-wc's `waitUntil`, but lets go of it at once.
 * `waitUntil` keeps its timeout timer, and with it the predicate and what that reads (a removed
 * widget), until the timeout has passed: a leak test would take that for a leak.
 */
export async function until(
  predicate: () => unknown,
  message: string,
  { timeout = 1000, interval = 20 } = {},
): Promise<void> {
  const end = performance.now() + timeout;
  while (!predicate()) {
    if (performance.now() > end) throw new Error(`Timeout: ${message}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** Waits until a widget has settled (loaded or failed) and rendered. */
export async function settled(el: SonnecElement): Promise<void> {
  if (el.state === 'loading') {
    await Promise.race([oneEvent(el, 'sonnec-load'), oneEvent(el, 'sonnec-error')]);
  }
  await el.updateComplete;
}

/**
 * A `<sonnec-downloads src>` added to the page after another one loaded `src`, updated once:
 * what a widget placed later shows in its first render (the test imports the define module).
 * `loaded`: its `sonnec-load` event, still to come. The caller removes `second`.
 */
export async function addedAfterAnother(src: string) {
  const first = await fixture<SonnecDownloads>(
    html`<sonnec-downloads src=${src}></sonnec-downloads>`,
  );
  await settled(first);
  const second = document.createElement('sonnec-downloads');
  second.src = src;
  const loaded = oneEvent(second, 'sonnec-load');
  document.body.append(second);
  await second.updateComplete;
  return { first, second, loaded };
}

/** The visible text of a shadow root, whitespace folded. */
export function textOf(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A data: URL can't be used (CSP and our own URL rules); serve a feed from a Blob instead. */
export function feedUrl(feed: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
}

/**
 * A name for a counting route. No dot in it: the test runner marks paths with an extension as
 * cacheable for a year, and the browser would then answer repeated requests itself.
 */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Math.random().toString(36).slice(2)}`;
}

/** How many requests the test server's counting route `/__fault/count/<name>` has answered. */
export async function requestsFor(name: string): Promise<number> {
  const response = await fetch(`/__fault/count-of/${name}`);
  return ((await response.json()) as { count: number }).count;
}

/** The URLs this page has requested that contain `name` (modules, feeds, pictures). */
export function loaded(name: string): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.includes(name));
}

/**
 * Sets a widget's filter control named `name` as a visitor would (value, then the `input`
 * event of a search field or the `change` event of the others) and waits for the update.
 */
export async function choose(
  el: Element & { readonly updateComplete: Promise<unknown> },
  name: string,
  value: string,
): Promise<void> {
  const control = el.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>(
    `[name="${name}"]`,
  )!;
  control.value = value;
  control.dispatchEvent(
    new Event(control.type === 'search' ? 'input' : 'change', { bubbles: true, composed: true }),
  );
  await el.updateComplete;
}

/** The text a screen reader reads from a node (parts with aria-hidden left out), folded. */
export function spokenText(node: Element | null | undefined): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n instanceof Element && n.getAttribute('aria-hidden') === 'true') return;
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    n.childNodes.forEach(walk);
  };
  if (node) walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * Waits until every finite CSS animation on the page has run (a kiosk view fades in over
 * 400 ms): axe measures colours as they are painted, and text half faded in has less contrast.
 */
export async function animationsDone(): Promise<void> {
  // Document#getAnimations leaves shadow trees out: ask every shadow root too.
  const roots: (Document | ShadowRoot)[] = [document];
  for (let i = 0; i < roots.length; i++) {
    for (const el of roots[i]!.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  }
  const finite = roots
    .flatMap((root) => root.getAnimations())
    .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)));
  await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
}

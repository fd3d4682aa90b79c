/**
 * The page-wide consent store: one "yes" on a page serves every widget on it that asks for the
 * same thing (e.g. every map that loads tiles from the same server), even across two copies of
 * our bundle, because the store lives on `globalThis[Symbol.for('sonnec.consent.v1')]`.
 *
 * Consent is kept in memory for the page's life only. It is written to `localStorage` only when
 * the caller asks to remember it (the webmaster's `remember-consent`), and read from there only
 * then, so a page that never asks never touches Web Storage. Nothing here sets a cookie.
 *
 * Every change fires `sonnec-consent` on `document` (`detail: { purpose, granted }`), so a
 * consent-management platform can follow, and can call `grantConsent`/`revokeConsent` itself.
 */

/** What the visitor agrees to, e.g. `map-tiles:tile.openstreetmap.org`. */
export type ConsentPurpose = string;

export interface SonnecConsentDetail {
  readonly purpose: ConsentPurpose;
  readonly granted: boolean;
}

declare global {
  interface DocumentEventMap {
    'sonnec-consent': CustomEvent<SonnecConsentDetail>;
  }
}

const STORE_KEY = Symbol.for('sonnec.consent.v1');
const STORAGE_PREFIX = 'sonnec.consent.';

interface Store {
  readonly granted: Set<ConsentPurpose>;
}

function store(): Store {
  const g = globalThis as unknown as Record<symbol, Store | undefined>;
  return (g[STORE_KEY] ??= { granted: new Set() });
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // blocked by the browser's privacy settings
  }
}

/** True when the visitor agreed on this page, or (with `remember`) on an earlier visit. */
export function hasConsent(purpose: ConsentPurpose, remember = false): boolean {
  if (store().granted.has(purpose)) return true;
  if (remember && storage()?.getItem(STORAGE_PREFIX + purpose) === 'granted') {
    store().granted.add(purpose);
    return true;
  }
  return false;
}

/** Records the visitor's agreement; `remember` keeps it in localStorage for later visits. */
export function grantConsent(purpose: ConsentPurpose, remember = false): void {
  store().granted.add(purpose);
  if (remember) {
    try {
      storage()?.setItem(STORAGE_PREFIX + purpose, 'granted');
    } catch {
      // Storage full or blocked: consent still holds for this page.
    }
  }
  notify(purpose, true);
}

/** Withdraws the agreement on this page and forgets a remembered one. */
export function revokeConsent(purpose: ConsentPurpose): void {
  store().granted.delete(purpose);
  try {
    // Removing only ever deletes what we wrote; it creates nothing.
    storage()?.removeItem(STORAGE_PREFIX + purpose);
  } catch {
    // ignore
  }
  notify(purpose, false);
}

function notify(purpose: ConsentPurpose, granted: boolean): void {
  document.dispatchEvent(
    new CustomEvent<SonnecConsentDetail>('sonnec-consent', { detail: { purpose, granted } }),
  );
}

/**
 * Withdraws every agreement given on this page (and forgets remembered ones): the kiosk does
 * this when a visitor has left, so that the next one is asked again.
 */
export function revokeAllConsent(): void {
  for (const purpose of [...store().granted]) revokeConsent(purpose);
}

/** Calls `listener` on every change of consent; returns the function that stops listening. */
export function onConsentChange(listener: (detail: SonnecConsentDetail) => void): () => void {
  const handler = (event: CustomEvent<SonnecConsentDetail>) => listener(event.detail);
  document.addEventListener('sonnec-consent', handler);
  return () => document.removeEventListener('sonnec-consent', handler);
}

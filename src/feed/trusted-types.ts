/**
 * Our one Trusted Types policy, `sonnec`, for pages that send
 * `require-trusted-types-for 'script'` (allow it with `trusted-types lit-html dompurify sonnec`).
 * It serves four sinks only, and none lets feed markup into the live page:
 * - `script`: the JSON-LD text, already escaped by structured-data.ts so no feed text can
 *   close the element;
 * - `inertHtml`: feed HTML parsed by DOMParser into an inert document (no script runs, nothing
 *   loads) only to read its plain text (sanitize.ts `htmlToText`), and HTML's character
 *   references of RSS/Atom, each alone in a `<span>` we write (browser-references.ts);
 * - `inertXml`: an RSS/Atom source parsed by DOMParser as XML (an inert document: no script
 *   runs, nothing loads) whose nodes are read into the feed model; its HTML reaches the page
 *   only through sanitize.ts;
 * - `leafletHtml`: the few strings Leaflet writes to innerHTML itself (see
 *   scripts/leaflet-trusted-types.mjs); our markers and popups give Leaflet DOM nodes instead.
 * Without Trusted Types (most pages) the strings pass unchanged.
 */
interface Policy {
  createHTML(input: string): unknown;
  createScript(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: Record<string, (input: string) => string>): Policy;
}

let policy: Policy | null | undefined;

function sonnecPolicy(): Policy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  try {
    policy = factory
      ? factory.createPolicy('sonnec', { createHTML: (s) => s, createScript: (s) => s })
      : null;
  } catch {
    // The page's CSP does not allow our policy name: sinks then fail as the page wants.
    policy = null;
  }
  return policy;
}

/** JSON-LD text for a `<script type="application/ld+json">` (already escaped). */
export function trustedScript(json: string): string {
  return (sonnecPolicy()?.createScript(json) ?? json) as string;
}

/** HTML for DOMParser only: an inert document whose text is read and then dropped. */
export function inertHtml(html: string): string {
  return (sonnecPolicy()?.createHTML(html) ?? html) as string;
}

/** RSS/Atom text for DOMParser's XML parse only: an inert document whose nodes are read. */
export function inertXml(xml: string): string {
  return (sonnecPolicy()?.createHTML(xml) ?? xml) as string;
}

/**
 * HTML Leaflet writes itself: its SVG probe, zoom buttons and popup close button (its own
 * constants) and the attribution (built by the map from constants and escaped text). Only the
 * build-time transform of Leaflet calls this (scripts/leaflet-trusted-types.mjs).
 */
export function leafletHtml(html: string): string {
  return (sonnecPolicy()?.createHTML(html) ?? html) as string;
}

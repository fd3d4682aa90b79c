/**
 * Guarded registration: a CMS page may load our script twice, or two versions of it.
 * The first definition wins; a later one is skipped, with a single warning when versions differ.
 */
import { VERSION } from './version.js';

const VERSIONS_KEY = Symbol.for('sonnec.versions.v1');

export function define(tag: string, element: CustomElementConstructor): void {
  const versions = ((globalThis as unknown as Record<symbol, Map<string, string>>)[VERSIONS_KEY] ??=
    new Map());
  const existing = customElements.get(tag);
  if (existing) {
    const other = versions.get(tag);
    if (existing !== element && other !== undefined && other !== VERSION) {
      console.warn(
        `[sonnec] <${tag}> is already defined by version ${other}; ${VERSION} is not used.`,
      );
    }
    return;
  }
  customElements.define(tag, element);
  versions.set(tag, VERSION);
}

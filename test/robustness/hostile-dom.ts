/**
 * Inspectors for the robustness suite: walk every element of the page, shadow roots included,
 * and list what a hostile feed must never leave behind.
 */

/** Every element under `root`, descending into open shadow roots. */
export function allElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return out;
}

const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'srcset',
  'poster',
  'background',
  'data',
  'ping',
  'cite',
  'longdesc',
];
// What browsers ignore inside a scheme (as src/feed/url.ts strips it).
// eslint-disable-next-line no-control-regex
const IGNORED = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g;
const DANGEROUS_SCHEME = /^(javascript|data|vbscript):/i;
/** Elements that must never come out of a feed (our JSON-LD script is checked on its own). */
export const FORBIDDEN_TAGS = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'form',
  'style',
  'link',
  'meta',
  'base',
  'frame',
  'frameset',
  'portal',
  'noscript',
  'template',
  'applet',
  'isindex',
]);

function describe(el: Element): string {
  const host = (el.getRootNode() as ShadowRoot).host;
  return `<${el.localName}> in ${host ? `<${host.localName}>` : 'the document'}: ${el.outerHTML.slice(0, 160)}`;
}

/** Problems with one element: event-handler attributes, dangerous URLs, forbidden tags. */
export function elementProblems(el: Element): string[] {
  const problems: string[] = [];
  for (const attr of el.attributes) {
    const name = attr.name.toLowerCase();
    if (name.startsWith('on')) problems.push(`${name} attribute on ${describe(el)}`);
    if (URL_ATTRIBUTES.includes(name)) {
      const compact = attr.value.replace(IGNORED, '');
      if (DANGEROUS_SCHEME.test(compact))
        problems.push(`${name}="${attr.value}" on ${describe(el)}`);
    }
  }
  if (FORBIDDEN_TAGS.has(el.localName)) problems.push(`forbidden element ${describe(el)}`);
  return problems;
}

/** The origin a URL attribute would load from, or undefined for blob: URLs and empty values. */
export function originOf(value: string): string | undefined {
  try {
    const url = new URL(value, document.baseURI);
    return url.protocol === 'blob:' ? undefined : url.origin;
  } catch {
    return undefined;
  }
}

/** URLs an element would fetch by itself (images, media, frames, styles, SVG references). */
export function fetchedUrls(el: Element): string[] {
  const urls: string[] = [];
  const add = (value: string | null) => {
    if (value && value.trim()) urls.push(value.trim());
  };
  const name = el.localName;
  if (['img', 'video', 'audio', 'source', 'iframe', 'embed', 'script', 'input'].includes(name)) {
    add(el.getAttribute('src'));
  }
  if (el.hasAttribute('srcset')) {
    for (const part of el.getAttribute('srcset')!.split(',')) add(part.trim().split(/\s+/)[0]!);
  }
  if (name === 'video') add(el.getAttribute('poster'));
  if (name === 'object') add(el.getAttribute('data'));
  if (name === 'link') add(el.getAttribute('href'));
  if (['image', 'use', 'feimage'].includes(name)) {
    add(el.getAttribute('href') ?? el.getAttribute('xlink:href'));
  }
  const style = el.getAttribute('style');
  if (style) for (const m of style.matchAll(/url\(\s*['"]?([^'")]+)/g)) add(m[1]!);
  return urls;
}

/**
 * The only door for feed HTML and URLs into the page.
 * HTML goes through DOMPurify with a tight allow-list; DOMPurify is loaded on first use only,
 * so pages that never show rich text never download it.
 */
import { safeImageUrl, safeUrl } from '../feed/url.js';
import { inertHtml } from '../feed/trusted-types.js';

export { safeImageUrl, safeUrl };

const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'small',
  'sub',
  'sup',
  'abbr',
  'q',
  'blockquote',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  'img',
  'figure',
  'figcaption',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'caption',
  'hr',
  'span',
  'time',
  'address',
];
const ALLOWED_ATTR = [
  'href',
  'src',
  'alt',
  'title',
  'datetime',
  'lang',
  'colspan',
  'rowspan',
  'scope',
];

type Purify = typeof import('dompurify').default;
let purifier: Promise<Purify> | undefined;
const results = new Map<string, Promise<string>>();

export interface SanitizeOptions {
  /**
   * Origins that pictures in the HTML may load from; any other picture loses its `src` (its
   * `alt` text stays), so feed HTML cannot make the visitor's browser call a third party.
   * Default: the page's own origin. `['*']` allows every origin.
   */
  readonly imageOrigins?: readonly string[];
  /**
   * The address relative links and pictures in the HTML are relative to: the feed's (see
   * `feedBaseOf`), not the page's. Without it they stay relative.
   */
  readonly baseUrl?: string | undefined;
}
/** The origins of the `sanitize` call in progress (DOMPurify's hooks run synchronously in it). */
let currentImageOrigins: readonly string[] = [];
/** The base URL of the `sanitize` call in progress. */
let currentBase: string | undefined;

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** A relative link made absolute against the feed's address; `#fragment` links stay. */
function againstBase(url: string): string {
  if (!currentBase || HAS_SCHEME.test(url) || url.startsWith('#')) return url;
  try {
    return new URL(url, currentBase).href;
  } catch {
    return url;
  }
}

function imageAllowed(src: string): boolean {
  if (currentImageOrigins.includes('*')) return true;
  try {
    return currentImageOrigins.includes(new URL(src, document.baseURI).origin);
  } catch {
    return false;
  }
}

function loadPurifier(): Promise<Purify> {
  return (purifier ??= import('dompurify').then(({ default: createDOMPurify }) => {
    const purify = createDOMPurify(window);
    purify.addHook('afterSanitizeAttributes', (node) => {
      // Re-check every URL with our own allow-list, which is stricter than DOMPurify's.
      for (const name of ['href', 'src'] as const) {
        if (!node.hasAttribute(name)) continue;
        const checked =
          name === 'src' ? safeImageUrl(node.getAttribute(name)) : safeUrl(node.getAttribute(name));
        const safe = checked && againstBase(checked);
        if (safe && (name !== 'src' || imageAllowed(safe))) node.setAttribute(name, safe);
        else node.removeAttribute(name);
      }
      if (node.tagName === 'A' && node.hasAttribute('href')) {
        node.setAttribute('rel', 'noopener noreferrer');
      }
      if (node.tagName === 'IMG') {
        node.setAttribute('loading', 'lazy');
        if (!node.hasAttribute('alt')) node.setAttribute('alt', '');
      }
    });
    return purify;
  }));
}

/** Sanitized HTML as a string, cached per input so re-renders cost nothing. */
export function sanitizeHtml(html: string, options: SanitizeOptions = {}): Promise<string> {
  const origins = options.imageOrigins ?? [location.origin];
  const base = options.baseUrl;
  const key = `${origins.join(' ')}\n${base ?? ''}\n${html}`;
  let result = results.get(key);
  if (!result) {
    result = loadPurifier().then((purify) => {
      currentImageOrigins = origins;
      currentBase = base;
      try {
        return purify.sanitize(html, {
          ALLOWED_TAGS,
          ALLOWED_ATTR,
          ALLOW_DATA_ATTR: false,
          ALLOW_ARIA_ATTR: false,
          KEEP_CONTENT: true,
        });
      } finally {
        currentImageOrigins = [];
        currentBase = undefined;
      }
    });
    if (results.size > 500) results.clear();
    results.set(key, result);
  }
  return result;
}

/** Plain text of untrusted HTML, for summaries and exports; no markup is ever parsed live. */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(inertHtml(html), 'text/html');
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

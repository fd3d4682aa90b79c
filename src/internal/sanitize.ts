/**
 * The only door for feed HTML and URLs into the page.
 * HTML goes through DOMPurify with a tight allow-list; DOMPurify is loaded on first use only,
 * so pages that never show rich text never download it.
 */
import { safeImageUrl, safeUrl } from '../feed/url.js';

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

function loadPurifier(): Promise<Purify> {
  return (purifier ??= import('dompurify').then(({ default: createDOMPurify }) => {
    const purify = createDOMPurify(window);
    purify.addHook('afterSanitizeAttributes', (node) => {
      // Re-check every URL with our own allow-list, which is stricter than DOMPurify's.
      for (const name of ['href', 'src'] as const) {
        if (!node.hasAttribute(name)) continue;
        const safe =
          name === 'src' ? safeImageUrl(node.getAttribute(name)) : safeUrl(node.getAttribute(name));
        if (safe) node.setAttribute(name, safe);
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
export function sanitizeHtml(html: string): Promise<string> {
  let result = results.get(html);
  if (!result) {
    result = loadPurifier().then((purify) =>
      purify.sanitize(html, {
        ALLOWED_TAGS,
        ALLOWED_ATTR,
        ALLOW_DATA_ATTR: false,
        ALLOW_ARIA_ATTR: false,
        KEEP_CONTENT: true,
      }),
    );
    if (results.size > 500) results.clear();
    results.set(html, result);
  }
  return result;
}

/** Plain text of untrusted HTML, for summaries and exports; no markup is ever parsed live. */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

// A rollup transform for the drop-in build: minifies the static text of Lit's css`…` and
// html`…` tagged templates in our sources (terser leaves template text alone). Interpolations
// (`${…}`) are kept as they are; only the literal parts change.
//  - css: comments removed, white space collapsed and dropped around `{ } ; , >`, after `:`
//    (never before it: `a :hover` differs from `a:hover`), after `(`, before `)` and before
//    `!important` and around `/`; a number's leading zero dropped (`0.5em`, `-0.5em` → `.5em`,
//    `-.5em`), the last `;` of a block dropped; quotes dropped around an attribute selector's
//    value that is a plain name (`[theme='dark']` → `[theme=dark]`). Around `+` and `~` only in a
//    selector (`.a + .b` → `.a+.b`), never in a value: `calc(1em + 2px)` needs them.
//  - html: a run of white space that contains a line break becomes one space (never removed, so
//    inline content keeps its gaps). None of our templates use <pre>, <textarea> or
//    `white-space: pre` on template text.

/** Every `css` / `html` tagged template in an ESTree AST (start and end of each literal part). */
function* taggedTemplates(node) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* taggedTemplates(child);
    return;
  }
  if (
    node.type === 'TaggedTemplateExpression' &&
    node.tag.type === 'Identifier' &&
    (node.tag.name === 'css' || node.tag.name === 'html')
  ) {
    yield { tag: node.tag.name, quasis: node.quasi.quasis };
  }
  for (const key in node) {
    if (key !== 'type' && typeof node[key] === 'object') yield* taggedTemplates(node[key]);
  }
}

export function minifyCss(text) {
  return (
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      // Inside parentheses only: before `(` a space may be needed (`and (color: …)`).
      .replace(/\(\s+/g, '(')
      .replace(/\s+\)/g, ')')
      .replace(/\s+!important/g, '!important')
      // `aspect-ratio: 3 / 2`, `grid-column: 1 / -1`: the slash needs no spaces.
      .replace(/\s*\/\s*/g, '/')
      // `0.75em` → `.75em` (a number's leading zero, not a digit of a larger one).
      .replace(/(^|[\s:,(/-])0\.(\d)/g, '$1.$2')
      // A value that is a name needs no quotes (not one starting with a digit or `-`).
      .replace(/\[([\w-]+)='([a-z_][\w-]*)'\]/gi, '[$1=$2]')
      // A selector: the text after a `{` or `}` up to the next `{`, with no `;` (a declaration)
      // or `@` (an at-rule's condition) in it.
      .replace(/(^|[{}])([^{};@]*)\{/g, (_m, end, selector) => `${end}${combinators(selector)}{`)
      .replace(/;}/g, '}')
  );
}

/** `.a + .b`, `.a ~ .b` → `.a+.b`, `.a~.b` (in a selector the combinators need no spaces). */
const combinators = (selector) => selector.replace(/\s*([+~])\s*/g, '$1');

export function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** Rewrites the literal parts of `code`'s css/html templates; `ast` is its ESTree AST. */
export function minifyTemplates(code, ast) {
  const edits = [];
  for (const { tag, quasis } of taggedTemplates(ast)) {
    for (const q of quasis) {
      const raw = code.slice(q.start, q.end);
      const min = tag === 'css' ? minifyCss(raw) : minifyHtml(raw);
      if (min !== raw) edits.push([q.start, q.end, min]);
    }
  }
  let out = code;
  for (const [start, end, text] of edits.sort((x, y) => y[0] - x[0])) {
    out = out.slice(0, start) + text + out.slice(end);
  }
  return out;
}

/** The rollup plugin, for our TypeScript sources: place it after esbuild (it parses JavaScript). */
export function minifyTemplatesPlugin() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(css|html)`/.test(code)) return null;
      return { code: minifyTemplates(code, this.parse(code)), map: null };
    },
  };
}

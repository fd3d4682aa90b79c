// The drop-in build's CSS template minifier (scripts/minify-templates.mjs): shorter where CSS
// allows it, never where a space or a character carries meaning.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { minifyCss } from '../../scripts/minify-templates.mjs';

it('drops spaces inside parentheses and before !important, and leading zeros', () => {
  assert.equal(
    minifyCss(`:host {
      --_font: var( --sonnec-font, system-ui );
      margin: 0.75em 0 -0.5em;
      display: none !important;
    }`),
    ':host{--_font:var(--sonnec-font,system-ui);margin:.75em 0 -.5em;display:none!important}',
  );
});

it('keeps what carries meaning: calc operators, the space before a media condition, numbers', () => {
  assert.equal(
    minifyCss('@media (a: 1) and (b: 2) { .x { width: calc(100% + 10.5px); top: 20.05em } }'),
    '@media (a:1) and (b:2){.x{width:calc(100% + 10.5px);top:20.05em}}',
  );
});

it('drops spaces around a slash, and the leading zero of a negative number', () => {
  assert.equal(
    minifyCss('.x { aspect-ratio: 3 / 2; grid-column: 1 / -1; transform: translateY(-0.15em) }'),
    '.x{aspect-ratio:3/2;grid-column:1/-1;transform:translateY(-.15em)}',
  );
});

it('drops quotes around an attribute value that is a name, keeps them around any other', () => {
  assert.equal(
    minifyCss(`:host([theme='dark']) .a, [data-x='1a'], [data-y='-b'], [data-z='a b'] { c: d }`),
    `:host([theme=dark]) .a,[data-x='1a'],[data-y='-b'],[data-z='a b']{c:d}`,
  );
});

it('drops spaces around + and ~ in selectors, never in a value', () => {
  assert.equal(
    minifyCss(`.a + .b { margin: calc(1em + 2px) }
      @media (min-width: 30em) { .c ~ .d, li:nth-child(2n + 1) { width: calc(100% + var(--x)) } }`),
    '.a+.b{margin:calc(1em + 2px)}@media (min-width:30em){.c~.d,li:nth-child(2n+1){width:calc(100% + var(--x))}}',
  );
  // A template's text after an interpolation `${…}` may be the rest of a value.
  assert.equal(minifyCss(' + var(--y));} .e + .f { g: h }'), ' + var(--y))}.e+.f{g:h}');
});

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
    ':host{--_font:var(--sonnec-font,system-ui);margin:.75em 0 -0.5em;display:none!important}',
  );
});

it('keeps what carries meaning: calc operators, the space before a media condition, numbers', () => {
  assert.equal(
    minifyCss('@media (a: 1) and (b: 2) { .x { width: calc(100% + 10.5px); top: 20.05em } }'),
    '@media (a:1) and (b:2){.x{width:calc(100% + 10.5px);top:20.05em}}',
  );
});

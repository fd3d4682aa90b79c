// The demo pages' own chrome: every page has its icon, each local link and resource of a page
// exists (no 404 a visitor or the console would see), and the page text is sans-serif like the
// widgets beside it.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT } from './helpers.mjs';

const DEMO = path.join(ROOT, 'demo');
const pages = readdirSync(DEMO).filter((name) => name.endsWith('.html'));

/** Where a local href or src leads on disk; undefined for other sites, anchors and built files. */
function target(ref) {
  if (/^([a-z]+:|#|\/\/)/i.test(ref)) return undefined;
  const file = ref.replace(/[?#].*$/, '');
  if (file === '' || file.startsWith('../dist/')) return undefined; // built by `npm run build`
  return path.join(DEMO, file);
}

for (const name of pages) {
  const page = readFileSync(path.join(DEMO, name), 'utf8');

  test(`demo/${name}: has an icon that exists`, () => {
    const icon = page.match(/<link[^>]*rel="icon"[^>]*href="([^"]+)"/)?.[1];
    assert.ok(icon, 'a <link rel="icon">');
    assert.ok(existsSync(target(icon)), icon);
  });

  test(`demo/${name}: every local link and resource exists (a folder only with an index.html)`, () => {
    const markup = page.replace(/<code>[\s\S]*?<\/code>/g, ''); // examples shown as text
    for (const [, ref] of markup.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const file = target(ref);
      if (!file) continue;
      assert.ok(existsSync(file), `${ref} exists`);
      if (statSync(file).isDirectory())
        assert.ok(existsSync(path.join(file, 'index.html')), `${ref} is a folder without a page`);
    }
  });
}

test('demo.css sets a sans-serif font for the page, as the widgets use', () => {
  const css = readFileSync(path.join(DEMO, 'demo.css'), 'utf8');
  const body = css.match(/(?:^|\n)body\s*\{([^}]*)\}/)?.[1] ?? '';
  const font = body.match(/font(?:-family)?:([^;]*);/)?.[1] ?? '';
  assert.match(font, /sans-serif\s*$/);
  assert.doesNotMatch(font, /Georgia|Times|(^|[\s,])serif/);
});

test('the icon is a small SVG', () => {
  const icon = readFileSync(path.join(DEMO, 'favicon.svg'), 'utf8');
  assert.match(icon, /^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.ok(icon.length < 1024, `${icon.length} bytes`);
});

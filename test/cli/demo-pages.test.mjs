// The demo pages are what webmasters copy: each must pass the page-level checks an auditor makes
// first (BITV / WCAG 2.1): a page language, one main landmark, a first-level heading, and zoom
// left to the visitor (no user-scalable=no or maximum-scale, WCAG 1.4.4).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT } from './helpers.mjs';

const DEMO = path.join(ROOT, 'demo');
const pages = readdirSync(DEMO).filter((name) => name.endsWith('.html'));

test('there are demo pages to check, the kiosk page among them', () => {
  assert.ok(pages.includes('kiosk.html'));
});

for (const name of pages) {
  test(`demo/${name}: page language, one main, an h1, zoom allowed`, () => {
    const page = readFileSync(path.join(DEMO, name), 'utf8');
    assert.match(page, /<html[^>]*\slang="(de|en)"/);
    assert.equal(page.match(/<main[\s>]/g)?.length, 1, 'one <main>');
    assert.match(page, /<h1[\s>]/);
    const viewport = page.match(/<meta[^>]*name="viewport"[^>]*>/)?.[0] ?? '';
    assert.doesNotMatch(viewport, /user-scalable\s*=\s*(no|0)|maximum-scale/);
  });
}

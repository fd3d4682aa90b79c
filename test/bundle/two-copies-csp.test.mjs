// Two copies of the drop-in script on one page with a strict CSP and Trusted Types, as a CMS
// page may have (two plugins, two versions). Run by `npm run test:bundle` in `npm test`, after
// the build. Each copy of Lit, DOMPurify and our code creates its Trusted Types policy:
//  - with `'allow-duplicates'` in `trusted-types` both copies load without an error;
//  - without it the second copy stops at Lit's policy (an error in the console), and the
//    widgets work from the first copy, JSON-LD included (our `sonnec` policy).
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { bundleHarness } from './harness.mjs';

const POLICIES = 'trusted-types lit-html dompurify sonnec';
const PAGE = `<!doctype html><html lang="de"><meta charset="utf-8"><body>
<sonnec-events src="/feed.json" now="2026-12-04T18:00" structured-data></sonnec-events>
<script type="module" src="/one/sonnec.js"></script>
<script type="module" src="/two/sonnec.js"></script>`;

let tmp;
let harness;
let csp;

before(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'sonnec-two-copies-'));
  cpSync('dist', path.join(tmp, 'one'), { recursive: true });
  cpSync('dist', path.join(tmp, 'two'), { recursive: true });
  cpSync('test/fixtures/events-basic.json', path.join(tmp, 'feed.json'));
  harness = await bundleHarness(tmp, (name) =>
    name === '/page' ? { html: PAGE, headers: { 'content-security-policy': csp } } : undefined,
  );
});

after(async () => {
  await harness?.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** Loads the page under `policy`; the widget's state, its JSON-LD, and the policy errors. */
async function load(policy) {
  csp = `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; ${policy}`;
  const page = await harness.browser.newPage();
  const errors = [];
  page.on(
    'console',
    (m) => m.type() === 'error' && /TrustedTypePolicy/.test(m.text()) && errors.push(m.text()),
  );
  try {
    await page.goto(`${harness.origin}/page`);
    await page.waitForFunction(() => document.querySelector('sonnec-events')?.state === 'ready', {
      timeout: 10_000,
    });
    // The JSON-LD writer loads after the content shows (LazyPart.valueFor): wait for it; if it
    // never comes, the empty text fails the test's assertion.
    const jsonLd = await page
      .waitForFunction(
        () => document.querySelector('sonnec-events > script[data-sonnec-jsonld]')?.textContent,
        { timeout: 5_000 },
      )
      .then((handle) => handle.jsonValue())
      .catch(() => '');
    return { jsonLd, errors };
  } finally {
    await page.close();
  }
}

describe('two copies of the script under Trusted Types', () => {
  it("with 'allow-duplicates': both load, no policy error", async () => {
    const { jsonLd, errors } = await load(`${POLICIES} 'allow-duplicates'`);
    assert.deepEqual(errors, []);
    assert.match(jsonLd, /"@type":"Event"/);
  });

  it('without it: the widgets work from the first copy, JSON-LD included', async () => {
    const { jsonLd, errors } = await load(POLICIES);
    assert.ok(errors.length > 0, 'the second copy reports the duplicate policy');
    assert.match(jsonLd, /"@type":"Event"/);
  });
});

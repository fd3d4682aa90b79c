// The embedding guide tried for real: its first snippet (docs/embedding.md, the block after
// `embed-example`), unchanged but for the addresses, on a page whose script and feed come from
// two other origins (three ports of 127.0.0.1 are three origins). Served with the headers the
// guide gives, the widget works; without CORS on the script, or on the feed, the fallback
// content shows and the console names the missing header.
// Run by `npm run test:bundle` in `npm test`, after the build.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { serveFolder } from '../../bench/serve.mjs';
import { BROWSER_ARGS, findBrowser } from '../../scripts/browser-path.mjs';

/** The guide's snippet: the fenced html block after the `embed-example` marker. */
function guideSnippet() {
  const guide = readFileSync('docs/embedding.md', 'utf8');
  const marker = guide.indexOf('<!-- embed-example');
  assert.ok(marker >= 0, 'the guide marks its example');
  const match = /```html\n([\s\S]*?)```/.exec(guide.slice(marker));
  assert.ok(match, 'an html block follows the marker');
  return match[1];
}

/** Which origins send CORS headers; set per test. */
const cors = { script: true, feed: true };
const servers = [];
let browser;
let origins;

/** A server on its own port: `answer(pathname)` gives `{ body, type }`, or nothing for a 404. */
async function serve(answer, allow = () => false) {
  const server = await serveFolder('.', (name, res) => {
    const found = answer(name);
    if (!found) return (res.writeHead(404).end(), true);
    res.writeHead(200, {
      'content-type': `${found.type}; charset=utf-8`,
      'cache-control': 'no-store',
      ...(allow() && { 'access-control-allow-origin': '*' }),
    });
    res.end(found.body);
    return true;
  });
  servers.push(server);
  return `http://127.0.0.1:${server.address().port}`;
}

function file(name, type) {
  try {
    return { body: readFileSync(name), type };
  } catch {
    return undefined;
  }
}

before(async () => {
  // The script's host: dist/ as uploaded (sonnec.js with chunks/) under /sonnec/.
  const script = await serve(
    (name) =>
      name.startsWith('/sonnec/') && name.endsWith('.js')
        ? file(path.join('dist', path.normalize(name.slice('/sonnec/'.length))), 'text/javascript')
        : undefined,
    () => cors.script,
  );
  const feed = await serve(
    (name) =>
      name === '/feeds/sonnec.json'
        ? file('test/fixtures/feed-good.json', 'application/json')
        : undefined,
    () => cors.feed,
  );
  const snippet = guideSnippet()
    .replaceAll('https://widgets.example.org/sonnec/', `${script}/sonnec/`)
    .replaceAll('https://widgets.example.org/feeds/', `${feed}/feeds/`);
  assert.ok(!snippet.includes('example.org'), 'every address of the snippet is replaced');
  const html = `<!doctype html><html lang="de"><meta charset="utf-8"><title>Seite</title>
<body><main><h1>Veranstaltungen</h1>${snippet}</main></body></html>`;
  const page = await serve((name) =>
    name === '/page' ? { body: html, type: 'text/html' } : undefined,
  );
  origins = { page, script, feed };
  browser = await puppeteer.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
});

after(async () => {
  await browser?.close();
  for (const server of servers) server.close();
});

/**
 * Loads the page until `done(shown, messages)` holds: what the widget shows (defined, state,
 * whether the fallback content is visible) and every console message, ours and the browser's.
 */
async function load(done) {
  const tab = await browser.newPage();
  const messages = [];
  tab.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  try {
    await tab.goto(`${origins.page}/page`, { waitUntil: 'load' });
    const end = Date.now() + 10_000;
    for (;;) {
      const shown = await tab.evaluate(() => {
        const el = document.querySelector('sonnec-events');
        const fallback = el.querySelector('a');
        return {
          defined: Boolean(customElements.get('sonnec-events')),
          state: el.getAttribute('state'),
          // Visible: in the light DOM of a widget never upgraded, or assigned to a slot.
          fallback:
            fallback.checkVisibility() && (!el.shadowRoot || Boolean(fallback.assignedSlot)),
        };
      });
      if (done(shown, messages)) {
        // Give a stray second warning the chance to show.
        await new Promise((resolve) => setTimeout(resolve, 200));
        return { ...shown, messages };
      }
      if (Date.now() > end) throw new Error(`not settled: ${JSON.stringify(shown)} ${messages}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await tab.close();
  }
}

const ours = (messages) => messages.filter((m) => m.startsWith('warn: [sonnec]'));

describe('the embedding guide on three origins', () => {
  it('with the headers the guide gives, the widget works', async () => {
    Object.assign(cors, { script: true, feed: true });
    const result = await load((shown) => ['ready', 'empty'].includes(shown.state));
    assert.equal(result.defined, true);
    assert.equal(result.fallback, false);
    assert.deepEqual(
      result.messages.filter((m) => /sonnec|CORS|Access-Control/i.test(m)),
      [],
    );
  });

  it('without CORS on the script: fallback content, and a warning naming the header', async () => {
    Object.assign(cors, { script: false, feed: true });
    const result = await load((_shown, messages) => ours(messages).length > 0);
    assert.equal(result.defined, false, 'no code of ours ran');
    assert.equal(result.fallback, true, 'the fallback content shows');
    assert.equal(ours(result.messages).length, 1, result.messages.join('\n'));
    assert.match(ours(result.messages)[0], /Access-Control-Allow-Origin/);
    // The browser's own error names it too.
    assert.ok(
      result.messages.some((m) => m.startsWith('error:') && /Access-Control-Allow-Origin/.test(m)),
      result.messages.join('\n'),
    );
  });

  it('without CORS on the feed: the error, fallback content, a warning naming the header', async () => {
    Object.assign(cors, { script: true, feed: false });
    const result = await load((shown) => shown.state === 'error');
    assert.equal(result.fallback, true, 'the fallback content shows');
    assert.equal(ours(result.messages).length, 1, result.messages.join('\n'));
    assert.match(ours(result.messages)[0], /Access-Control-Allow-Origin/);
  });
});

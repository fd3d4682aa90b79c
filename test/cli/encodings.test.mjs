// Sources in the encodings publishers use, read by the CLI from files and URLs: a byte-order mark,
// windows-1252 named by the XML declaration or the HTTP charset, a calendar line folded inside a
// UTF-8 character, relative links in RSS HTML.
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cli, tempDir } from './helpers.mjs';

const bytes = (...parts) =>
  Buffer.concat(
    parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))),
  );
/** windows-1252 bytes of text with German quotes, dash and euro sign. */
const cp1252 = (text) =>
  Buffer.from(
    [...text].map((c) => ({ '„': 0x84, '“': 0x93, '–': 0x96, '€': 0x80 })[c] ?? c.charCodeAt(0)),
  );
const rss = (declaration, title, description = '') =>
  `${declaration}<rss version="2.0"><channel><title>T</title><item><title>${title}</title>` +
  `<link>beitrag.html</link><pubDate>Sun, 29 Mar 2026 10:00:00 +0200</pubDate>` +
  `<description>${description}</description></item></channel></rss>`;
const ICS = [
  'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:gruss-1\r\n',
  'DTSTAMP:20260301T120000Z\r\nDTSTART:20260329T100000Z\r\nDTEND:20260329T110000Z\r\nSUMMARY:Gr',
  [0xc3],
  '\r\n ',
  [0xbc],
  'ße aus Neustadt\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
];

describe('sonnec-feed reads sources by their encoding', () => {
  it('reads a calendar file with a byte-order mark, folded inside a UTF-8 character', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'bom.ics'), bytes([0xef, 0xbb, 0xbf], ...ICS));
    const run = await cli(['build', 'bom.ics'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout).events[0].title, 'Grüße aus Neustadt');
  });

  it("reads HTML's entities in RSS as the browser does (xmldom's table, passed by the launcher)", async () => {
    const dir = tempDir();
    const title = 'Stra&szlig;enfest&nbsp;&ndash; &NotNestedGreaterGreater; &amp;auml &amp;hellip';
    writeFileSync(path.join(dir, 'news.rss'), rss('', title, '&Uuml;ber &amp;frac12 &amp;notit;'));
    const run = await cli(['build', 'news.rss'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const [news] = JSON.parse(run.stdout).news;
    // In a title, the no-break space is a space; `&hellip` needs its semicolon, `&auml` not.
    assert.equal(news.title, 'Straßenfest – \u2aa2\u0338 ä &hellip');
    assert.equal(news.summary, 'Über ½ ¬it;');
  });

  it('reads a windows-1252 RSS file by its XML declaration', async () => {
    const dir = tempDir();
    const declaration = '<?xml version="1.0" encoding="windows-1252"?>';
    writeFileSync(path.join(dir, 'news.rss'), cp1252(rss(declaration, '„Kürbisfest“ – 5 €')));
    const run = await cli(['build', 'news.rss'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout).news[0].title, '„Kürbisfest“ – 5 €');
  });

  it('reads UTF-32 RSS files (little- and big-endian, with a mark)', async () => {
    const dir = tempDir();
    const text = '\ufeff' + rss('<?xml version="1.0" encoding="UTF-32"?>', 'Grüße 🎉');
    const le = Buffer.alloc(text.length * 4);
    let n = 0;
    for (const c of text) le.writeUInt32LE(c.codePointAt(0), 4 * n++);
    const units = le.subarray(0, 4 * n);
    writeFileSync(path.join(dir, 'le.rss'), units);
    writeFileSync(path.join(dir, 'be.rss'), Buffer.from(units).swap32());
    for (const file of ['le.rss', 'be.rss']) {
      const run = await cli(['build', file], { cwd: dir });
      assert.equal(run.code, 0, run.stderr);
      assert.equal(JSON.parse(run.stdout).news[0].title, 'Grüße 🎉', file);
    }
  });

  describe('from URLs', () => {
    let server;
    let origin;
    before(async () => {
      const routes = {
        '/latin.rss': {
          type: 'application/rss+xml; charset=ISO-8859-1',
          body: cp1252(rss('', 'Grüße', '&lt;a href="../impressum.html"&gt;Impressum&lt;/a&gt;')),
        },
      };
      server = createServer((request, response) => {
        const route = routes[new URL(request.url, 'http://x').pathname];
        if (!route) return response.writeHead(404).end();
        response.writeHead(200, { 'content-type': route.type }).end(route.body);
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${server.address().port}`;
    });
    after(() => new Promise((resolve) => server.close(resolve)));

    it('reads the HTTP charset and resolves links, also inside HTML, against the URL', async () => {
      const run = await cli(['build', `${origin}/latin.rss`]);
      assert.equal(run.code, 0, run.stderr);
      const [item] = JSON.parse(run.stdout).news;
      assert.equal(item.title, 'Grüße');
      assert.equal(item.url, `${origin}/beitrag.html`);
      assert.equal(item.body, `<a href="${origin}/impressum.html">Impressum</a>`);
    });
  });
});

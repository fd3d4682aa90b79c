// Our RSS/Atom reading against feedparser, the reference feed reader (Debian's python3-feedparser,
// run by /usr/bin/python3; scripts/install-oracles.sh installs it): every feed under
// test/fixtures/feeds/ (scripts/make-oracle-feeds.mjs wrote them; RSS, Atom and CDF) is read by both, from its bytes,
// as the CLI reads it, and compared item by item: title, link, date.
// Needs dist/lib (`npm run build:lib`), as the CLI tests do.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import { HTML_ENTITIES } from '@xmldom/xmldom/lib/entities.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIR = path.join(ROOT, 'test/fixtures/feeds');
const BASE = 'https://feeds.example.org/dir/feed.xml';
const { decodeBody } = await import(path.join(ROOT, 'dist/lib/feed/decode-bytes.js'));
const { parseSource } = await import(path.join(ROOT, 'dist/lib/feed/sources/index.js'));
const { tableReferences } = await import(path.join(ROOT, 'dist/lib/cli/table-references.js'));

/** The CLI's entity reader: xmldom's table. */
const decodeReferences = tableReferences(HTML_ENTITIES);

/** The CLI's parser: XML errors throw. */
const xmlParser = {
  parseFromString(text, type) {
    return new DOMParser({
      onError(level, message) {
        if (level !== 'warning') throw new Error(String(message).split('\n')[0]);
      },
    }).parseFromString(text, type);
  },
};

const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.xml'))
  .sort();
const reference = JSON.parse(
  execFileSync(
    '/usr/bin/python3',
    [
      path.join(ROOT, 'test/oracle/feedparser-read.py'),
      BASE,
      ...files.map((f) => path.join(DIR, f)),
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  ),
);

/** Titles as one line of text (a no-break space is a space). */
const line = (text) => text?.replace(/\s+/g, ' ').trim();

test('there are at least 100 feeds of every version, UTF-32 among them', () => {
  assert.ok(files.length >= 100, `${files.length} feeds`);
  assert.ok(
    files.some((f) => f.includes('-utf-32le-')) && files.some((f) => f.includes('-utf-32be-')),
  );
  for (const v of ['rss090', 'rss091', 'rss092', 'rss10', 'rss20', 'atom03', 'atom10', 'cdf']) {
    assert.ok(
      files.some((f) => f.includes(`-${v}-`)),
      v,
    );
  }
});

for (const file of files) {
  test(file, async () => {
    const expected = reference[path.join(DIR, file)];
    const feed = await parseSource(decodeBody(readFileSync(path.join(DIR, file)), ''), {
      baseUrl: BASE,
      xmlParser,
      decodeReferences,
    });
    // Our items in source order: left-out items have no place, noted ones keep theirs.
    const left = new Set(feed.dropped.filter((d) => !d.kept).map((d) => d.index));
    const notes = new Map(feed.dropped.filter((d) => d.kept).map((d) => [d.index, d.reason]));
    assert.equal(feed.news.length + left.size, expected.entries.length, 'number of items');
    let n = 0;
    expected.entries.forEach((entry, index) => {
      const where = `item ${index}`;
      if (left.has(index)) {
        // Only an item without any date (its own or its channel's) is left out.
        assert.equal(entry.date, null, `${where} left out though feedparser reads its date`);
        return;
      }
      const ours = feed.news[n++];
      if (entry.title) assert.equal(line(ours.title), line(entry.title), `${where} title`);
      else assert.ok(ours.title.length > 0, `${where}: a title from its text`);
      assert.equal(ours.url, entry.link, `${where} link`);
      if (entry.date !== null) {
        assert.equal(
          new Date(ours.date).toISOString(),
          new Date(entry.date).toISOString(),
          `${where} date`,
        );
        assert.equal(notes.has(index), false, `${where} noted: ${notes.get(index)}`);
      } else {
        assert.match(
          notes.get(index) ?? '',
          /channel's date/,
          `${where}: the channel's date, noted`,
        );
      }
    });
  });
}

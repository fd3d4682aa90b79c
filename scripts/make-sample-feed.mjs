// Writes the sample SON.NEC feed (docs/feed.md) and its PDF documents.
//
//   node scripts/make-sample-feed.mjs [--today YYYY-MM-DD] [--out PATH] [--events N]
//
// --today   the day the feed is made for (default: today in Berlin): events from that day on
//           for 12 months, news over the weeks before it. The committed demo/feeds/sonnec.json
//           is made with --today 2026-12-04, the day the browser tests' clock stands on;
//           `npm start` serves a feed made for the real day instead (web-dev-server.config.mjs).
//           (--from is the old name and still accepted.)
// --out     where to write (default demo/feeds/sonnec.json; "-" writes to stdout). The PDFs
//           go to docs/ beside it.
// --events  write a large feed of exactly N events instead (benchmarks, tests); needs --out.
//
// The texts live in demo/content/*.json; this script and scripts/sample-feed/ only place them
// in time. The same --today always gives the same files. Plain Node 20 and esbuild.
import { Buffer } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { berlinToday, fmt, parseDay } from './sample-feed/calendar.mjs';
import { makeSampleFeed } from './sample-feed/build.mjs';

const USAGE = 'node scripts/make-sample-feed.mjs [--today YYYY-MM-DD] [--out PATH] [--events N]';

function fail(message) {
  console.error(message);
  process.exit(1);
}

function parseArgs(argv) {
  const args = { today: undefined, out: undefined, events: undefined };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--today' || flag === '--from') args.today = value();
    else if (flag === '--out') args.out = value();
    else if (flag === '--events') args.events = value();
    else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else fail(`Unknown argument: ${argv[i]}\n${USAGE}`);
  }
  args.today ??= berlinToday();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(args.today) || fmt(parseDay(args.today)) !== args.today) {
    fail(`--today must be a date like 2026-12-04, not "${args.today}"`);
  }
  if (args.events !== undefined) {
    const n = Number(args.events);
    if (!Number.isInteger(n) || n < 1 || n > 1_000_000) fail('--events must be 1 … 1000000');
    args.events = n;
    if (args.out === undefined) fail('--events needs --out (the sample feed is not overwritten)');
  }
  args.out ??= 'demo/feeds/sonnec.json';
  return args;
}

const args = parseArgs(process.argv.slice(2));
const { feed, documents } = makeSampleFeed({ today: args.today, events: args.events });
const text = `${JSON.stringify(feed, null, args.events > 2000 ? 0 : 2)}\n`;
if (args.out === '-') {
  process.stdout.write(text);
} else {
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, text);
  if (!args.events) {
    const docs = join(dirname(args.out), 'docs');
    mkdirSync(docs, { recursive: true });
    for (const [name, bytes] of documents) writeFileSync(join(docs, name), bytes);
  }
  const recurring = feed.events.filter((e) => e.rrule).length;
  console.log(
    `${args.out} (made for ${args.today}): ${feed.events.length} events (${recurring} recurring), ` +
      `${feed.news.length} news, ${feed.places.length} places, ${feed.downloads.length} downloads, ` +
      `${Math.round(Buffer.byteLength(text) / 1024)} kB`,
  );
}

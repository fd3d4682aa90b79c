// The sample feed generator (scripts/make-sample-feed.mjs): texts in both languages, dates
// placed around the day it is made for, no event on a day the law (or its museum) forbids,
// real PDFs. Public holidays come from the `date-holidays` package, an oracle independent of
// src/feed/holidays.ts, which the generator uses.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import Holidays from 'date-holidays';
import { makeSampleFeed } from '../../scripts/sample-feed/build.mjs';

const DAYS = ['2026-12-04', '2027-03-20', '2027-06-01', '2027-09-01', '2028-01-10'];
const made = Object.fromEntries(DAYS.map((today) => [today, makeSampleFeed({ today })]));

const HOLIDAYS = {
  sonneberg: new Holidays('DE', 'TH'),
  neustadt: new Holidays('DE', 'BY'),
};
/** True when `date` (YYYY-MM-DD) is a public holiday of `city` ("both": of either town). */
function isHoliday(city, date) {
  const towns = city === 'both' ? ['sonneberg', 'neustadt'] : [city];
  return towns.some((town) =>
    (HOLIDAYS[town].isHoliday(new Date(`${date}T12:00:00`)) || []).some((h) => h.type === 'public'),
  );
}
const DAY = 86_400_000;
const dayOf = (iso) => iso.slice(0, 10);
const plus = (date, n) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
/**
 * The days an event must be allowed on: every day of an event of up to three days; the first
 * of a longer one (an exhibition runs during its museum's opening hours).
 */
function daysOf(event) {
  const days = [];
  for (let d = dayOf(event.start); d <= dayOf(event.end ?? event.start); d = plus(d, 1))
    days.push(d);
  return days.length > 3 ? days.slice(0, 1) : days;
}
const isBilingual = (text) =>
  typeof text === 'object' && text !== null && Boolean(text.de?.trim()) && Boolean(text.en?.trim());

describe('make-sample-feed', () => {
  it('gives the same feed for the same day', () => {
    assert.deepEqual(makeSampleFeed({ today: '2026-12-04' }), made['2026-12-04']);
  });

  it('is committed as made for 2026-12-04 (the tests’ clock), PDFs included', () => {
    const committed = JSON.parse(readFileSync('demo/feeds/sonnec.json', 'utf8'));
    assert.deepEqual(
      committed,
      made['2026-12-04'].feed,
      'run: node scripts/make-sample-feed.mjs --today 2026-12-04',
    );
    for (const [name, bytes] of made['2026-12-04'].documents) {
      assert.deepEqual(readFileSync(`demo/feeds/docs/${name}`), bytes, name);
    }
  });

  for (const today of DAYS) {
    describe(`made for ${today}`, () => {
      const { feed, documents } = made[today];
      const dated = feed.events.filter((e) => !e.rrule);

      it('writes German and English texts for every item, and no boilerplate', () => {
        for (const e of feed.events) {
          for (const field of ['title', 'summary', 'description']) {
            assert.ok(isBilingual(e[field]), `${e.id}: ${field}`);
          }
        }
        for (const n of feed.news) {
          for (const field of ['title', 'summary', 'body'])
            assert.ok(isBilingual(n[field]), `${n.id}: ${field}`);
        }
        for (const item of [...feed.places, ...feed.downloads]) {
          assert.ok(isBilingual(item.title ?? item.name) && isBilingual(item.summary), item.id);
        }
        const text = JSON.stringify(feed);
        assert.doesNotMatch(text, /Platzhalter|placeholder|Weitere Informationen erhalten Sie/i);
        assert.doesNotMatch(text, /\{(n|nth|title|summary)\}/, 'every placeholder is filled');
      });

      it('gives every event and news item a picture with a true credit, and the picture exists', () => {
        for (const item of [...feed.events, ...feed.news]) {
          assert.ok(item.image, `${item.id} has a picture`);
          assert.deepEqual(item.image.credit, {
            de: 'Illustration: SON.NEC Widgets, CC0',
            en: 'Illustration: SON.NEC Widgets, CC0',
          });
          assert.ok(existsSync(path.join('demo/feeds', item.image.src)), item.image.src);
        }
      });

      it('shows the coming weeks: events from today on, news from the weeks before', () => {
        const soon = dated.filter(
          (e) => dayOf(e.start) >= today && dayOf(e.start) < plus(today, 14),
        );
        // With the weekly series (three, so six occurrences): never an empty fortnight.
        const weekly = feed.events.filter((e) => e.rrule?.includes('WEEKLY')).length;
        assert.ok(soon.length + 2 * weekly >= 10, `${soon.length} dated events in two weeks`);
        assert.ok(
          dated.every((e) => dayOf(e.end ?? e.start) >= today),
          'nothing already over',
        );
        assert.ok(feed.events.filter((e) => e.rrule).every((e) => dayOf(e.start) >= today));
        const newest = feed.news
          .map((n) => dayOf(n.date))
          .sort()
          .at(-1);
        assert.ok(newest < today && newest >= plus(today, -7), `newest news on ${newest}`);
        assert.ok(feed.news.every((n) => dayOf(n.date) >= plus(today, -366)));
      });

      it('puts no market, no museum event and no series occurrence on a holiday of its town', () => {
        const allowedOnHolidays =
          /neujahrskonzert|sternsinger|maiwanderung|weltkindertag|grenzwanderung-einheit|reformationstag/;
        const museums = new Map(
          feed.places
            .filter((p) => p.openingHours?.publicHolidays === 'closed')
            .map((p) => [p.id, p.city]),
        );
        for (const e of dated) {
          for (const d of daysOf(e)) {
            const placeId = e.location?.placeId;
            if (museums.has(placeId))
              assert.ok(!isHoliday(museums.get(placeId), d), `${e.id} at a closed museum on ${d}`);
            if (!allowedOnHolidays.test(e.id))
              assert.ok(!isHoliday(e.city, d), `${e.id} on the holiday ${d}`);
          }
        }
        // Weekly and monthly series: their occurrences in the coming year, less the cancelled.
        for (const e of feed.events.filter((x) => /WEEKLY|MONTHLY/.test(x.rrule ?? ''))) {
          const cancelled = new Set((e.exdates ?? []).map(dayOf));
          const weekdayOf = (d) => new Date(`${d}T12:00:00Z`).getUTCDay();
          const first = dayOf(e.start);
          for (let d = first; d < plus(today, 365); d = plus(d, 1)) {
            if (weekdayOf(d) !== weekdayOf(first) || cancelled.has(d)) continue;
            const nth = Math.ceil(Number(d.slice(8)) / 7);
            const last = plus(d, 7).slice(5, 7) !== d.slice(5, 7);
            const rule = e.rrule;
            const occurs =
              rule.includes('WEEKLY') ||
              (rule.includes('-1') ? last : rule.includes(`BYDAY=${nth}`));
            if (occurs) assert.ok(!isHoliday(e.city, d), `${e.id} occurs on the holiday ${d}`);
          }
        }
      });

      it('writes real PDFs whose stated size is their size', () => {
        for (const d of feed.downloads) {
          const bytes = documents.get(path.basename(d.url));
          assert.equal(d.mediaType, 'application/pdf');
          assert.equal(d.bytes, bytes.length, d.id);
          const text = bytes.toString('latin1');
          assert.ok(text.startsWith('%PDF-1.4\n') && text.endsWith('%%EOF\n'), d.id);
          const xref = Number(/startxref\n(\d+)/.exec(text)[1]);
          assert.ok(text.startsWith('xref\n', xref), `${d.id}: startxref points at the xref`);
          const offsets = [...text.slice(xref).matchAll(/(\d{10}) 00000 n \n/g)].map((m) => m[1]);
          for (const [i, offset] of offsets.entries()) {
            const n = i + 1;
            assert.ok(text.startsWith(`${n} 0 obj`, Number(offset)), `${d.id}: object ${n}`);
          }
        }
      });
    });
  }

  it('moves the verkaufsoffener Sonntag off 3 October (a Sunday in 2027)', () => {
    const markets = made['2027-09-01'].feed.events.filter((e) => e.id.includes('herbstmarkt'));
    assert.deepEqual(
      markets.map((e) => e.start),
      ['2027-10-10'],
    );
  });

  it('writes the feed and its PDFs from the command line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sample-feed-'));
    try {
      const out = path.join(dir, 'feed.json');
      execFileSync(process.execPath, [
        'scripts/make-sample-feed.mjs',
        '--today',
        '2027-06-01',
        '--out',
        out,
      ]);
      assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')), made['2027-06-01'].feed);
      assert.equal(
        readFileSync(path.join(dir, 'docs/ilrek-kurzfassung.pdf')).length,
        made['2027-06-01'].feed.downloads[1].bytes,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

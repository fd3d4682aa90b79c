// Every browser test runs on the same clock: 4 December 2026, 10:00 in Berlin, moving at the
// real rate from the moment the page starts. Widgets read "now" for upcoming events, running
// markers and relative dates; a test that forgot to pass `now` would otherwise pass or fail by
// the hour CI happens to run (it once failed on a first Friday evening).
// A classic script, loaded before the test framework: nothing reads the clock earlier.
(() => {
  const RealDate = Date;
  const START = RealDate.UTC(2026, 11, 4, 9, 0);
  const offset = START - RealDate.now();
  const now = () => RealDate.now() + offset;
  class FixedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(now());
      else super(...args);
    }
    static now() {
      return now();
    }
  }
  globalThis.Date = FixedDate;
})();

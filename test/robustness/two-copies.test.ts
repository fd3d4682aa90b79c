/**
 * Two copies of the drop-in script on one CMS page. The second copy is the same source served
 * under /copy2/ (test/server/hostile-routes.mjs): the browser builds a second module graph, so
 * our classes, store module and registration code exist twice, as with two bundles. No build
 * is needed. Elements are created by hand: they exist before their tag is defined.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { uniqueName, requestsFor } from '../helpers/widgets.js';

const errors: string[] = [];
const onError = (e: ErrorEvent) => errors.push(String(e.message));
const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));

function downloads(src: string): HTMLElement & { state?: string } {
  const el = document.createElement('sonnec-downloads');
  el.setAttribute('src', src);
  return el;
}

describe('two copies of the drop-in script', function () {
  this.timeout(30_000);
  const originalError = console.error;

  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  });

  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.error = originalError;
  });

  it('define once, fetch once per URL, survive moves and removals mid-load', async () => {
    const name = uniqueName('copies');
    const src = `/__fault/count/${name}`;
    const page = document.createElement('main');
    const aside = document.createElement('aside');
    document.body.append(page, aside);

    // Before the scripts: the CMS has already written the tags.
    const early = downloads(src);
    const removedEarly = downloads(src);
    page.append(early, removedEarly);

    const first = '/src/sonnec.ts';
    const second = '/copy2/src/sonnec.ts';
    const [one, two] = (await Promise.all([import(first), import(second)])) as {
      VERSION: string;
    }[];
    expect(one!.VERSION).to.equal(two!.VERSION);
    await waitUntil(() => customElements.get('sonnec-downloads'), 'defined', { timeout: 10_000 });

    // While the feed loads: one widget moves, one leaves, one arrives.
    aside.append(early);
    removedEarly.remove();
    const late = downloads(src);
    page.append(late);

    await waitUntil(() => early.state === 'ready' && late.state === 'ready', 'both widgets ready', {
      timeout: 10_000,
    });
    expect(await requestsFor(name)).to.equal(1);

    // After everything settled: a widget added later still uses the one loaded feed.
    const later = downloads(src);
    document.body.append(later);
    await waitUntil(() => later.state === 'ready', 'later widget ready', { timeout: 10_000 });
    expect(await requestsFor(name)).to.equal(1);

    // The module graphs really are two: the second copy's classes are other objects.
    const copy = (await import('/copy2/src/index.ts' as string)) as Record<string, unknown>;
    const own = (await import('/src/index.ts' as string)) as Record<string, unknown>;
    expect(copy.SonnecDownloads).to.be.a('function');
    expect(copy.SonnecDownloads).not.to.equal(own.SonnecDownloads);

    expect(errors).to.deep.equal([]);
    page.remove();
    aside.remove();
    later.remove();
  });

  it('two different versions: the first defines the tags, one warning, one fetch, no errors', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const name = uniqueName('versions');
      const src = `/__fault/count/${name}`;
      const old = (await import('/copy-old/src/sonnec.ts' as string)) as { VERSION: string };
      const current = (await import('/src/sonnec.ts' as string)) as { VERSION: string };
      expect(old.VERSION).to.equal('0.0.9-old');
      expect(current.VERSION).to.not.equal(old.VERSION);
      // Both copies register the same tags: whichever came first keeps them, the other warns.
      const both = [downloads(src), downloads(src)];
      document.body.append(...both);
      await waitUntil(() => both.every((w) => w.state === 'ready'), 'both widgets ready', {
        timeout: 10_000,
      });
      expect(await requestsFor(name)).to.equal(1);
      const versionWarnings = warnings.filter((w) => w.includes('is already defined by version'));
      expect(versionWarnings.length, versionWarnings.join('\n')).to.be.at.least(1);
      // One warning per tag at most, however many widgets.
      expect(new Set(versionWarnings).size).to.equal(versionWarnings.length);
      expect(errors).to.deep.equal([]);
      for (const w of both) w.remove();
    } finally {
      console.warn = warn;
    }
  });
});

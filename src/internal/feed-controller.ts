/**
 * The widget side of the feed: a `@lit/task` that loads the feed its host points at, passes the
 * task's AbortSignal to the store (so a disconnected widget stops waiting) and drops stale answers.
 */
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError, isAbortError } from '../feed/errors.js';
import { isSourceFormat, type SourceFormat } from '../feed/sources/index.js';
import { staleSince } from '../feed/stale.js';
import {
  loadFeeds,
  onFeedRefresh,
  peekFeeds,
  refreshFeed,
  resolveFeedUrl,
  splitSources,
} from '../feed/store.js';
import type { Feed } from '../feed/types.js';
import { findFeedSource } from './feed-source.js';

export type FeedStatus = 'loading' | 'ready' | 'error';

export interface FeedHost extends ReactiveControllerHost, Element {
  /** The widget's own `src` property. */
  readonly src?: string | undefined;
  /** The widget's own `format` property. */
  readonly format?: string | undefined;
  /** Milliseconds to wait for the feed (the store's default when unset). */
  readonly timeout?: number | undefined;
  /**
   * Keep the last good feed (in localStorage, and in memory) and show it when a load fails or
   * while a refresh is under way: unattended displays only (kiosk, `offline-cache`).
   */
  readonly keepsCopy: boolean;
  /** Loads the lazy parts the widget needs to show content; the load waits for them. */
  prepare(): Promise<unknown>;
  /** True when those parts are loaded (a feed already in the store may then show at once). */
  partsLoaded(): boolean;
  /**
   * Loads the parts this feed's content needs (the recurrence expander when an event repeats),
   * started the moment the feed is parsed; the load waits for them too.
   */
  prepareFeed(feed: Feed): Promise<unknown>;
  /** True when the parts `feed` needs are loaded. */
  feedPartsLoaded(feed: Feed): boolean;
  /** Called once per settled load: the base element turns it into state and events. */
  feedSettled(result: { feed: Feed } | { error: FeedError }): void;
}

export class FeedController implements ReactiveController {
  private readonly host: FeedHost;
  private refreshCount = 0;
  private abortedOnDisconnect = false;
  private unsubscribe: (() => void) | undefined;
  /**
   * The last feed that loaded, for which `src`, and when it was fetched. Every widget keeps it
   * in memory, so a refresh that fails leaves the content in place (no blank box); only with
   * `keepsCopy` is it also kept in localStorage (by the store).
   */
  private lastGood: { feed: Feed; at: number; src: string | undefined } | undefined;
  readonly task: Task<[string | undefined, SourceFormat | undefined, number], Feed>;

  constructor(host: FeedHost) {
    this.host = host;
    this.task = new Task(host, {
      task: async ([src, format], { signal }) => {
        if (!src) throw new FeedError('no-source', 'No feed source (src, <sonnec-feed> or meta).');
        // `src` may list several sources separated by spaces: they are merged into one feed.
        const keepCopy = this.host.keepsCopy;
        const timeout = Number(this.host.timeout);
        const partFailed = (error: unknown) => {
          throw new FeedError('network', `A part of the widget did not load: ${String(error)}`);
        };
        const [feed] = await Promise.all([
          loadFeeds(splitSources(src), {
            signal,
            keepCopy,
            ...(format && { format }),
            ...(timeout > 0 && Number.isFinite(timeout) && { timeoutMs: timeout }),
          }).then(async (feed) => {
            // What the feed's content needs, as soon as the feed shows that it needs it.
            await this.host.prepareFeed(feed).catch(partFailed);
            return feed;
          }),
          // In parallel, not after: the feed and the widget's parts arrive together.
          this.host.prepare().catch(partFailed),
        ]);
        return feed;
      },
      args: () => [findFeedSource(this.host, this.host.src), this.format(), this.refreshCount],
      onComplete: (feed) => {
        const at = staleSince(feed);
        const src = this.currentSrc();
        const last = this.lastGood;
        // A copy older than what is already shown does not replace it.
        if (!(at !== undefined && last && last.src === src && last.at > at)) {
          this.lastGood = { feed, at: at ?? Date.now(), src };
        }
        this.host.feedSettled({ feed });
      },
      onError: (error) => {
        if (isAbortError(error)) return;
        this.host.feedSettled({
          error:
            error instanceof FeedError ? error : new FeedError('parse', String(error ?? 'unknown')),
        });
      },
    });
    host.addController(this);
  }

  hostConnected(): void {
    // A refresh of this feed from any widget (its "Erneut versuchen") reloads this one too.
    this.unsubscribe ??= onFeedRefresh((url) => {
      const src = this.currentSrc();
      if (src && splitSources(src).some((s) => resolveFeedUrl(s) === url)) this.reload();
    });
    // A widget moved in the DOM was aborted on disconnect: load again (usually from the cache).
    if (this.abortedOnDisconnect) {
      this.abortedOnDisconnect = false;
      this.refreshCount++;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    if (this.task.status === TaskStatus.PENDING) {
      this.abortedOnDisconnect = true;
      this.task.abort();
    }
  }

  get status(): FeedStatus {
    const status = this.task.status;
    return status === TaskStatus.COMPLETE || this.fallback || this.peeked()
      ? 'ready'
      : status === TaskStatus.ERROR && this.error
        ? 'error'
        : 'loading';
  }

  /**
   * The feed the store already holds for the current `src`, while the task has not settled
   * (another widget, or an earlier visit, loaded it).
   */
  private stored(): Feed | undefined {
    const src = this.currentSrc();
    const settled =
      this.task.status === TaskStatus.COMPLETE || this.task.status === TaskStatus.ERROR;
    return !settled && src ? peekFeeds(splitSources(src), this.format()) : undefined;
  }

  /**
   * The stored feed, when the host's parts and those of the feed's content are loaded: no
   * loading state for a feed already there.
   */
  private peeked(): Feed | undefined {
    const feed = this.host.partsLoaded() ? this.stored() : undefined;
    return feed && this.host.feedPartsLoaded(feed) ? feed : undefined;
  }

  /**
   * The load of the parts a feed already in the store needs (the recurrence expander), when
   * they are missing: the host's update waits for it rather than paint a loading state.
   */
  partsWaiting(): Promise<unknown> | undefined {
    const feed = this.stored();
    return feed && !this.host.feedPartsLoaded(feed) ? this.host.prepareFeed(feed) : undefined;
  }

  /** The last good feed of the current `src`, while a refresh runs or after one failed. */
  private get fallback(): Feed | undefined {
    return this.lastGood && this.lastGood.src === this.currentSrc()
      ? this.lastGood.feed
      : undefined;
  }

  private currentSrc(): string | undefined {
    return findFeedSource(this.host, this.host.src);
  }

  /**
   * When the feed shown was fetched, if it is not fresh: it comes from the last good copy, or
   * the latest load failed and the previous feed is still shown. Undefined for a fresh feed.
   */
  get staleSince(): number | undefined {
    const copy = this.host.keepsCopy ? staleSince(this.task.value) : undefined;
    if (copy !== undefined) return copy;
    return this.task.status === TaskStatus.ERROR && this.fallback ? this.lastGood?.at : undefined;
  }

  get feed(): Feed | undefined {
    const value = this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
    return value ?? this.fallback ?? this.peeked() ?? this.task.value;
  }

  get error(): FeedError | undefined {
    const error = this.task.error;
    return error instanceof FeedError ? error : undefined;
  }

  /** Fetches the feed anew, for every widget that shows it (one request for all of them). */
  refresh(): void {
    const src = this.currentSrc();
    if (src) for (const url of splitSources(src)) refreshFeed(url);
    // Each widget on the feed (this one too) was told and reloads; without a feed, this one.
    else this.reload();
  }

  private reload(): void {
    this.refreshCount++;
    this.host.requestUpdate();
  }

  private format(): SourceFormat | undefined {
    const value = this.host.format?.trim().toLowerCase();
    return isSourceFormat(value) ? value : undefined;
  }
}

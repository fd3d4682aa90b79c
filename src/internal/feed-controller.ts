/**
 * The widget side of the feed: a `@lit/task` that loads the feed its host points at, passes the
 * task's AbortSignal to the store (so a disconnected widget stops waiting) and drops stale answers.
 */
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError, isAbortError } from '../feed/errors.js';
import { isSourceFormat, type SourceFormat } from '../feed/sources/index.js';
import { forgetFeed, loadFeeds, splitSources } from '../feed/store.js';
import type { Feed } from '../feed/types.js';
import { findFeedSource } from './feed-source.js';

export type FeedStatus = 'loading' | 'ready' | 'error';

export interface FeedHost extends ReactiveControllerHost, Element {
  /** The widget's own `src` property. */
  readonly src?: string | undefined;
  /** The widget's own `format` property. */
  readonly format?: string | undefined;
  /** Called once per settled load: the base element turns it into state and events. */
  feedSettled(result: { feed: Feed } | { error: FeedError }): void;
}

export class FeedController implements ReactiveController {
  private readonly host: FeedHost;
  private refreshCount = 0;
  private abortedOnDisconnect = false;
  readonly task: Task<[string | undefined, SourceFormat | undefined, number], Feed>;

  constructor(host: FeedHost) {
    this.host = host;
    this.task = new Task(host, {
      task: async ([src, format], { signal }) => {
        if (!src) throw new FeedError('no-source', 'No feed source (src, <sonnec-feed> or meta).');
        // `src` may list several sources separated by spaces: they are merged into one feed.
        return loadFeeds(splitSources(src), { signal, ...(format && { format }) });
      },
      args: () => [findFeedSource(this.host, this.host.src), this.format(), this.refreshCount],
      onComplete: (feed) => this.host.feedSettled({ feed }),
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
    // A widget moved in the DOM was aborted on disconnect: load again (usually from the cache).
    if (this.abortedOnDisconnect) {
      this.abortedOnDisconnect = false;
      this.refreshCount++;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    if (this.task.status === TaskStatus.PENDING) {
      this.abortedOnDisconnect = true;
      this.task.abort();
    }
  }

  get status(): FeedStatus {
    switch (this.task.status) {
      case TaskStatus.COMPLETE:
        return 'ready';
      case TaskStatus.ERROR:
        return this.task.error instanceof FeedError ? 'error' : 'loading';
      default:
        return 'loading';
    }
  }

  get feed(): Feed | undefined {
    return this.task.value;
  }

  get error(): FeedError | undefined {
    const error = this.task.error;
    return error instanceof FeedError ? error : undefined;
  }

  /** Fetches the feed anew, for every widget that shows it. */
  refresh(): void {
    const src = findFeedSource(this.host, this.host.src);
    if (src) for (const url of splitSources(src)) forgetFeed(url, this.format());
    this.refreshCount++;
    this.host.requestUpdate();
  }

  private format(): SourceFormat | undefined {
    const value = this.host.format?.trim().toLowerCase();
    return isSourceFormat(value) ? value : undefined;
  }
}

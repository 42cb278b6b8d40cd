import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError } from '../feed/errors.js';
import { loadFeed, type LoadedFeed, type LoadOptions } from '../feed/load.js';
import { parseFeed } from '../feed/parse.js';
import { FeedErrorEvent } from '../events/feed-error-event.js';
import { FeedLoadEvent } from '../events/feed-load-event.js';
import { feedCounts } from '../store/selectors.js';
import type { LinkworkStore } from '../store/store.js';

/** Where a feed comes from: a URL, or JSON already on the page. */
export interface FeedSource {
  src?: string;
  /** A feed object given directly (the `feed` property or inline JSON); wins over `src`. A `FeedError` here says why it could not be read. */
  json?: unknown;
  noCache?: boolean;
  timeoutMs?: number;
}

/**
 * Loads a feed into a store for its host element, aborting when the host leaves the page,
 * and tells the page how it went with `lw-feed-load` / `lw-feed-error`.
 */
export class FeedLoader implements ReactiveController {
  #abort?: AbortController;
  #loaded?: FeedSource;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    readonly store: LinkworkStore,
    private readonly source: () => FeedSource,
    private readonly options: Omit<LoadOptions, 'signal' | 'cache' | 'timeoutMs'> = {},
  ) {
    host.addController(this);
    store.setReloader(() => void this.load());
  }

  hostConnected(): void {
    if (this.#loaded) void this.load();
  }

  /** Loads when the source changed since the last load (call it before each update). */
  hostUpdate(): void {
    const source = this.source();
    if (!this.#loaded || source.src !== this.#loaded.src || source.json !== this.#loaded.json) void this.load();
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  async load(): Promise<void> {
    const source = (this.#loaded = this.source());
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.store.loading();
    try {
      if (source.json instanceof FeedError) throw source.json;
      const loaded =
        source.json !== undefined
          ? parseFeed(source.json)
          : await loadFeed(required(source.src), { ...this.options, signal: abort.signal, cache: !source.noCache, timeoutMs: source.timeoutMs });
      if (abort.signal.aborted) return;
      this.store.loaded(loaded);
      for (const problem of loaded.problems) console.warn(`Linkwork: dropped ${problem.collection}[${problem.index}]${problem.id ? ` "${problem.id}"` : ''}: ${problem.reason}`);
      this.host.dispatchEvent(new FeedLoadEvent(feedCounts(loaded.feed), loaded.problems, (loaded as LoadedFeed).staleSince));
    } catch (error) {
      if (abort.signal.aborted) return;
      const failure = error instanceof FeedError ? error : new FeedError('invalid', String(error));
      this.store.failed(failure);
      this.host.dispatchEvent(new FeedErrorEvent(failure));
    }
  }
}

function required(src: string | undefined): string {
  if (!src) throw new FeedError('invalid', 'No feed was given: set "src" to a feed URL, or put the feed JSON inside the element.');
  return src;
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedErrorEvent } from '../events/feed-error-event.js';
import { FeedLoadEvent } from '../events/feed-load-event.js';
import { fire } from '../events/fire.js';
import type { CategoryMap, CategoryNames } from '../feed/adapters/categories.js';
import { FeedError } from '../feed/errors.js';
import type { LoadedFeed, LoadOptions } from '../feed/load.js';
import { parseFeedInSlices } from '../feed/parse.js';
import { loadSources, type FeedSourceSpec, type LoadedSources } from '../feed/sources.js';
import { yieldToMain } from '../feed/yield.js';
import { loadLocale, localeOf } from '../i18n/locale.js';
import { feedCounts } from '../store/selectors.js';
import type { LinkworkStore } from '../store/store.js';

/** Where a feed comes from: a URL, several URLs, or JSON already on the page. */
export interface FeedSource {
  src?: string;
  /** The format of `src`: `linkwork`, `openreferral` or `openactive`; told from the feed when absent. */
  format?: string;
  /** `remote`: `src` is an Open Referral UK API searched where it lives, a page at a time. */
  search?: string;
  /** More sources to combine with `src` (e.g. from `<lw-source>` elements). */
  sources?: readonly FeedSourceSpec[];
  /** A feed object given directly (the `feed` property or inline JSON); wins over `src`. A `FeedError` here says why it could not be read. */
  json?: unknown;
  noCache?: boolean;
  timeoutMs?: number;
  /** Stop reading a feed larger than this many bytes (default 50 MB). */
  maxBytes?: number;
  /** The most pages to read from one paged source. */
  maxPages?: number;
  /** Foreign category labels → Linkwork category ids. */
  categoryMap?: CategoryMap;
  /** A catalogue naming the built-in categories, in the page's language (English by default). */
  categoryNames?: CategoryNames;
}

/** What makes two sources load the same thing: a change of any of these loads again. */
function sameSource(a: FeedSource, b: FeedSource): boolean {
  const where = (s: FeedSource) =>
    JSON.stringify([s.src, s.format, s.search, s.sources, s.maxPages, s.noCache, s.maxBytes]);
  return a.json === b.json && a.categoryMap === b.categoryMap && where(a) === where(b);
}

/** For the webmaster's console: `Linkwork: could not load /data/feed.json: HTTP 404`. */
function couldNotLoad(error: FeedError, source: FeedSource): string {
  const url = error.url ?? source.src ?? source.sources?.[0]?.url;
  return url
    ? `Linkwork: could not load ${url}: ${error.summary}`
    : `Linkwork: could not load the feed: ${error.summary}`;
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
    if (!this.#loaded || !sameSource(source, this.#loaded)) void this.load();
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.store.stopRemoteSearch();
  }

  async load(): Promise<void> {
    const source = (this.#loaded = this.source());
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.store.loading();
    try {
      if (source.json instanceof FeedError) throw source.json;
      const loaded: LoadedFeed =
        source.json !== undefined
          ? await parseFeedInSlices(source.json, { signal: abort.signal })
          : await loadSources(
              [
                ...(source.src ? [{ url: source.src, format: source.format, search: source.search }] : []),
                ...(source.sources ?? []),
              ],
              {
                ...this.options,
                signal: abort.signal,
                cache: !source.noCache,
                timeoutMs: source.timeoutMs,
                maxBytes: source.maxBytes,
                maxPages: source.maxPages,
                categoryMap: source.categoryMap,
                categoryNames: source.categoryNames,
              },
            );
      // On a Welsh page the results (or the failure) wait for the Welsh words, loading since the widget
      // connected, so they never show in English first.
      await loadLocale(localeOf(this.host)).catch(() => {});
      // Showing the feed (indexing it, drawing the results) is a task apart from reading it.
      await yieldToMain();
      if (abort.signal.aborted) return;
      await this.store.loaded(loaded);
      if (abort.signal.aborted) return;
      if (loaded.error && loaded.staleSince)
        console.warn(`${couldNotLoad(loaded.error, source)}; showing the copy kept on ${loaded.staleSince}.`);
      for (const problem of loaded.problems) {
        const record = `${problem.collection}[${problem.index}]${problem.id ? ` "${problem.id}"` : ''}${problem.source ? ` from ${problem.source}` : ''}`;
        const what = problem.severity === 'field' ? `kept ${record}, changed ${problem.field}` : `dropped ${record}`;
        console.warn(
          `Linkwork: ${problem.index < 0 && problem.severity === 'dropped' ? '' : `${what}: `}${problem.reason}`,
        );
      }
      for (const report of 'sources' in loaded ? (loaded as LoadedSources).sources : [])
        for (const warning of report.warnings) console.warn(`Linkwork: ${report.url}: ${warning}`);
      fire(this.host, new FeedLoadEvent(feedCounts(loaded.feed), loaded.problems, loaded.staleSince, loaded.partial));
    } catch (error) {
      await loadLocale(localeOf(this.host)).catch(() => {});
      if (abort.signal.aborted) return;
      const failure = error instanceof FeedError ? error : new FeedError('invalid', String(error));
      // A <lw-feed> with no source yet (its script is still adding one) is not worth a line.
      if (source.src || source.sources?.length || source.json !== undefined)
        (failure.permanent ? console.error : console.warn)(couldNotLoad(failure, source));
      this.store.failed(failure);
      fire(this.host, new FeedErrorEvent(failure));
    }
  }
}

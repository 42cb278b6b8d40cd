/**
 * One harvest: the same loading, conversion, validation and de-duplication `<lw-feed>` uses
 * (`loadSources`), through a {@link Guard} (no private addresses, a byte limit, files read from disk);
 * then, with `--geocode`, coordinates from postcodes; then the decision whether the result may replace the
 * published file (and whether anything but the time changed), and the write, a piece at a time.
 */
import type { PageProgress } from '../feed/adapters/paging.js';
import type { Feed } from '../feed/schema.js';
import { loadSources, type LoadedSources } from '../feed/sources.js';
import { adapters as welsh } from '../i18n/cy/adapters.js';
import { adapters as english } from '../i18n/en/adapters.js';
import type { CheckRequest, HarvestRequest } from './arguments.js';
import { geocodeFeed, type GeocodeReport } from './geocode.js';
import { Guard } from './guard.js';
import { mergeChanges, planIncremental, type IncrementalReport } from './incremental.js';
import { unchangedSince, writeFeed } from './write-feed.js';

export { CannotWrite } from './write-feed.js';

/** What reading needs: the sources and how to read them. */
type ReadRequest = Omit<CheckRequest, 'json'>;

export type Outcome =
  /** Written; every source read in full (the page limit may have been reached). */
  | 'complete'
  /** Written with `--partial`, though some source failed part-way. */
  | 'partial'
  /** Not written: a source failed part-way and `--partial` was not given. */
  | 'incomplete'
  /** Not written: nothing could be converted. */
  | 'empty';

export interface Harvest {
  loaded: LoadedSources;
  outcome: Outcome;
  /** The feed as written (or as it would have been). */
  feed: Feed;
  /** Its size in bytes, when it was written. */
  bytes: number;
  /** Bytes read from every source. */
  bytesRead: number;
  /** What `--geocode` did. */
  geocoded?: GeocodeReport;
  /** The file already held this feed, as of this `updated`, and was left as it was. */
  unchangedSince?: string;
  /** With `--incremental`: the changes merged in, or why the harvest was a full one. */
  incremental?: IncrementalReport;
}

/** Reads every source; throws a `FeedError` when none can be read at all. */
export async function harvest(request: HarvestRequest, onPage?: (progress: PageProgress) => void): Promise<Harvest> {
  // A change made while the harvest reads is asked for again by the next incremental one.
  const started = new Date().toISOString();
  const guard = new Guard({ allowPrivate: request.allowPrivate, maxBytes: request.maxBytes });
  const plan = request.incremental
    ? await planIncremental(request.sources, request.out, {
        fetch: guard.fetch,
        timeoutMs: request.timeoutSeconds * 1000,
      })
    : undefined;
  const { loaded, timeoutMs } = await read({ ...request, sources: plan?.sources ?? request.sources }, onPage, guard);
  let feed: Feed = { ...loaded.feed, updated: loaded.feed.updated ?? started };
  let incremental: IncrementalReport | undefined = plan && 'full' in plan ? { full: plan.full } : undefined;
  if (plan && 'since' in plan) {
    const merged = mergeChanges(plan.previous, loaded, started);
    feed = merged.feed;
    incremental = { since: plan.since, ...merged.report };
  }
  const failedPartWay = loaded.sources.some((source) => source.stop?.error);
  const outcome: Outcome =
    !feed.activities.length && !feed.networks.length && !feed.resources.length
      ? 'empty'
      : !failedPartWay
        ? 'complete'
        : request.partial
          ? 'partial'
          : 'incomplete';
  let geocoded: GeocodeReport | undefined;
  if (request.geocode && (outcome === 'complete' || outcome === 'partial')) {
    ({ feed, report: geocoded } = await geocodeFeed(feed, { ...request.geocode, timeoutMs, fetch: guard.fetch }));
  }
  const written = outcome === 'complete' || outcome === 'partial';
  // The feed's own `updated` is kept as the source gave it; the time of the run only when something changed.
  const noChanges = incremental?.since !== undefined && !incremental.changed && !incremental.removed;
  const unchanged = !written
    ? undefined
    : noChanges
      ? incremental!.since
      : !loaded.feed.updated
        ? await unchangedSince(request.out, feed)
        : undefined;
  if (unchanged) feed = { ...feed, updated: unchanged };
  const bytes = written && !unchanged ? await writeFeed(request.out, feed) : 0;
  return {
    loaded,
    outcome,
    feed,
    bytes,
    bytesRead: guard.bytes,
    ...(geocoded ? { geocoded } : {}),
    ...(unchanged ? { unchangedSince: unchanged } : {}),
    ...(incremental ? { incremental } : {}),
  };
}

/** Reads every source as a harvest does, writing nothing: what `check` reports on. */
export async function read(
  request: ReadRequest,
  onPage?: (progress: PageProgress) => void,
  guard = new Guard({ allowPrivate: request.allowPrivate, maxBytes: request.maxBytes }),
) {
  const timeoutMs = request.timeoutSeconds * 1000;
  const loaded = await loadSources(request.sources, {
    cache: false,
    timeoutMs,
    maxPages: request.maxPages,
    categoryMap: request.categoryMap,
    categoryNames: { en: english, cy: welsh }[request.lang],
    fetch: guard.fetch,
    ...(onPage ? { onPage } : {}),
  });
  return { loaded, guard, timeoutMs };
}

/**
 * One harvest: the same loading, conversion, validation and de-duplication `<lw-feed>` uses
 * (`loadSources`), then the decision whether the result may replace the published file, and the write.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import { builtInLabels } from '../feed/adapters/categories.js';
import type { PageProgress } from '../feed/adapters/paging.js';
import type { Feed } from '../feed/schema.js';
import { loadSources, type LoadedSources } from '../feed/sources.js';
import { adapters as welsh } from '../i18n/cy/adapters.js';
import { adapters as english } from '../i18n/en/adapters.js';
import type { HarvestRequest } from './arguments.js';

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
  /** Its size in bytes. */
  bytes: number;
}

/** Reads every source; throws a `FeedError` when none can be read at all. */
export async function harvest(request: HarvestRequest, onPage?: (progress: PageProgress) => void): Promise<Harvest> {
  const loaded = await loadSources(request.sources, {
    cache: false,
    timeoutMs: request.timeoutSeconds * 1000,
    maxPages: request.maxPages,
    categoryMap: request.categoryMap,
    categoryLabels: builtInLabels({ en: english, cy: welsh }[request.lang]),
    ...(onPage ? { onPage } : {}),
  });
  const feed: Feed = { ...loaded.feed, updated: loaded.feed.updated ?? new Date().toISOString() };
  const text = `${JSON.stringify(feed)}\n`;
  const failedPartWay = loaded.sources.some((source) => source.stop?.error);
  const outcome: Outcome =
    !feed.activities.length && !feed.networks.length && !feed.resources.length
      ? 'empty'
      : !failedPartWay
        ? 'complete'
        : request.partial
          ? 'partial'
          : 'incomplete';
  if (outcome === 'complete' || outcome === 'partial') await writeAtomically(request.out, text);
  return { loaded, outcome, feed, bytes: Buffer.byteLength(text) };
}

/** Writes beside the file, then renames: a web server never serves half a feed. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new CannotWrite(path, error);
  }
}

export class CannotWrite extends Error {
  override readonly name = 'CannotWrite';

  constructor(path: string, cause: unknown) {
    super(`${path} could not be written (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}).`);
  }
}

/**
 * `--incremental`: refreshes a published feed from Open Referral UK APIs by reading only the services changed
 * since it was written (ORUK 3.0's `modified_after`), and merging them into it: a changed service replaces
 * its old record, one that can no longer be shown (withdrawn, or broken past mending) leaves the feed, and
 * every other record stays. Whether an API takes `modified_after` is read from its openapi document, or
 * found by trying (asked for changes after tomorrow, an API that takes it answers with none). When the feed,
 * a source or its API cannot be read this way, the harvest is a full one, and the report says why.
 */
import { readFile } from 'node:fs/promises';
import { readOpenReferralPage } from '../feed/adapters/openreferral.js';
import { record, text } from '../feed/adapters/read.js';
import { fetchFeed, type LoadOptions } from '../feed/load.js';
import { parseFeed } from '../feed/parse.js';
import { openApiParameters, rootUrl } from '../feed/remote/capabilities.js';
import type { Activity, Feed } from '../feed/schema.js';
import type { FeedSourceSpec, LoadedSources } from '../feed/sources.js';

/** How the harvest reads: only what changed since `since`, into `previous`; or in full, and why. */
export type IncrementalPlan =
  { since: string; previous: Feed; sources: FeedSourceSpec[] } | { full: string; sources: FeedSourceSpec[] };

/** What an incremental harvest did, for the report. */
export interface IncrementalReport {
  /** Changes were asked for since this time; absent when the harvest was a full one. */
  since?: string;
  /** Why the harvest was a full one. */
  full?: string;
  /** Records changed (replaced or added) and removed, and kept as they were. */
  changed?: number;
  removed?: number;
  kept?: number;
}

const parameter = 'modified_after';

/** The feed already at `path`, when it is one with an `updated` time to ask for changes after. */
async function previousFeed(path: string): Promise<Feed | string> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? `${path} does not exist yet` : `${path} could not be read (${code ?? 'not JSON'})`;
  }
  try {
    const { feed } = parseFeed(json);
    return feed.updated && Number.isFinite(Date.parse(feed.updated)) ? feed : `${path} has no "updated" time`;
  } catch {
    return `${path} is not a Linkwork feed`;
  }
}

/** Whether the ORUK API at `servicesUrl` takes `modified_after`: its openapi document says, or a try shows. */
async function takesModifiedAfter(servicesUrl: string, options: LoadOptions): Promise<boolean> {
  const root = rootUrl(servicesUrl);
  if (root) {
    try {
      const openapiUrl = text(record((await fetchFeed(root, options)).json)?.openapi_url);
      const parameters =
        openapiUrl && openApiParameters((await fetchFeed(new URL(openapiUrl, root).href, options)).json);
      if (parameters) return parameters.includes(parameter);
    } catch {
      // No document: try.
    }
  }
  const trial = new URL(servicesUrl);
  trial.searchParams.set(parameter, new Date(Date.now() + 86_400_000).toISOString());
  trial.searchParams.set('per_page', '1');
  try {
    const page = readOpenReferralPage((await fetchFeed(trial.href, options)).json);
    return page !== undefined && page.services.length === 0;
  } catch {
    return false;
  }
}

/** How to read `sources` into the feed at `out`. */
export async function planIncremental(
  sources: readonly FeedSourceSpec[],
  out: string,
  options: LoadOptions,
): Promise<IncrementalPlan> {
  const full = (why: string): IncrementalPlan => ({ full: why, sources: [...sources] });
  const previous = await previousFeed(out);
  if (typeof previous === 'string') return full(previous);
  const since = previous.updated!;
  const changedSources: FeedSourceSpec[] = [];
  for (const source of sources) {
    if (source.format !== 'openreferral' || !/^https?:/.test(source.url))
      return full(`${source.url} is not given as an Open Referral UK API (--from openreferral:URL)`);
    if (!(await takesModifiedAfter(source.url, options))) return full(`${source.url} does not take ${parameter}`);
    const url = new URL(source.url);
    url.searchParams.set(parameter, since);
    changedSources.push({ ...source, url: url.href });
  }
  return { since, previous, sources: changedSources };
}

/** The previous feed with the changes read merged in: `updated` is the time the changes were asked for. */
export function mergeChanges(
  previous: Feed,
  changes: LoadedSources,
  updated: string,
): { feed: Feed; report: IncrementalReport } {
  const changed = new Map(changes.feed.activities.map((activity) => [activity.id, activity]));
  // A changed service that could not be converted (withdrawn, or no name) is not shown any more.
  const gone = new Set(
    changes.problems.flatMap((problem) =>
      problem.collection === 'activities' && problem.severity === 'dropped' && problem.id ? [problem.id] : [],
    ),
  );
  const activities: Activity[] = [];
  let kept = 0;
  let removed = 0;
  for (const activity of previous.activities) {
    const update = changed.get(activity.id);
    if (update) {
      activities.push(update);
      changed.delete(activity.id);
    } else if (gone.has(activity.id)) removed++;
    else {
      activities.push(activity);
      kept++;
    }
  }
  activities.push(...changed.values());
  const categories = new Map(previous.categories.map((category) => [category.id, category]));
  for (const category of changes.feed.categories)
    if (!categories.has(category.id)) categories.set(category.id, category);
  return {
    feed: { ...previous, updated, categories: [...categories.values()], activities },
    report: { changed: changes.feed.activities.length, removed, kept },
  };
}

/**
 * Loads one or several sources (a Linkwork feed, an Open Referral UK API, an OpenActive RPDE feed),
 * turns them into one Linkwork feed and says what happened to every record. Shared by `<lw-feed>`
 * and the `linkwork-feed` command line, so both convert alike.
 *
 * Each source: fetch its first page (timeout, retries), choose its format, read its other pages, convert,
 * validate. Then the sources are joined in order and duplicate activities shown once. The adapters
 * (`foreign.ts`) load only when a source turns out to be in another format: a page with a Linkwork feed
 * never downloads them.
 */
import type { CategoryMap, CategoryNames } from './adapters/categories.js';
import { chooseFormat, type FeedFormat } from './adapters/detect.js';
import type { PagingOptions, PagingStop } from './adapters/paging.js';
import { dedupeActivitiesInSlices, type SourcedActivity } from './dedupe.js';
import { FeedError } from './errors.js';
import type { ForeignSource } from './foreign.js';
import { forgetCachedFeed, saveCachedFeed } from './kept-copy.js';
import { fetchFeed, lastGoodCopy, type LoadedFeed, type PartialSource } from './load.js';
import { parseFeedInSlices, type ParsedFeed, type Problem } from './parse.js';
import type { RemoteDirectory } from './remote/directory.js';
import { firstRemoteUrl } from './remote/request.js';
import type { Category, Feed } from './schema.js';

export interface FeedSourceSpec {
  url: string;
  /** `linkwork`, `openreferral` or `openactive`; told from the first page when absent. */
  format?: string;
  /** `remote`: an Open Referral UK API searched where it lives, a page at a time, never read whole. */
  search?: string;
}

export interface SourcesOptions extends PagingOptions {
  /** Foreign category labels → Linkwork category ids; wins over a `categoryMap` inside a feed. */
  categoryMap?: CategoryMap;
  /** A catalogue naming the built-in categories, in the visitor's language (English when absent). */
  categoryNames?: CategoryNames;
  /** Today, as a UK date (`2026-12-01`): what ended before it is left out. Default: the real today. */
  today?: string;
}

/** What became of one source, for the command line's report and for developers. */
export interface SourceReport {
  url: string;
  format?: FeedFormat;
  pages: number;
  /** Records read (for RPDE: items still current after deletions). */
  read: number;
  /** Activities (and other records) that passed validation. */
  converted: number;
  /** Records dropped, with reasons (duplicates included). */
  dropped: Problem[];
  /** Fields mended or removed, with reasons: their records are kept. */
  fields: Problem[];
  /** RPDE items removed by a later `deleted` item. */
  deleted: number;
  /** Sessions merged into their series (from this source, into a series from any source). */
  merged: number;
  /** Items left out because every date of theirs is past. */
  ended: number;
  /** Activities shown once because another source had them first. */
  duplicates: number;
  /** Reading stopped early: which page, and why. */
  stop?: PagingStop;
  /** Worth the publisher's attention, though the source was read: a `next` link to another site. */
  warnings: string[];
  /** An older copy was used because loading failed. */
  staleSince?: string;
  /** Why the source could not be read (with `staleSince`, an older copy is shown instead). */
  error?: FeedError;
}

export interface LoadedSources extends LoadedFeed {
  partial: PartialSource[];
  sources: SourceReport[];
  /** The directory searched where it lives (`search="remote"`), when a source is one. */
  remote?: RemoteDirectory;
}

/** A source as fetched: a Linkwork feed's JSON, a foreign source's pages, or why it failed. */
export type Fetched =
  | { kind: 'feed'; json: unknown; body?: Uint8Array; fresh: boolean; staleSince?: string; error?: FeedError }
  | ForeignSource
  | { kind: 'remote'; directory: RemoteDirectory }
  | { kind: 'failed'; error: FeedError };

export async function loadSources(specs: readonly FeedSourceSpec[], options: SourcesOptions): Promise<LoadedSources> {
  if (!specs.length)
    throw new FeedError(
      'invalid',
      'No feed was given: set "src" to a feed URL, add <lw-source src="…"> elements inside <lw-feed>, or put the feed JSON inside it.',
    );
  const fetched = await Promise.all(specs.map((spec) => fetchSource(spec, options)));
  if (fetched.every((f) => f.kind === 'failed')) throw (fetched[0] as { error: FeedError }).error;

  // Linkwork feeds first: their categories and category maps guide the mapping of foreign labels.
  const reports: SourceReport[] = specs.map((spec) => ({
    url: spec.url,
    pages: 0,
    read: 0,
    converted: 0,
    dropped: [],
    fields: [],
    deleted: 0,
    merged: 0,
    ended: 0,
    duplicates: 0,
    warnings: [],
  }));
  const parsed: ((ParsedFeed & { origins?: number[] }) | undefined)[] = await Promise.all(
    fetched.map((f, i) =>
      f.kind === 'feed' ? parseLinkwork(f, reports[i]!, specs.length, options.cache !== false) : undefined,
    ),
  );
  fetched.forEach((f, i) => {
    if (f.kind === 'remote') {
      parsed[i] = firstRemotePage(f.directory, reports[i]!);
    } else if (f.kind === 'failed') {
      reports[i]!.error = f.error;
      reports[i]!.stop = { page: 1, error: f.error };
    }
  });
  if (fetched.some((f) => f.kind === 'openreferral' || f.kind === 'openactive')) {
    const { convertForeign } = await import('./foreign.js');
    convertForeign(fetched, parsed, reports, { ...options, urls: specs.map((spec) => spec.url) });
  }
  const remote = fetched.find((f) => f.kind === 'remote')?.directory;
  return { ...(await join(parsed, reports)), ...(remote ? { remote } : {}) };
}

/** A remote directory's first page stands in for the source's feed until the visitor searches. */
function firstRemotePage(directory: RemoteDirectory, report: SourceReport): ParsedFeed {
  const first = directory.firstPage;
  Object.assign(report, { format: 'openreferral', pages: 1, read: first.read });
  const feed: Feed = {
    version: 1,
    categories: first.categories,
    networks: [],
    activities: first.activities,
    resources: [],
  };
  return { feed, problems: first.problems.map(({ source: _, ...problem }) => problem) };
}

async function fetchSource(spec: FeedSourceSpec, options: SourcesOptions): Promise<Fetched> {
  const remote = spec.search === 'remote';
  // An address with `{page}` (an Open Referral API served as files) starts at page 1.
  const url = remote ? firstRemoteUrl(spec.url) : spec.url.replaceAll('{page}', '1');
  if (options.cache === false) void forgetCachedFeed(spec.url);
  try {
    const { json: first, body } = await fetchFeed(url, options);
    const format = chooseFormat(first, spec.url, spec.format);
    if (remote && format === 'openreferral') {
      const [{ RemoteDirectory }, { readOpenReferralPage }] = await Promise.all([
        import('./remote/directory.js'),
        import('./adapters/openreferral.js'),
      ]);
      const { signal: _, cache: __, ...load } = options;
      const page = readOpenReferralPage(first)!;
      return { kind: 'remote', directory: new RemoteDirectory(spec.url, page, { url, bytes: body.byteLength }, load) };
    }
    if (format === 'linkwork') return { kind: 'feed', json: first, body, fresh: true };
    const { readForeignPages } = await import('./foreign.js');
    return await readForeignPages(format, spec.url, url, first, options);
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    const copy = options.cache !== false ? await lastGoodCopy(spec.url, error) : undefined;
    if (copy) return { kind: 'feed', json: copy.json, fresh: false, staleSince: copy.savedAt, error };
    return { kind: 'failed', error };
  }
}

/** Reads a Linkwork feed in slices, so a large one never blocks the page. */
async function parseLinkwork(
  fetched: Extract<Fetched, { kind: 'feed' }>,
  report: SourceReport,
  sourceCount: number,
  cache: boolean,
): Promise<ParsedFeed | undefined> {
  report.format = 'linkwork';
  report.pages = 1;
  report.staleSince = fetched.staleSince;
  report.error = fetched.error;
  try {
    const parsed = await parseFeedInSlices(fetched.json);
    if (fetched.fresh && cache) void saveCachedFeed(report.url, fetched.body!);
    return parsed;
  } catch (error) {
    // One feed of several that cannot be read is reported; a feed on its own is the whole answer.
    if (sourceCount === 1 || !(error instanceof FeedError)) throw error;
    report.error = error;
    report.stop = { page: 1, error };
    return undefined;
  }
}

async function join(
  parsed: readonly ((ParsedFeed & { origins?: number[] }) | undefined)[],
  reports: SourceReport[],
): Promise<LoadedSources> {
  const sourced: SourcedActivity[] = [];
  const categories = new Map<string, Category>();
  const networks = new Map<string, Feed['networks'][number]>();
  const resources = new Map<string, Feed['resources'][number]>();
  const header = parsed.find((p) => p?.feed.title || p?.feed.publisher)?.feed;
  parsed.forEach((p, i) => {
    const report = reports[i]!;
    if (!p) return;
    for (const problem of p.problems)
      (problem.severity === 'field' ? report.fields : report.dropped).push({ ...problem, source: report.url });
    report.converted = p.feed.activities.length + p.feed.networks.length + p.feed.resources.length;
    if (report.format === 'linkwork')
      report.read =
        report.converted +
        p.problems.filter(
          (problem) =>
            problem.severity === 'dropped' && problem.collection !== 'categories' && problem.collection !== 'feed',
        ).length;
    for (const category of p.feed.categories) if (!categories.has(category.id)) categories.set(category.id, category);
    for (const network of p.feed.networks) if (!networks.has(network.id)) networks.set(network.id, network);
    for (const resource of p.feed.resources) if (!resources.has(resource.id)) resources.set(resource.id, resource);
    p.feed.activities.forEach((activity, index) =>
      sourced.push({ activity, source: report.url, index: p.origins?.[index] ?? index }),
    );
  });
  const { activities, duplicates } = await dedupeActivitiesInSlices(sourced);
  for (const duplicate of duplicates) {
    const report = reports.find((r) => r.url === duplicate.source)!;
    report.duplicates++;
    report.dropped.push(duplicate);
  }
  const partial = reports
    .filter((r) => r.stop)
    .map((r) => ({ url: r.url, page: r.stop!.page, ...(r.stop!.error ? { error: r.stop!.error } : {}) }));
  const stopped = partial.map((p): Problem => ({
    collection: 'activities',
    index: -1,
    source: p.url,
    severity: 'dropped',
    reason: stopReason(p),
  }));
  const stale = reports.filter((r) => r.staleSince).sort((a, b) => a.staleSince!.localeCompare(b.staleSince!))[0];
  const feed: Feed = {
    version: 1,
    ...(header?.title ? { title: header.title } : {}),
    ...(header?.updated ? { updated: header.updated } : {}),
    ...(header?.publisher ? { publisher: header.publisher } : {}),
    ...headerRules(parsed),
    categories: [...categories.values()],
    networks: [...networks.values()],
    activities,
    resources: [...resources.values()],
  };
  return {
    feed,
    problems: [...reports.flatMap((r) => [...r.dropped, ...r.fields]), ...stopped],
    partial,
    sources: reports,
    ...(stale ? { staleSince: stale.staleSince, error: stale.error } : {}),
  };
}

/** The first bank-holiday rule any source gives, and the search synonyms of all of them. */
function headerRules(parsed: readonly (ParsedFeed | undefined)[]): Pick<Feed, 'bankHolidays' | 'synonyms'> {
  const feeds = parsed.flatMap((p) => (p ? [p.feed] : []));
  const bankHolidays = feeds.find((feed) => feed.bankHolidays)?.bankHolidays;
  const withSynonyms = feeds.filter((feed) => feed.synonyms);
  return {
    ...(bankHolidays ? { bankHolidays } : {}),
    ...(withSynonyms.length ? { synonyms: Object.assign({}, ...withSynonyms.map((feed) => feed.synonyms)) } : {}),
  };
}

export function stopReason({ url, page, error }: PartialSource): string {
  const kept =
    page <= 1 ? 'nothing from it is shown' : page === 2 ? 'page 1 is shown' : `pages 1–${page - 1} are shown`;
  if (!error) return `${url}: stopped at the page limit before page ${page}; ${kept}.`;
  return `${url}: page ${page} could not be read (${error.message.replace(/\.$/, '')}); ${kept}.`;
}

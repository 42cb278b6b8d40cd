/**
 * `linkwork/feed`: the feed format without any widget, for scripts, servers and publishers' pipelines.
 * Nothing here needs a DOM: it runs in Node, Deno, Bun, workers and browsers alike.
 */
import feedSchemaJson from 'linkwork:feed-json-schema';
import type { BuiltInLabels, CategoryMap, CategoryNames } from './adapters/categories.js';
import { loadSources, type FeedSourceSpec, type LoadedSources, type SourcesOptions } from './sources.js';

/** Validates a feed object: bad fields mended or removed, bad records dropped, every change reported. */
export { parseFeed, supportedVersion } from './parse.js';
/** The same, in slices of a few milliseconds that give the page a turn between them: for large feeds in a browser. */
export { parseFeedInSlices } from './parse.js';
/** What `parseFeed` gives, one problem it reports, and whether that problem cost the record or a field. */
export type { Collection, ParsedFeed, Problem, Severity, SliceOptions } from './parse.js';
/** Why a feed could not be read, with its kind and (for HTTP errors) the status. */
export { FeedError } from './errors.js';
export type { FeedErrorKind } from './errors.js';
/** Fetches and validates one Linkwork feed with a timeout and bounded retries. */
export { loadFeed } from './load.js';
export type { LoadedFeed, LoadOptions } from './load.js';
/** The formats Linkwork reads, and which one a page of JSON is. */
export { chooseFormat, detectFormat, feedFormats, isFeedFormat } from './adapters/detect.js';
export type { FeedFormat } from './adapters/detect.js';
/** The zod schemas of the feed, one per record, for your own checks. */
export { activity, category, feedHeader, network, resource } from './schema.js';
/** Every type of the feed format (`Feed`, `Activity`, `Network`, `Resource`…). */
export type * from './schema.js';
export type { BuiltInLabels, CategoryMap, CategoryNames, FeedSourceSpec, LoadedSources, SourcesOptions };

/** The feed's JSON Schema (draft 2020-12), also shipped as `linkwork/feed.schema.json`. */
export const feedJsonSchema: Readonly<Record<string, unknown>> = feedSchemaJson;

/** The options of {@link readSources}: those of the loader, with the category names in English by default. */
export type ReadSourcesOptions = Partial<SourcesOptions>;

/**
 * Reads Linkwork feeds, Open Referral UK APIs and OpenActive RPDE feeds (told apart by their first page,
 * or by `format`) into one Linkwork feed, with a report of every record read, converted or dropped.
 */
export function readSources(
  specs: readonly FeedSourceSpec[],
  options: ReadSourcesOptions = {},
): Promise<LoadedSources> {
  return loadSources(specs, { cache: false, ...options });
}

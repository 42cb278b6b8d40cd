/**
 * Turns untrusted JSON into a trusted {@link Feed}, one record at a time and one field at a time: a bad
 * field is mended or removed and the record kept; a record is dropped only without its id or name (see
 * salvage.ts). Every change is reported. Only a value that cannot be a feed at all is a feed-level error.
 */
import type * as z from 'zod/mini';
import { FeedError } from './errors.js';
import { salvage } from './salvage.js';
import { activity, category, feedHeader, network, resource, type Feed } from './schema.js';
import { yieldToMain } from './yield.js';

/** The record lists of a feed, in the order they are checked. */
export const collections = ['categories', 'networks', 'activities', 'resources'] as const;
export type Collection = (typeof collections)[number];

/**
 * What a problem cost: `dropped`, the whole record (or, with index -1, a source or a list) is not shown;
 * `field`, the record is shown, with one field mended or removed.
 */
export type Severity = 'dropped' | 'field';

/** A record dropped, or a field of one mended or removed, and why, in words a publisher can act on. */
export interface Problem {
  /** The record list, or `feed` for the feed's own fields (title, publisher, synonyms…). */
  collection: Collection | 'feed';
  /** Position of the record in its list, from 0; -1 for a whole list, source or the feed's own fields. */
  index: number;
  /** The record's `id`, when it had a usable one. */
  id?: string;
  /** The URL of the source the record came from, when a `<lw-feed>` combines several. */
  source?: string;
  severity: Severity;
  /** For `field` problems: the field, as a dotted path (`contact.email`, `location`, `schedule.0.start`). */
  field?: string;
  reason: string;
}

export interface ParsedFeed {
  feed: Feed;
  problems: Problem[];
}

const recordSchemas = { categories: category, networks: network, activities: activity, resources: resource };

/** What a record cannot be shown without: a broken one drops the record, any other broken field is removed. */
const essentials: Record<Collection, readonly string[]> = {
  categories: ['id', 'label'],
  networks: ['id', 'name', 'scope', 'coverage'],
  activities: ['id', 'title'],
  resources: ['id', 'title', 'url', 'type'],
};

const headerFields = Object.keys(feedHeader.shape).filter((key) => key !== 'version') as (keyof Feed)[];

export const supportedVersion = 1;

/** Records read between two looks at the clock by {@link parseFeedInSlices} (an activity takes some 20 µs). */
const recordsPerStep = 16;

/** Reads the whole feed at once: for Node, the command line and small feeds. */
export function parseFeed(input: unknown): ParsedFeed {
  const steps = reading(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export interface SliceOptions {
  /** How long one slice of work may run before the page gets a turn, in milliseconds (default 8). */
  sliceMs?: number;
  /** Called after each slice with how long it ran (ms) and how many records it read: for benches and tests. */
  onSlice?: (slice: { ms: number; records: number }) => void;
  /** Stops reading between slices when aborted (the widget left the page): rejects with the signal's reason. */
  signal?: AbortSignal;
}

/**
 * Reads the feed as {@link parseFeed} does, with the same feed and problems, in slices of a few milliseconds,
 * giving the page a turn between them (input, rendering), so a feed of 10,000 activities never blocks it.
 * A value that cannot be a feed rejects with the same {@link FeedError}.
 */
export async function parseFeedInSlices(
  input: unknown,
  { sliceMs = 8, onSlice, signal }: SliceOptions = {},
): Promise<ParsedFeed> {
  signal?.throwIfAborted();
  const progress = { read: 0 };
  const steps = reading(input, progress);
  let sliceStart = performance.now();
  let sliceFrom = 0;
  const sliced = (ms: number) => onSlice?.({ ms, records: progress.read - sliceFrom });
  for (;;) {
    const step = steps.next();
    const ran = performance.now() - sliceStart;
    if (step.done) {
      sliced(ran);
      return step.value;
    }
    if (ran < sliceMs) continue;
    sliced(ran);
    await yieldToMain();
    signal?.throwIfAborted();
    sliceStart = performance.now();
    sliceFrom = progress.read;
  }
}

/** The reading itself, pausing after every {@link recordsPerStep} records so a caller may slice it; `progress.read` counts the records. */
function* reading(input: unknown, progress = { read: 0 }): Generator<void, ParsedFeed> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new FeedError('invalid', `The feed must be a JSON object, but it is ${describe(input)}.`);
  }
  const raw = input as Record<string, unknown>;
  if (raw.version === undefined) {
    throw new FeedError('invalid', 'The feed has no "version"; this library reads version 1.');
  }
  if (raw.version !== supportedVersion) {
    throw new FeedError('invalid', `The feed is version ${JSON.stringify(raw.version)}; this library reads version 1.`);
  }
  const problems: Problem[] = [];
  const feed: Feed = {
    ...readHeader(raw, problems),
    categories: [],
    networks: [],
    activities: [],
    resources: [],
  };
  for (const collection of collections) {
    const list = raw[collection];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      problems.push({
        collection,
        index: -1,
        severity: 'dropped',
        reason: `"${collection}" must be a list, but it is ${describe(list)}.`,
      });
      continue;
    }
    const schema = recordSchemas[collection] as z.ZodMiniType<unknown>;
    const kept: unknown[] = [];
    // Two records with one id would make selection ambiguous: the first wins, each repeat is reported where it is.
    const seen = new Set<string>();
    for (let index = 0; index < list.length; index++) {
      if (++progress.read % recordsPerStep === 0) yield;
      const record: unknown = list[index];
      const result = schema.safeParse(record);
      const data = result.success ? result.data : keepWhatCan(schema, collection, record, index, result, problems);
      if (data === undefined) continue;
      const { id } = data as { id: string };
      if (seen.has(id)) {
        problems.push({
          collection,
          index,
          id,
          severity: 'dropped',
          reason: `another record already has the id "${id}".`,
        });
        continue;
      }
      seen.add(id);
      kept.push(data);
    }
    (feed[collection] as unknown[]) = kept;
  }
  return { feed, problems };
}

function keepWhatCan(
  schema: z.ZodMiniType<unknown>,
  collection: Collection,
  record: unknown,
  index: number,
  failed: { error: { issues: readonly Issue[] } },
  problems: Problem[],
): unknown {
  const id = idOf(record);
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    problems.push({
      collection,
      index,
      severity: 'dropped',
      reason: `the record is ${describe(record)}, not an object.`,
    });
    return undefined;
  }
  const result = salvage(schema, record, failed.error.issues, essentials[collection], explainOne);
  if (!result.kept) {
    problems.push({ collection, index, id, severity: 'dropped', reason: explain(result.issues, record) });
    return undefined;
  }
  for (const change of result.changes)
    problems.push({ collection, index, id, severity: 'field', field: change.field, reason: change.reason });
  return result.data;
}

/** The feed's own fields, each on its own: a bad `synonyms` must not cost the feed its title. */
function readHeader(raw: Record<string, unknown>, problems: Problem[]): Pick<Feed, 'version'> & Partial<Feed> {
  const header = feedHeader.safeParse(raw);
  if (header.success) return header.data;
  const kept: Record<string, unknown> = { version: 1 };
  for (const key of headerFields) {
    if (raw[key] === undefined) continue;
    const field = feedHeader.shape[key as keyof typeof feedHeader.shape];
    const result = (field as z.ZodMiniType<unknown>).safeParse(raw[key]);
    if (result.success) kept[key] = result.data;
    else
      problems.push({
        collection: 'feed',
        index: -1,
        severity: 'field',
        field: key,
        reason: `${explain(result.error.issues, raw[key], key)}; the field was removed.`,
      });
  }
  return kept as Pick<Feed, 'version'>;
}

function idOf(record: unknown): string | undefined {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.trim() ? id.trim() : undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

type Issue = z.core.$ZodIssue;

/** zod/mini ships no messages; say what is wrong, and where, in plain words. */
export function explain(issues: readonly Issue[], record: unknown, where?: string): string {
  return issues
    .map((issue) => {
      const path = [...(where ? [where] : []), ...issue.path.map(String)];
      return `${path.length ? path.join('.') : 'record'} ${explainOne(issue, record)}`;
    })
    .join('; ');
}

/** What is wrong with the value one issue is about, without saying where. */
function explainOne(issue: Issue, record: unknown): string {
  return say(issue, at(record, issue.path));
}

function at(value: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key], value);
}

function say(issue: Issue, input: unknown): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined ? 'is missing' : `must be ${article(issue.expected)}`;
    case 'too_small':
      return issue.origin === 'string'
        ? 'must not be empty'
        : issue.origin === 'array'
          ? `needs at least ${issue.minimum} items`
          : `must be at least ${issue.minimum}`;
    case 'too_big':
      return `must be at most ${issue.maximum}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return 'is not in any of the accepted forms';
    case 'invalid_format':
      return `is not a valid ${issue.format}`;
    default:
      return 'is not valid';
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/**
 * Turns untrusted JSON into a trusted {@link Feed}, one record at a time: a bad record is dropped and
 * reported, the good ones are kept. Only a value that cannot be a feed at all is a feed-level error.
 */
import type * as z from 'zod/mini';
import { FeedError } from './errors.js';
import { activity, category, feedHeader, network, resource, type Feed } from './schema.js';

/** The record lists of a feed, in the order they are checked. */
export const collections = ['categories', 'networks', 'activities', 'resources'] as const;
export type Collection = (typeof collections)[number];

/** A record that was dropped, and why, in words a publisher can act on. */
export interface Problem {
  collection: Collection;
  /** Position of the record in its list, from 0. */
  index: number;
  /** The record's `id`, when it had a usable one. */
  id?: string;
  /** The URL of the source the record came from, when a `<lw-feed>` combines several. */
  source?: string;
  reason: string;
}

export interface ParsedFeed {
  feed: Feed;
  problems: Problem[];
}

const recordSchemas = { categories: category, networks: network, activities: activity, resources: resource };

export const supportedVersion = 1;

export function parseFeed(input: unknown): ParsedFeed {
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
  const header = feedHeader.safeParse(raw);
  const problems: Problem[] = [];
  const feed: Feed = {
    ...(header.success ? header.data : { version: 1 }),
    categories: [],
    networks: [],
    activities: [],
    resources: [],
  };
  for (const collection of collections) {
    const list = raw[collection];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      problems.push({ collection, index: -1, reason: `"${collection}" must be a list, but it is ${describe(list)}.` });
      continue;
    }
    const schema = recordSchemas[collection] as z.ZodMiniType<unknown>;
    const kept: unknown[] = [];
    list.forEach((record, index) => {
      const result = schema.safeParse(record);
      if (result.success) kept.push(result.data);
      else problems.push({ collection, index, id: idOf(record), reason: explain(result.error.issues, record) });
    });
    (feed[collection] as unknown[]) = dropRepeatedIds(kept as { id: string }[], collection, list, problems);
  }
  return { feed, problems };
}

/** Two records with one id would make selection ambiguous: the first wins. */
function dropRepeatedIds(records: { id: string }[], collection: Collection, list: unknown[], problems: Problem[]) {
  const seen = new Set<string>();
  return records.filter((record) => {
    if (!seen.has(record.id)) {
      seen.add(record.id);
      return true;
    }
    const index = list.findLastIndex((raw) => idOf(raw) === record.id);
    problems.push({ collection, index, id: record.id, reason: `another record already has the id "${record.id}".` });
    return false;
  });
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
export function explain(issues: readonly Issue[], record: unknown): string {
  return issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'record'} ${say(issue, at(record, issue.path))}`)
    .join('; ');
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

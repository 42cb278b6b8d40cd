/**
 * `--geocode`: fills in coordinates for places that have a postcode but none, so they can be measured and
 * mapped. Asks postcodes.io's bulk look-up (100 postcodes a request) or a service with the same API, asks
 * each postcode once (and not at all when a `--geocode-cache` file knows it), and checks every answer
 * against the feed schema like any other coordinates.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { FeedError } from '../feed/errors.js';
import { fetchJson } from '../feed/load.js';
import type { Problem } from '../feed/parse.js';
import { place as placeSchema, type Activity, type Feed } from '../feed/schema.js';

export const defaultGeocoder = 'https://api.postcodes.io';
export const batchSize = 100;

export interface GeocodeOptions {
  /** The service's base address; `POST {url}/postcodes` with `{ "postcodes": [...] }`. */
  url: string;
  /** A JSON file of postcodes already looked up (read first, written after). */
  cacheFile?: string;
  timeoutMs: number;
  fetch?: typeof fetch;
}

export interface GeocodeReport {
  /** Places that had a postcode and no coordinates. */
  places: number;
  /** Of those, places given coordinates. */
  located: number;
  /** Distinct postcodes asked about, and how many came from the cache. */
  postcodes: number;
  fromCache: number;
  requests: number;
  /** Postcodes the service does not know. */
  notFound: string[];
  /** Answers that failed the schema (coordinates out of range): reported, not used. */
  problems: Problem[];
  /** Why the look-up stopped, when a request failed: the places not yet looked up keep no coordinates. */
  error?: FeedError;
}

type Point = [number, number] | null;

/** `ls1 1aa` → `LS1 1AA`: the form the cache and the report use. */
const normalised = (postcode: string) => {
  const compact = postcode.toUpperCase().replace(/\s+/g, '');
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
};

export async function geocodeFeed(feed: Feed, options: GeocodeOptions): Promise<{ feed: Feed; report: GeocodeReport }> {
  const waiting = feed.activities.flatMap((activity, index) =>
    activity.location?.postcode && activity.location.lat === undefined ? [index] : [],
  );
  const report: GeocodeReport = {
    places: waiting.length,
    located: 0,
    postcodes: 0,
    fromCache: 0,
    requests: 0,
    notFound: [],
    problems: [],
  };
  if (!waiting.length) return { feed, report };
  const cache = options.cacheFile ? await readCache(options.cacheFile) : new Map<string, Point>();
  const wanted = [...new Set(waiting.map((index) => normalised(feed.activities[index]!.location!.postcode!)))];
  report.postcodes = wanted.length;
  report.fromCache = wanted.filter((postcode) => cache.has(postcode)).length;
  const unknown = wanted.filter((postcode) => !cache.has(postcode));
  for (let start = 0; start < unknown.length; start += batchSize) {
    const batch = unknown.slice(start, start + batchSize);
    try {
      await lookUp(batch, options, cache);
      report.requests++;
    } catch (error) {
      if (!(error instanceof FeedError)) throw error;
      report.error = error;
      break;
    }
  }
  const activities = [...feed.activities];
  for (const index of waiting) {
    const activity = activities[index]!;
    const postcode = normalised(activity.location!.postcode!);
    const point = cache.get(postcode);
    if (point === null && !report.notFound.includes(postcode)) report.notFound.push(postcode);
    if (!point) continue;
    const located = placeSchema.safeParse({ ...activity.location, lat: point[0], lng: point[1] });
    if (!located.success) {
      report.problems.push({
        collection: 'activities',
        index,
        id: activity.id,
        severity: 'field',
        field: 'location',
        reason: `the geocoder gave ${postcode} coordinates out of range (${point[0]}, ${point[1]}); they were not used.`,
      });
      continue;
    }
    activities[index] = { ...activity, location: located.data } as Activity;
    report.located++;
  }
  if (options.cacheFile) await writeCache(options.cacheFile, cache);
  return { feed: { ...feed, activities }, report };
}

async function lookUp(postcodes: string[], options: GeocodeOptions, cache: Map<string, Point>): Promise<void> {
  const url = `${options.url.replace(/\/+$/, '')}/postcodes`;
  const post: typeof fetch = (input, init) =>
    (options.fetch ?? fetch)(input, {
      ...init,
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify({ postcodes }),
    });
  const json = (await fetchJson(url, { fetch: post, timeoutMs: options.timeoutMs })) as { result?: unknown };
  if (!Array.isArray(json?.result))
    throw new FeedError('invalid', `${url} did not answer as postcodes.io does (no "result" list).`);
  for (const entry of json.result as {
    query?: unknown;
    result?: { latitude?: unknown; longitude?: unknown } | null;
  }[]) {
    if (typeof entry?.query !== 'string') continue;
    const { latitude, longitude } = entry.result ?? {};
    cache.set(
      normalised(entry.query),
      typeof latitude === 'number' && typeof longitude === 'number' ? [latitude, longitude] : null,
    );
  }
}

async function readCache(path: string): Promise<Map<string, Point>> {
  try {
    const json = JSON.parse(await readFile(path, 'utf8')) as Record<string, Point>;
    return new Map(Object.entries(json));
  } catch {
    return new Map(); // no cache yet, or one that cannot be read: look everything up again
  }
}

async function writeCache(path: string, cache: Map<string, Point>): Promise<void> {
  try {
    await writeFile(path, `${JSON.stringify(Object.fromEntries(cache), null, 1)}\n`);
  } catch {
    // A cache that cannot be written only means asking again next time.
  }
}

/**
 * Fetches a feed with a timeout, bounded retries and a fallback to the last good copy.
 * Every failure becomes a {@link FeedError} of one kind, so widgets can say what went wrong.
 */
import { readCachedFeed, saveCachedFeed } from './cache.js';
import { FeedError } from './errors.js';
import { parseFeed, type ParsedFeed } from './parse.js';

export interface LoadOptions {
  /** Give up on one attempt after this long. */
  timeoutMs?: number;
  /** Extra attempts after a network error, a 5xx or a 429. */
  retries?: number;
  /** The first retry waits about this long; each later one twice as long, with jitter. */
  retryDelayMs?: number;
  /** Aborts the whole load, e.g. when the element leaves the page. */
  signal?: AbortSignal;
  /** Keep and fall back to the last good copy in localStorage. */
  cache?: boolean;
  /** Fetches one page; the command line passes one that refuses private addresses and counts bytes. */
  fetch?: typeof fetch;
  /** Turns the fetched JSON into parsed records; the format adapters plug in here. */
  parse?: (json: unknown, url: string) => ParsedFeed | Promise<ParsedFeed>;
}

export interface LoadedFeed extends ParsedFeed {
  /** Set when the network failed and an earlier copy is shown instead: when that copy was fetched. */
  staleSince?: string;
  /** The failure that made the copy stale. */
  error?: FeedError;
  /** Sources that could be read only in part: what was read is shown, the rest is missing. */
  partial?: readonly PartialSource[];
}

/** A paged source whose reading stopped early: pages before `page` are shown. */
export interface PartialSource {
  url: string;
  /** The page (from 1) that could not be read; 1 when the whole source failed. */
  page: number;
  /** Why: absent when the page limit was reached rather than a page failing. */
  error?: FeedError;
}

export const defaultLoadOptions = { timeoutMs: 10_000, retries: 2, retryDelayMs: 500, cache: true } as const;

export async function loadFeed(url: string, options: LoadOptions = {}): Promise<LoadedFeed> {
  const { cache, parse = parseFeed } = { ...defaultLoadOptions, ...options };
  try {
    const json = await fetchJson(url, options);
    const parsed = await parse(json, url);
    if (cache) saveCachedFeed(url, json);
    return parsed;
  } catch (error) {
    const copy = cache && error instanceof FeedError ? readCachedFeed(url) : undefined;
    if (!copy) throw error;
    return { ...(await parse(copy.json, url)), staleSince: copy.savedAt, error: error as FeedError };
  }
}

/** GETs JSON with the timeout and retry rules of {@link loadFeed}; shared with the format adapters. */
export async function fetchJson(url: string, options: LoadOptions = {}): Promise<unknown> {
  const { retries, retryDelayMs } = { ...defaultLoadOptions, ...options };
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetchOnce(url, options);
    } catch (error) {
      if (!(error instanceof FeedError) || !error.retryable || attempt >= retries) throw error;
      await sleep(retryDelayMs * 2 ** attempt * (0.5 + Math.random()), options.signal);
    }
  }
}

async function fetchOnce(
  url: string,
  { timeoutMs = defaultLoadOptions.timeoutMs, signal, fetch: get = fetch }: LoadOptions,
): Promise<unknown> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const both = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await get(url, { signal: both, headers: { accept: 'application/json' } });
  } catch (error) {
    throw failure(error, url, timeout, timeoutMs);
  }
  if (!response.ok) {
    throw new FeedError(
      'http',
      `The server answered ${response.status} ${response.statusText} for ${url}.`.replace('  ', ' '),
      response.status,
    );
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw failure(error, url, timeout, timeoutMs);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new FeedError('not-json', `${url} did not return JSON (it starts "${text.slice(0, 40).trim()}").`);
  }
}

function failure(error: unknown, url: string, timeout: AbortSignal, timeoutMs: number): unknown {
  if (timeout.aborted) return new FeedError('timeout', `${url} did not answer within ${timeoutMs / 1000} s.`);
  if (error instanceof FeedError) return error;
  if (isAbort(error)) return error;
  // Node's fetch says only "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND…) is in its cause.
  const code = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
  const why = `${error instanceof Error ? error.message : String(error)}${typeof code === 'string' ? `: ${code}` : ''}`;
  return new FeedError('network', `${url} could not be reached (${why}).`);
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

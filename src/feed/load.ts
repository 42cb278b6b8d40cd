/**
 * Fetches a feed with a timeout, a size limit, bounded retries (honouring a server's `Retry-After`)
 * and a fallback to the last good copy. Every failure becomes a {@link FeedError} of one kind, so
 * widgets can say what went wrong. Two loads of one address at the same time share one request.
 */
import { absoluteUrl } from './address.js';
import { FeedError } from './errors.js';
import { forgetCachedFeed, readCachedFeed, saveCachedFeed } from './kept-copy.js';
import { parseFeed, type ParsedFeed } from './parse.js';
import { SlicedDecoder } from './read-text.js';
import { yieldToMain } from './yield.js';

export interface LoadOptions {
  /** Give up on one attempt after this long. */
  timeoutMs?: number;
  /** Extra attempts after a network error, a 5xx or a 429. */
  retries?: number;
  /** The first retry waits about this long; each later one twice as long, with jitter. */
  retryDelayMs?: number;
  /** Aborts the whole load, e.g. when the element leaves the page. */
  signal?: AbortSignal;
  /** Keep and fall back to the last good copy in the browser's storage. */
  cache?: boolean;
  /** Stop reading a response larger than this many bytes (after decompression). */
  maxBytes?: number;
  /** Wait as long as a server's `Retry-After` asks only up to this; a longer wait gives up at once. */
  maxRetryAfterMs?: number;
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

/** A response read whole: its JSON, and its bytes as they arrived (to keep as the last good copy). */
export interface FetchedFeed {
  json: unknown;
  body: Uint8Array;
}

export const defaultLoadOptions = {
  timeoutMs: 10_000,
  retries: 2,
  retryDelayMs: 500,
  cache: true,
  maxBytes: 50_000_000,
  maxRetryAfterMs: 10_000,
} as const;

/** The options with a default in place of each one not given (or given as `undefined`). */
function settings(options: LoadOptions) {
  const defaults = defaultLoadOptions;
  return {
    timeoutMs: options.timeoutMs ?? defaults.timeoutMs,
    retries: options.retries ?? defaults.retries,
    retryDelayMs: options.retryDelayMs ?? defaults.retryDelayMs,
    cache: options.cache ?? defaults.cache,
    maxBytes: options.maxBytes ?? defaults.maxBytes,
    maxRetryAfterMs: options.maxRetryAfterMs ?? defaults.maxRetryAfterMs,
  };
}

export async function loadFeed(url: string, options: LoadOptions = {}): Promise<LoadedFeed> {
  const { cache } = settings(options);
  const parse = options.parse ?? parseFeed;
  if (!cache) void forgetCachedFeed(url);
  try {
    const { json, body } = await fetchFeed(url, options);
    const parsed = await parse(json, url);
    if (cache) void saveCachedFeed(url, body);
    return parsed;
  } catch (error) {
    const copy = cache && error instanceof FeedError ? await lastGoodCopy(url, error) : undefined;
    if (!copy) throw error;
    try {
      return { ...(await parse(copy.json, url)), staleSince: copy.savedAt, error: error as FeedError };
    } catch {
      throw error;
    }
  }
}

/**
 * The copy that may stand in after `error`: none for a feed the server says is gone (410, and its copy is
 * deleted), nor for one that is not a feed we can read (its publisher changed it on purpose).
 */
export async function lastGoodCopy(url: string, error: FeedError) {
  if (error.kind === 'invalid') return undefined;
  if (error.kind === 'http' && error.status === 410) {
    await forgetCachedFeed(url);
    return undefined;
  }
  return readCachedFeed(url);
}

/** GETs JSON with the timeout, size and retry rules of {@link loadFeed}; shared with the format adapters. */
export async function fetchJson(url: string, options: LoadOptions = {}): Promise<unknown> {
  return (await fetchFeed(url, options)).json;
}

interface Request {
  result: Promise<FetchedFeed>;
  /** Stops the request and takes it off the list, so a later load starts afresh. */
  stop: (reason: unknown) => void;
  waiting: number;
}

/** Requests under way, by address and size limit: a second load of the same feed joins the first. */
const underWay = new Map<string, Request>();

/**
 * {@link fetchJson} that also returns the bytes. Loads of one address at the same time share one request
 * (which stops only when every one of them is aborted); the JSON they get is the same object, not to be changed.
 */
export function fetchFeed(url: string, options: LoadOptions = {}): Promise<FetchedFeed> {
  const { maxBytes } = settings(options);
  const key = `${maxBytes} ${absoluteUrl(url)}`;
  let request = underWay.get(key);
  if (!request) {
    const abort = new AbortController();
    const result = fetchWithRetries(url, { ...options, signal: abort.signal });
    const forget = () => underWay.get(key) === started && underWay.delete(key);
    const stop = (reason: unknown) => {
      forget();
      abort.abort(reason);
    };
    const started: Request = (request = { result, stop, waiting: 0 });
    underWay.set(key, started);
    result.then(forget, forget);
  }
  return join(request, options.signal);
}

function join(request: Request, signal: AbortSignal | undefined): Promise<FetchedFeed> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  request.waiting++;
  if (!signal) return request.result;
  return new Promise((resolve, reject) => {
    const leave = () => {
      reject(signal.reason);
      if (--request.waiting === 0) request.stop(signal.reason);
    };
    signal.addEventListener('abort', leave, { once: true });
    request.result.then(resolve, reject).finally(() => signal.removeEventListener('abort', leave));
  });
}

async function fetchWithRetries(url: string, options: LoadOptions): Promise<FetchedFeed> {
  const { retries, retryDelayMs, maxRetryAfterMs } = settings(options);
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetchOnce(url, options);
    } catch (error) {
      if (!(error instanceof FeedError) || !error.retryable || attempt >= retries) throw error;
      const asked = error.retryAfterMs;
      if (asked !== undefined && asked > maxRetryAfterMs) throw error;
      await sleep(asked ?? retryDelayMs * 2 ** attempt * (0.5 + Math.random()), options.signal);
    }
  }
}

async function fetchOnce(url: string, options: LoadOptions): Promise<FetchedFeed> {
  const { timeoutMs, maxBytes, maxRetryAfterMs } = settings(options);
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let received: Received;
  try {
    const get = options.fetch ?? fetch;
    const response = await get(url, { signal, headers: { accept: 'application/json' } });
    if (!response.ok) {
      void response.body?.cancel().catch(() => {});
      throw httpError(response, url, maxRetryAfterMs);
    }
    received = await readBody(response, url, maxBytes);
  } catch (error) {
    throw error instanceof FeedError ? error : failure(error, url, timeout, timeoutMs);
  }
  const { text, body } = received;
  try {
    return { json: JSON.parse(text), body };
  } catch {
    throw new FeedError(
      'not-json',
      `${url} did not return JSON (it starts "${text.slice(0, 40).trim()}").`,
      undefined,
      {
        url,
        summary: 'not JSON',
      },
    );
  }
}

function httpError(response: Response, url: string, maxRetryAfterMs: number): FeedError {
  const { status } = response;
  const retryAfterMs = retryAfter(response.headers.get('retry-after'));
  const wait =
    retryAfterMs === undefined
      ? ''
      : ` and asked to wait ${Math.ceil(retryAfterMs / 1000)} s${retryAfterMs > maxRetryAfterMs ? `, longer than the ${maxRetryAfterMs / 1000} s we wait` : ''}`;
  return new FeedError(
    'http',
    `The server answered ${status} ${response.statusText} for ${url}${wait}.`.replace('  ', ' '),
    status,
    { url, retryAfterMs },
  );
}

/** `Retry-After` in ms: either seconds or an HTTP date. */
export function retryAfter(value: string | null, now = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}

/** A body as received (the kept copy stores these bytes) and as text. */
interface Received {
  body: Uint8Array;
  text: string;
}

/**
 * Reads the body as it streams in, stopping as soon as it passes `maxBytes`. Each piece is decoded as it
 * arrives, in slices (read-text.ts): decoding 8 MB at the end held the page for some 200 ms in one task.
 */
async function readBody(response: Response, url: string, maxBytes: number): Promise<Received> {
  const tooLarge = () =>
    new FeedError(
      'too-large',
      `${url} is larger than ${megabytes(maxBytes)}, the most this page reads (raise max-bytes to read it).`,
      undefined,
      { url, summary: `larger than the ${megabytes(maxBytes)} limit (max-bytes)` },
    );
  if (Number(response.headers.get('content-length')) > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!response.body) {
    const body = new Uint8Array(await response.arrayBuffer());
    return { body, text: new TextDecoder().decode(body) };
  }
  const reader = response.body.getReader();
  const decoder = new SlicedDecoder();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
    await decoder.push(value);
  }
  const text = await decoder.text();
  // Copying the bytes into one is a task apart from the joining and from JSON.parse (see SlicedDecoder.text).
  const body = joined(chunks, size);
  await yieldToMain();
  return { body, text };
}

function joined(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

const megabytes = (bytes: number) => `${Math.round(bytes / 100_000) / 10} MB`;

function failure(error: unknown, url: string, timeout: AbortSignal, timeoutMs: number): unknown {
  if (timeout.aborted)
    return new FeedError('timeout', `${url} did not answer within ${timeoutMs / 1000} s.`, undefined, {
      url,
      summary: `no answer within ${timeoutMs / 1000} s`,
    });
  if (isAbort(error)) return error;
  // Node's fetch says only "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND…) is in its cause.
  const code = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
  const why = `${error instanceof Error ? error.message : String(error)}${typeof code === 'string' ? `: ${code}` : ''}`;
  return new FeedError('network', `${url} could not be reached (${why}).`, undefined, {
    url,
    summary: `could not be reached (${why})`,
  });
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

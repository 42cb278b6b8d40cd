/**
 * The last good copy of each feed, kept in the browser so a later failure can still show something.
 * A copy is the feed's bytes as the server sent them (nothing is re-serialised), in Cache Storage or,
 * where that is missing, IndexedDB (see `cache-stores.ts`). The copies are bounded: at most
 * {@link cacheLimits} entries and bytes, the oldest going first; one copy per address, so cache-busting
 * query variants replace each other. Every copy is checked when read, and one that is broken is deleted
 * and ignored. Nothing here ever throws: private browsing, a full quota or a sandboxed frame only mean
 * there is no copy.
 */
import { absoluteUrl } from './address.js';
import {
  cacheStorageExists,
  cacheStorageStore,
  indexedDbExists,
  indexedDbStore,
  type CopyFacts,
  type FeedStore,
} from './cache-stores.js';
import { supportedVersion } from './parse.js';
import { yieldToMain } from './yield.js';

export interface CachedFeed {
  /** The address the copy was fetched from. */
  url: string;
  /** When the copy was fetched, as an ISO date. */
  savedAt: string;
  json: unknown;
}

export interface CacheLimits {
  /** The most copies kept (of different addresses). */
  maxEntries: number;
  /** The most bytes kept, all copies together; a feed larger than this is not kept. */
  maxBytes: number;
}

export const cacheLimits: CacheLimits = { maxEntries: 8, maxBytes: 64_000_000 };

/** The bytes of the feed as received, or a feed made here (from another format), written out in slices. */
export type CopyBody = Uint8Array | object;

/** Where the localStorage code before Cache Storage kept its copies, to move them over. */
export const oldPrefix = 'linkwork:feed:';

/** One copy per address: the query (often a cache-buster, `?v=3`) and the fragment do not count. */
function keyOf(url: string): { key: string; url: string } {
  const absolute = absoluteUrl(url);
  const address = new URL(absolute);
  address.search = address.hash = '';
  return { key: address.href, url: absolute };
}

function isFeed(json: unknown): boolean {
  return (
    typeof json === 'object' &&
    json !== null &&
    !Array.isArray(json) &&
    (json as { version?: unknown }).version === supportedVersion
  );
}

/** The facts of a copy when they all make sense (the date normalised), else `undefined`. */
function checked(facts: Partial<CopyFacts>): CopyFacts | undefined {
  const { key, url, savedAt, bytes } = facts;
  const time = typeof savedAt === 'string' ? Date.parse(savedAt) : NaN;
  if (typeof key !== 'string' || typeof url !== 'string' || !Number.isFinite(time)) return undefined;
  if (typeof bytes !== 'number' || !Number.isFinite(bytes) || bytes < 0) return undefined;
  return { key, url, savedAt: new Date(time).toISOString(), bytes };
}

const isQuota = (error: unknown) => (error as { name?: unknown } | null)?.name === 'QuotaExceededError';

/**
 * Writes a feed object as JSON bytes, one record at a time, yielding every few milliseconds, so even a
 * large converted feed never blocks the page for long. Used only for feeds made here from another format:
 * a Linkwork feed is kept as the bytes the server sent.
 */
async function serialise(feed: object): Promise<Uint8Array[]> {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let text = '{';
  let deadline = performance.now() + 8;
  const breathe = async () => {
    if (performance.now() < deadline) return;
    parts.push(encoder.encode(text));
    text = '';
    await yieldToMain();
    deadline = performance.now() + 8;
  };
  const fields = Object.entries(feed).filter(([, value]) => value !== undefined);
  for (const [index, [name, value]] of fields.entries()) {
    text += `${index ? ',' : ''}${JSON.stringify(name)}:`;
    if (!Array.isArray(value)) {
      text += JSON.stringify(value);
      continue;
    }
    text += '[';
    for (let i = 0; i < value.length; i++) {
      text += `${i ? ',' : ''}${JSON.stringify(value[i]) ?? 'null'}`;
      await breathe();
    }
    text += ']';
  }
  parts.push(encoder.encode(`${text}}`));
  return parts;
}

/** The last good copies in one store, within limits. Operations run one at a time, in order. */
export class FeedCache {
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: Promise<FeedStore | undefined>,
    private readonly limits: CacheLimits = cacheLimits,
  ) {}

  /** The copy of `url` (or of another query variant of it), checked; `undefined` when there is none. */
  read(url: string): Promise<CachedFeed | undefined> {
    return this.#run(async (store) => {
      const { key } = keyOf(url);
      const found = await store.read(key);
      if (!found) return undefined;
      const facts = checked(found.facts);
      let json: unknown;
      try {
        if (facts?.key === key) json = JSON.parse(await found.text());
      } catch {
        // Unreadable or not JSON: dropped below.
      }
      if (!facts || !isFeed(json)) {
        if (json === undefined) found.discard();
        await store.remove(key);
        return undefined;
      }
      return { url: facts.url, savedAt: facts.savedAt, json };
    }, undefined);
  }

  /** Keeps `body` as the copy of `url`; resolves `false` when it could not be kept. */
  save(url: string, body: CopyBody, savedAt = new Date()): Promise<boolean> {
    return this.#run(async (store) => {
      const parts = body instanceof Uint8Array ? [body] : await serialise(body);
      return this.#keep(store, keyOf(url), new Blob(parts as BlobPart[]), savedAt.toISOString());
    }, false);
  }

  /** Deletes the copy of `url`, if any. */
  forget(url: string): Promise<void> {
    return this.#run((store) => store.remove(keyOf(url).key), undefined);
  }

  /** Every copy kept, oldest first (for tests and the bench). */
  list(): Promise<CopyFacts[]> {
    return this.#run(async (store) => {
      const facts = (await store.list()).map(checked).filter((copy) => copy !== undefined);
      return facts.sort((a, b) => a.savedAt.localeCompare(b.savedAt));
    }, []);
  }

  /** Moves copies the localStorage code kept into this store, and removes them all from localStorage. */
  migrate(): Promise<void> {
    return this.#run(async (store) => {
      for (const old of takeOldCopies()) {
        const { savedAt, body } = old;
        await this.#keep(store, keyOf(old.url), new Blob([body]), savedAt);
      }
    }, undefined);
  }

  async #keep(store: FeedStore, { key, url }: { key: string; url: string }, body: Blob, savedAt: string) {
    const { maxEntries, maxBytes } = this.limits;
    if (body.size > maxBytes) {
      await store.remove(key);
      return false;
    }
    const others: CopyFacts[] = [];
    for (const facts of await store.list()) {
      if (facts.key === key) continue;
      const copy = checked(facts);
      if (copy) others.push(copy);
      else if (typeof facts.key === 'string') await store.remove(facts.key);
    }
    others.sort((a, b) => a.savedAt.localeCompare(b.savedAt));
    let total = others.reduce((sum, copy) => sum + copy.bytes, 0);
    while (others.length && (others.length + 1 > maxEntries || total + body.size > maxBytes)) {
      const oldest = others.shift()!;
      total -= oldest.bytes;
      await store.remove(oldest.key);
    }
    for (;;) {
      try {
        await store.write({ key, url, savedAt, bytes: body.size }, body);
        return true;
      } catch (error) {
        // The origin's quota is full (the host page's own data counts too): make room, oldest first.
        if (isQuota(error) && others.length) {
          await store.remove(others.shift()!.key);
          continue;
        }
        // An older copy of this feed is no use once a newer one could not be kept; free its space too.
        await store.remove(key);
        return false;
      }
    }
  }

  #run<T>(operation: (store: FeedStore) => Promise<T>, fallback: T): Promise<T> {
    const result = this.#queue.then(async () => {
      try {
        const store = await this.store;
        return store ? await operation(store) : fallback;
      } catch {
        return fallback;
      }
    });
    this.#queue = result;
    return result;
  }
}

/** The copies written by the localStorage code, taken out of localStorage (valid ones are returned to keep). */
function takeOldCopies(): { url: string; savedAt: string; body: string }[] {
  const copies: { url: string; savedAt: string; body: string }[] = [];
  try {
    const storage = globalThis.localStorage;
    const keys = Array.from({ length: storage?.length ?? 0 }, (_, i) => storage.key(i) ?? '');
    for (const name of keys.filter((name) => name.startsWith(oldPrefix))) {
      const text = storage.getItem(name) ?? '';
      storage.removeItem(name);
      const old = oldCopy(text);
      if (old) copies.push({ url: name.slice(oldPrefix.length), ...old });
    }
  } catch {
    // No localStorage here (a sandboxed frame, storage disabled): nothing to move.
  }
  return copies;
}

/** The old format was exactly `{"savedAt":"…","json":<the feed>}`: the feed's text is cut out, not re-written. */
function oldCopy(text: string): { savedAt: string; body: string } | undefined {
  try {
    const { savedAt, json } = JSON.parse(text) as { savedAt?: unknown; json?: unknown };
    if (typeof savedAt !== 'string' || !Number.isFinite(Date.parse(savedAt)) || !isFeed(json)) return undefined;
    const start = `{"savedAt":${JSON.stringify(savedAt)},"json":`;
    if (!text.startsWith(start) || !text.endsWith('}')) return undefined;
    return { savedAt: new Date(Date.parse(savedAt)).toISOString(), body: text.slice(start.length, -1) };
  } catch {
    return undefined;
  }
}

/** Cache Storage where the page is a secure context, IndexedDB elsewhere, nothing in a sandboxed frame. */
async function openStore(): Promise<FeedStore | undefined> {
  if (!globalThis.document) return undefined;
  try {
    if (globalThis.caches) return await cacheStorageStore();
  } catch {
    // Refused (e.g. an opaque origin): try IndexedDB.
  }
  try {
    if (globalThis.indexedDB) return await indexedDbStore();
  } catch {
    // Refused too: keep nothing.
  }
  return undefined;
}

let shared: FeedCache | undefined;

/** The page's cache of feeds, opened on first use (and the old localStorage copies moved in then). */
export function feedCache(): FeedCache {
  if (!shared) {
    shared = new FeedCache(openStore());
    void shared.migrate();
  }
  return shared;
}

export const readCachedFeed = (url: string) => feedCache().read(url);
export const saveCachedFeed = (url: string, body: CopyBody) => feedCache().save(url, body);

/**
 * For `no-cache`: deletes any copy of `url` left from before, without creating any storage where
 * there is none (so a page with `no-cache` keeps nothing at all).
 */
export async function forgetCachedFeed(url: string): Promise<void> {
  if (!globalThis.document) return; // not a browser page (the command line): nothing is ever kept
  try {
    globalThis.localStorage?.removeItem(oldPrefix + url);
  } catch {
    // No localStorage here.
  }
  const stores = [
    (await cacheStorageExists()) ? cacheStorageStore() : undefined,
    (await indexedDbExists()) ? indexedDbStore() : undefined,
  ];
  await Promise.all(stores.map((store) => store && new FeedCache(store).forget(url)));
}

/**
 * Where the last good copies of feeds are kept: Cache Storage where the browser offers it (a secure
 * context: https, or http on localhost), IndexedDB elsewhere (a plain-http site). Both keep each copy as
 * bytes, exactly as the server sent them, with a little metadata beside it. An opaque origin (a sandboxed
 * frame) has neither, and so keeps nothing.
 */
import { textInSlices } from './read-text.js';

/** What is known about a kept copy without reading it. */
export interface CopyFacts {
  /** The feed address without its query: one copy per address, so cache-busting variants replace each other. */
  key: string;
  /** The address the copy was fetched from, query included. */
  url: string;
  /** When it was fetched, as an ISO date. */
  savedAt: string;
  /** Its size. */
  bytes: number;
}

export interface FeedStore {
  /** Every copy kept, without reading any. Facts that cannot be read come back as they are, to be checked. */
  list(): Promise<Partial<CopyFacts>[]>;
  /** The copy kept under `key`: its facts, and its text to read (or to `discard` unread). */
  read(
    key: string,
  ): Promise<{ facts: Partial<CopyFacts>; text: () => Promise<string>; discard: () => void } | undefined>;
  /** Keeps `body` under `facts.key`, replacing what was there. Rejects (QuotaExceededError) when storage is full. */
  write(facts: CopyFacts, body: Blob): Promise<void>;
  remove(key: string): Promise<void>;
}

export const cacheName = 'linkwork-feeds';
const header = {
  key: 'x-linkwork-key',
  url: 'x-linkwork-url',
  savedAt: 'x-linkwork-saved-at',
  bytes: 'x-linkwork-bytes',
};

function factsOf(response: Response): Partial<CopyFacts> {
  const get = (name: string) => response.headers.get(name) ?? undefined;
  return { key: get(header.key), url: get(header.url), savedAt: get(header.savedAt), bytes: Number(get(header.bytes)) };
}

/** Copies as responses in one Cache Storage cache; the metadata rides in the response's headers. */
export async function cacheStorageStore(name = cacheName): Promise<FeedStore> {
  const cache = await caches.open(name);
  return {
    async list() {
      return (await cache.matchAll()).map((response) => {
        // Only the headers are needed; an unread body would hold the copy's space until it is garbage-collected.
        void response.body?.cancel();
        return factsOf(response);
      });
    },
    async read(key) {
      const response = await cache.match(key);
      return (
        response && {
          facts: factsOf(response),
          text: () => (response.body ? textInSlices(response.body) : response.text()),
          discard: () => void (response.bodyUsed ? undefined : response.body?.cancel().catch(() => {})),
        }
      );
    },
    async write(facts, body) {
      const headers = {
        'content-type': 'application/json',
        [header.key]: facts.key,
        [header.url]: facts.url,
        [header.savedAt]: facts.savedAt,
        [header.bytes]: String(facts.bytes),
      };
      await cache.put(facts.key, new Response(body, { headers }));
    },
    async remove(key) {
      await cache.delete(key);
    },
  };
}

/** Whether a Cache Storage cache of this name exists, without making one. */
export async function cacheStorageExists(name = cacheName): Promise<boolean> {
  try {
    return Boolean(globalThis.caches) && (await caches.has(name));
  } catch {
    return false;
  }
}

export const databaseName = 'linkwork';

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function committed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = transaction.onerror = () =>
      reject(transaction.error ?? new DOMException('The write was abandoned.', 'AbortError'));
  });
}

/**
 * Copies in IndexedDB: the facts in one object store, the bytes (a Blob) in another, so listing the
 * copies never holds on to their bytes (a Blob read from the database keeps its space until it is collected).
 */
export async function indexedDbStore(name = databaseName): Promise<FeedStore> {
  const opening = indexedDB.open(name, 1);
  opening.onupgradeneeded = () => {
    opening.result.createObjectStore('facts', { keyPath: 'key' });
    opening.result.createObjectStore('bodies');
  };
  const db = await done(opening);
  // Another tab may delete or upgrade the database: let it, and open again next time.
  db.onversionchange = () => db.close();
  const both = (mode: IDBTransactionMode) => {
    const transaction = db.transaction(['facts', 'bodies'], mode);
    return { transaction, facts: transaction.objectStore('facts'), bodies: transaction.objectStore('bodies') };
  };
  return {
    async list() {
      return (await done(both('readonly').facts.getAll())) as Partial<CopyFacts>[];
    },
    async read(key) {
      const { facts, bodies } = both('readonly');
      const [found, body] = await Promise.all([done(facts.get(key)), done(bodies.get(key))]);
      if (!found) return undefined;
      return {
        facts: found as Partial<CopyFacts>,
        text: () =>
          body instanceof Blob ? textInSlices(body.stream()) : Promise.reject(new TypeError('The copy has no bytes.')),
        discard: () => {},
      };
    },
    async write(copy, body) {
      const { transaction, facts, bodies } = both('readwrite');
      facts.put(copy);
      bodies.put(body, copy.key);
      await committed(transaction);
    },
    async remove(key) {
      const { transaction, facts, bodies } = both('readwrite');
      facts.delete(key);
      bodies.delete(key);
      await committed(transaction);
    },
  };
}

/** Whether the IndexedDB database exists, without making one (false where the browser cannot tell). */
export async function indexedDbExists(name = databaseName): Promise<boolean> {
  try {
    return Boolean((await globalThis.indexedDB?.databases?.())?.some((db) => db.name === name));
  } catch {
    return false;
  }
}

import { cacheName, databaseName } from '../../src/feed/cache-stores.js';
import { feedCache, oldPrefix } from '../../src/feed/cache.js';

/** Forgets every last good copy the page kept (and any left in localStorage), so each test starts clean. */
export async function clearKeptFeeds(): Promise<void> {
  const cache = feedCache();
  for (const copy of await cache.list()) await cache.forget(copy.url);
  Object.keys(localStorage)
    .filter((key) => key.startsWith(oldPrefix))
    .forEach((key) => localStorage.removeItem(key));
}

/** The addresses of the copies kept in Cache Storage, from the browser's own API. */
export async function keptInCacheStorage(name = cacheName): Promise<string[]> {
  if (!(await caches.has(name))) return [];
  return (await (await caches.open(name)).keys()).map((request) => request.url);
}

/** Whether the IndexedDB database of copies exists. */
export async function indexedDbExists(): Promise<boolean> {
  return (await indexedDB.databases()).some((db) => db.name === databaseName);
}

/**
 * The last good copy of a feed (cache.ts), loaded only when a page first needs it: to keep a copy once a
 * feed has been shown, to read one back when the server fails, or to forget one (`no-cache`). Its code
 * (the Cache Storage and IndexedDB stores, the migration of old copies) is not on the way to first results.
 */
import type { CachedFeed, CopyBody } from './cache.js';

const cache = () => import('./cache.js');

export const readCachedFeed = async (url: string): Promise<CachedFeed | undefined> =>
  (await cache()).readCachedFeed(url);
export const saveCachedFeed = async (url: string, body: CopyBody): Promise<boolean> =>
  (await cache()).saveCachedFeed(url, body);
export const forgetCachedFeed = async (url: string): Promise<void> => (await cache()).forgetCachedFeed(url);

/**
 * The last good copy of each feed URL, kept in localStorage so a later failure can still show
 * something. Every access is guarded: private browsing, a full quota or disabled storage only
 * mean there is no copy, never an error.
 */
const prefix = 'linkwork:feed:';

export interface CachedFeed {
  /** When the copy was fetched, as an ISO date. */
  savedAt: string;
  json: unknown;
}

export function readCachedFeed(url: string): CachedFeed | undefined {
  try {
    const text = globalThis.localStorage?.getItem(prefix + url);
    if (!text) return undefined;
    const copy = JSON.parse(text) as Partial<CachedFeed>;
    return typeof copy.savedAt === 'string' && 'json' in copy ? (copy as CachedFeed) : undefined;
  } catch {
    return undefined;
  }
}

export function saveCachedFeed(url: string, json: unknown, savedAt = new Date()): void {
  try {
    globalThis.localStorage?.setItem(prefix + url, JSON.stringify({ savedAt: savedAt.toISOString(), json }));
  } catch {
    // Quota full or storage refused: the feed still shows, only without a fallback copy.
  }
}

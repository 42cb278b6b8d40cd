import type { Activity } from '../../../src/feed/schema.js';
import { loadSources, type FeedSourceSpec, type LoadedSources } from '../../../src/feed/sources.js';

/** Loads sources from the test server as a page would, without the cache or slow retries. */
export function load(
  specs: FeedSourceSpec[],
  options: Partial<Parameters<typeof loadSources>[1]> = {},
): Promise<LoadedSources> {
  return loadSources(specs, {
    cache: false,
    retryDelayMs: 5,
    retries: 1,
    // The fixtures' dates are fixed: "today" is too, so what has ended does not change with the calendar.
    today: '2026-11-30',
    ...options,
  });
}

export function activity(loaded: LoadedSources, title: string): Activity {
  const found = loaded.feed.activities.find((a) => a.title === title);
  if (!found) throw new Error(`no activity "${title}" in ${loaded.feed.activities.map((a) => a.title).join(', ')}`);
  return found;
}

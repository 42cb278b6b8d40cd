import type { FeedCounts } from '../events/feed-load-event.js';
import type { Feed } from '../feed/schema.js';
import type { State } from './state.js';

export function feedCounts(feed: Feed): FeedCounts {
  return {
    categories: feed.categories.length,
    networks: feed.networks.length,
    activities: feed.activities.length,
    resources: feed.resources.length,
  };
}

/** The label of each category id, for showing ids as words. */
export function categoryLabels(feed: Feed): ReadonlyMap<string, string> {
  return new Map(feed.categories.map((category) => [category.id, category.label]));
}

export const isLoading = (state: State) => state.status === 'loading';
export const hasFailed = (state: State) => state.status === 'error';
/** Loading failed and an older copy is shown: widgets say "information as of …". */
export const isStale = (state: State) => state.status === 'ready' && state.staleSince !== undefined;
/** A source failed part-way (a page could not be read): what was read is shown, and widgets say it may be incomplete. */
export const isIncomplete = (state: State) =>
  state.status === 'ready' && !!state.partial?.some((source) => source.error);

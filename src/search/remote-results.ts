/**
 * Results in remote mode: the directory has already searched, so its order stands and only the filters
 * it could not apply are applied here, to the pages in hand. The count is the directory's own when it
 * applied everything; otherwise the results are said to be filtered within the services read.
 */
import { located } from '../feed/located.js';
import type { RemoteFilter } from '../feed/remote/request.js';
import { distanceKm } from '../geo/distance.js';
import type { ActivityFilters, State } from '../store/state.js';
import type { ActivityResult, ActivityResults, ActivitySort } from './activities.js';
import { activeFilterCount, inCategories, passesOtherFilters } from './filters.js';
import { sortByDistance } from './ranking.js';

/** How the directory's search stands, beside the results. */
export interface RemoteResults {
  /** How many activities the directory holds for the search, when it applied every filter and says. */
  total?: number;
  /** Some filter was applied only to the services in hand: how many services that is. */
  withinFirst?: number;
  /** The directory has another page ("Show more" asks for it). */
  more: boolean;
  /** `searching`: the results shown are the last search's; `error`: the last request failed. */
  status: 'searching' | 'more' | 'ready' | 'error';
}

/** The visitor's filters less those the directory applied. */
function leftToApply(filters: ActivityFilters, applied: readonly RemoteFilter[]): ActivityFilters {
  const has = (filter: RemoteFilter) => applied.includes(filter);
  return {
    ...filters,
    categories: has('categories') ? [] : filters.categories,
    age: has('age') ? undefined : filters.age,
    days: has('days') ? [] : filters.days,
    times: has('times') ? [] : filters.times,
    withinKm: has('distance') ? undefined : filters.withinKm,
  };
}

export function remoteResults(state: State, sort: ActivitySort): ActivityResults {
  const remote = state.remote!;
  const { place } = state;
  const filters = leftToApply(state.filters, remote.applied);
  const results: ActivityResult[] = [];
  for (const activity of state.feed.activities) {
    const at = located(activity.location);
    const distance = place && at ? distanceKm(place, at) : undefined;
    if (inCategories(activity, filters.categories) && passesOtherFilters(activity, filters, distance))
      results.push(distance === undefined ? { activity } : { activity, distanceKm: distance });
  }
  if (place && sort === 'distance') sortByDistance(results);
  const local = activeFilterCount(filters) > 0 || (state.query.trim() !== '' && !remote.applied.includes('query'));
  return {
    results,
    matched: new Set(),
    partial: false,
    categoryCounts: new Map(),
    pending: false,
    ready: Promise.resolve(),
    remote: {
      ...(local ? { withinFirst: remote.read } : remote.total !== undefined ? { total: remote.total } : {}),
      more: remote.more,
      status: remote.status,
    },
  };
}

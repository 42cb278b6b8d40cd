/**
 * Searching activities: the generic index over an activity's fields, then the visitor's filters,
 * distances from their place, per-category counts and the chosen order. Pure: the same state
 * always gives the same results, so a map and a list on one page agree.
 */
import { located } from '../feed/located.js';
import type { Activity, Feed } from '../feed/schema.js';
import { distanceKm } from '../geo/distance.js';
import { categoryLabels } from '../store/selectors.js';
import type { ActivityFilters, State, VisitorPlace } from '../store/state.js';
import { noFilters } from '../store/state.js';
import { inCategories, passesOtherFilters } from './filters.js';
import { createIndex, type IndexOptions, type SearchField, type SearchIndex } from './search-index.js';

/** Where a word counts most: the title, then categories, organisation, place, description. */
export const activityFieldWeights = { title: 5, categories: 3, organisation: 2, place: 1.5, description: 1 };

/** The searchable fields of an activity; category ids are searched by their labels. */
export function activityFields(labels: ReadonlyMap<string, string>): SearchField<Activity>[] {
  const weights = activityFieldWeights;
  return [
    { name: 'title', weight: weights.title, text: (activity) => activity.title },
    {
      name: 'categories',
      weight: weights.categories,
      text: (activity) => activity.categories.map((id) => labels.get(id) ?? id),
    },
    { name: 'organisation', weight: weights.organisation, text: (activity) => activity.organisation?.name },
    { name: 'place', weight: weights.place, text: (activity) => [activity.location?.name, activity.location?.address] },
    { name: 'description', weight: weights.description, text: (activity) => activity.description },
  ];
}

const indexes = new WeakMap<Feed, SearchIndex<Activity>>();

/** The index of a feed's activities, made once per feed (the store replaces, never changes, a feed). */
export function activityIndex(feed: Feed, options?: IndexOptions): SearchIndex<Activity> {
  let index = indexes.get(feed);
  if (!index) indexes.set(feed, (index = createIndex(feed.activities, activityFields(categoryLabels(feed)), options)));
  return index;
}

export type ActivitySort = 'relevance' | 'distance';

export interface ActivityRequest {
  query: string;
  filters: ActivityFilters;
  place?: VisitorPlace;
  /** `distance` needs a place; without one, results stay in order of relevance. */
  sort?: ActivitySort;
}

export interface ActivityResult {
  activity: Activity;
  /** From the visitor's place, when both it and the activity's place are known. */
  distanceKm?: number;
}

export interface ActivityResults {
  results: ActivityResult[];
  /** Words in the activities that matched the query, for highlighting. */
  matched: ReadonlySet<string>;
  /** No activity matched every word of the query; these match some. */
  partial: boolean;
  /** For each category id, how many results it would have with the other filters as they are. */
  categoryCounts: ReadonlyMap<string, number>;
}

/** The activities of `feed` that match a request, in the order asked for. */
export function findActivities(feed: Feed, request: ActivityRequest, index = activityIndex(feed)): ActivityResults {
  const { query, filters = noFilters, place } = request;
  const searched = query.trim() ? index.search(query) : undefined;
  const candidates = searched ? searched.hits.map((hit) => hit.document) : feed.activities;
  const categoryCounts = new Map<string, number>();
  const results: ActivityResult[] = [];
  for (const activity of candidates) {
    const at = located(activity.location);
    const distance = place && at ? distanceKm(place, at) : undefined;
    if (!passesOtherFilters(activity, filters, distance)) continue;
    for (const id of new Set(activity.categories)) categoryCounts.set(id, (categoryCounts.get(id) ?? 0) + 1);
    if (inCategories(activity, filters.categories)) results.push({ activity, distanceKm: distance });
  }
  if (request.sort === 'distance' && place) sortByDistance(results);
  return { results, matched: searched?.matched ?? new Set(), partial: searched?.partial ?? false, categoryCounts };
}

/** The last results in each order, so the widgets of one page that follow one store search once. */
const lastResults = new Map<ActivitySort, { asked: readonly unknown[]; results: ActivityResults }>();

/**
 * The results for what the visitor asked in a store's state (query, filters, place). A search and a
 * map on one page ask for the same state: the second gets the first one's results.
 */
export function activityResults(state: State, sort: ActivitySort = 'relevance'): ActivityResults {
  const asked = [state.feed, state.query, state.filters, state.place];
  const last = lastResults.get(sort);
  if (last && asked.every((part, i) => part === last.asked[i])) return last.results;
  const results = findActivities(state.feed, { query: state.query, filters: state.filters, place: state.place, sort });
  lastResults.set(sort, { asked, results });
  return results;
}

/** Nearest first, keeping the relevance order among equals; activities with no place go last. */
function sortByDistance(results: ActivityResult[]): void {
  const far = Number.POSITIVE_INFINITY;
  results.sort((a, b) => (a.distanceKm ?? far) - (b.distanceKm ?? far));
}

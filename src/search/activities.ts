/**
 * Searching activities: the generic index over an activity's fields, with the vocabulary of everyday
 * words (and the feed's and page's own), then the visitor's filters, distances from their place,
 * per-category counts and the chosen order. Pure: the same state always gives the same results, so a
 * map and a list on one page agree.
 */
import type { Activity, Feed, Synonyms } from '../feed/schema.js';
import { categoryLabels } from '../store/selectors.js';
import type { ActivityFilters, State, VisitorPlace } from '../store/state.js';
import { noFilters } from '../store/state.js';
import { distanceAt, fromPlace, nearnessFrom, resultAt, type FromPlace } from './distances.js';
import { inCategories, passesOtherFilters } from './filters.js';
import { isSoftWord } from './normalise.js';
import { orderByKey } from './order.js';
import { blendedKey, distanceKey } from './ranking.js';
import { remoteResults, type RemoteResults } from './remote-results.js';
import {
  createIndex,
  type IndexOptions,
  type SearchField,
  type SearchIndex,
  type SearchResults,
} from './search-index.js';
import { englishStem, type Stemmer } from './stem.js';
import { isFilterWord } from './typed-filters.js';
import { Vocabulary } from './vocabulary.js';

/** Where a word counts most: the title, then categories, organisation, place, description. */
export const activityFieldWeights = {
  title: 5,
  categories: 3,
  /** Only reached through the vocabulary ("lonely" → befriending): a feed's own grouping counts as its titles do. */
  categoryIds: 5,
  organisation: 2,
  needs: 2,
  place: 1.5,
  description: 1,
};

/**
 * The searchable fields of an activity. Category ids are searched by their labels, and with the
 * access needs they are ids the vocabulary can point at ("wheelchair" → step-free).
 */
export function activityFields(labels: ReadonlyMap<string, string>): SearchField<Activity>[] {
  const weights = activityFieldWeights;
  return [
    { name: 'title', weight: weights.title, text: (activity) => activity.title },
    {
      name: 'categories',
      weight: weights.categories,
      text: (activity) => activity.categories.map((id) => labels.get(id) ?? id),
    },
    { name: 'category ids', weight: weights.categoryIds, ids: true, text: (activity) => activity.categories },
    { name: 'organisation', weight: weights.organisation, text: (activity) => activity.organisation?.name },
    { name: 'access needs', weight: weights.needs, ids: true, text: (activity) => activity.accessibility },
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

const vocabularies = new WeakMap<Feed, Map<Stemmer, WeakMap<Synonyms, Vocabulary>>>();
const noSynonyms: Synonyms = Object.freeze({});

/**
 * The vocabulary for a feed's activities: the everyday words, then the feed's `synonyms`, then the
 * page's (`synonyms` in the request); made once per feed, page synonyms object and stemmer (the
 * index's: a vocabulary must stem as its index does).
 */
export function activityVocabulary(feed: Feed, synonyms: Synonyms = noSynonyms, stem = englishStem): Vocabulary {
  let byStem = vocabularies.get(feed);
  if (!byStem) vocabularies.set(feed, (byStem = new Map()));
  let byPage = byStem.get(stem);
  if (!byPage) byStem.set(stem, (byPage = new WeakMap()));
  let vocabulary = byPage.get(synonyms);
  if (!vocabulary) byPage.set(synonyms, (vocabulary = new Vocabulary([feed.synonyms, synonyms], { stem })));
  return vocabulary;
}

/**
 * `relevance`: best match first; with a place, relevance blended with distance (see ranking.ts), and
 * nearest first when there is no query. `distance`: nearest first.
 */
export type ActivitySort = 'relevance' | 'distance';

export interface ActivityRequest {
  query: string;
  filters: ActivityFilters;
  place?: VisitorPlace;
  /** Default `relevance`; `distance` needs a place (without one, results stay in order of relevance). */
  sort?: ActivitySort;
  /**
   * Words the page adds to the vocabulary, as a feed's `synonyms`: what people type → words or category
   * ids (`{ "zumba": ["dance"] }`). Pass the same object each time (the vocabulary is made once per object).
   */
  synonyms?: Synonyms;
  /** The time "When" choices are read at (default: now). */
  now?: Date;
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
  /**
   * The search index is still being built, so the query was not searched yet (no results): say
   * "Getting the search ready…" and ask again when `ready` settles.
   */
  pending: boolean;
  /** Settles when the feed's index is built. */
  ready: Promise<void>;
  /**
   * With a directory searched where it lives (`search="remote"`): its count, whether it has more, and
   * whether some filter was applied only to the results in hand. Category counts are then not known.
   */
  remote?: RemoteResults;
}

/** Words that add to a match but are not needed: "group", "club", and words the filters understand ("free"). */
const optionalWord = (word: string) => isSoftWord(word) || isFilterWord(word);

const lastRanking = new WeakMap<
  SearchIndex<Activity>,
  { query: string; vocabulary: Vocabulary; ranked: ReturnType<SearchIndex<Activity>['rank']> }
>();

/**
 * The index's ranking of a query, kept for the last query of each index: a visitor ticking filters or
 * giving a place searches the same words again, and a broad query ("lonely") can match every activity.
 */
function ranking(index: SearchIndex<Activity>, query: string, vocabulary: Vocabulary) {
  const last = lastRanking.get(index);
  if (last && last.query === query && last.vocabulary === vocabulary) return last.ranked;
  const ranked = index.rank(query, { vocabulary, optional: optionalWord });
  if (!ranked.pending) lastRanking.set(index, { query, vocabulary, ranked });
  return ranked;
}

/**
 * A query's matches before any filter, as parallel arrays (no object per match: a broad query can match
 * every activity): positions in the feed, best first (feed order without a query), with relevance and
 * the query words matched.
 */
export interface Matches {
  length: number;
  at: Uint32Array;
  relevance: Float64Array;
  terms: Uint8Array;
}

/** Every activity of a feed in feed order, as the matches of no query; made once per feed. */
const everyActivity = new WeakMap<Feed, Matches>();

function allOf(feed: Feed): Matches {
  let all = everyActivity.get(feed);
  if (!all) {
    const { length } = feed.activities;
    const at = new Uint32Array(length);
    for (let i = 0; i < length; i++) at[i] = i;
    everyActivity.set(feed, (all = { length, at, relevance: new Float64Array(length), terms: new Uint8Array(length) }));
  }
  return all;
}

/**
 * The activities matching the request's query (all of them without one), with their relevance, and
 * the distances and results from the request's place.
 */
export function queryMatches(
  feed: Feed,
  request: Pick<ActivityRequest, 'query' | 'place' | 'synonyms'>,
  index = activityIndex(feed),
): { matches: Matches; from: FromPlace; search?: Omit<SearchResults<Activity>, 'hits'> } {
  const from = fromPlace(feed, request.place);
  if (!request.query.trim()) return { matches: allOf(feed), from };
  const { hits, ...search } = ranking(index, request.query, activityVocabulary(feed, request.synonyms, index.stem));
  const { length, index: at, relevance, terms } = hits;
  return { matches: { length, at, relevance, terms }, from, search };
}

/** For each activity of a feed, the positions of its categories (each once) among the feed's category ids. */
const categorySlots = new WeakMap<Feed, { ids: string[]; starts: Uint32Array; slots: Uint16Array }>();

function slotsOf(feed: Feed): { ids: string[]; starts: Uint32Array; slots: Uint16Array } {
  let kept = categorySlots.get(feed);
  if (!kept) {
    const position = new Map<string, number>();
    const ids: string[] = [];
    const starts = new Uint32Array(feed.activities.length + 1);
    const slots: number[] = [];
    feed.activities.forEach(({ categories }, at) => {
      const own = new Set<number>();
      for (const id of categories) {
        let slot = position.get(id);
        if (slot === undefined) position.set(id, (slot = ids.push(id) - 1));
        own.add(slot);
      }
      slots.push(...own);
      starts[at + 1] = slots.length;
    });
    categorySlots.set(feed, (kept = { ids, starts, slots: Uint16Array.from(slots) }));
  }
  return kept;
}

/** Whether any filter but the categories is in use (most searches have none: they skip the checks). */
function narrowsOtherwise(filters: ActivityFilters): boolean {
  return (
    filters.days.length > 0 ||
    filters.times.length > 0 ||
    filters.freeOnly ||
    filters.maxCost !== undefined ||
    filters.age !== undefined ||
    filters.accessibility.length > 0 ||
    filters.mode !== undefined ||
    filters.withinKm !== undefined ||
    filters.when !== undefined
  );
}

/** The last filters' answers for each feed and place (see {@link passingOthers}). */
const lastPassing = new WeakMap<Feed, { filters: ActivityFilters; from: FromPlace; passes: Uint8Array }>();

/**
 * Whether each activity passes every filter but the categories, by position: checked in feed order,
 * which reads the activities in the order they lie in memory (a broad query's matches are all over
 * it). Kept for the last filters and place of each feed, unless "When" is chosen (it moves with the clock).
 */
function passingOthers(feed: Feed, filters: ActivityFilters, from: FromPlace, now: Date | undefined): Uint8Array {
  const kept = lastPassing.get(feed);
  if (kept && kept.filters === filters && kept.from === from && !now) return kept.passes;
  const { activities } = feed;
  const passes = new Uint8Array(activities.length);
  for (let at = 0; at < activities.length; at++)
    passes[at] = passesOtherFilters(activities[at], filters, distanceAt(from.km, at), now) ? 1 : 0;
  if (!now) lastPassing.set(feed, { filters, from, passes });
  return passes;
}

/**
 * The order of the kept matches (`kept[i]` is a position in `matches`): with a place, blended with
 * distance, or nearest first when asked or without a query; without one, as they are (best first).
 */
function orderOf(
  feed: Feed,
  request: ActivityRequest,
  matches: Matches,
  kept: Uint32Array,
  from: FromPlace,
  searched: boolean,
): Uint32Array | undefined {
  const { km } = from;
  if (!km) return undefined;
  const keys = new Uint32Array(kept.length);
  if (request.sort === 'distance' || !searched) {
    for (let i = 0; i < kept.length; i++) keys[i] = distanceKey(distanceAt(km, matches.at[kept[i]]));
    return orderByKey(keys, kept.length);
  }
  let best = 0;
  for (let i = 0; i < kept.length; i++) best = Math.max(best, matches.relevance[kept[i]]);
  const near = nearnessFrom(feed, from);
  for (let i = 0; i < kept.length; i++) {
    const match = kept[i];
    keys[i] = blendedKey(matches.terms[match], matches.relevance[match], best || 1, near[matches.at[match]]);
  }
  return orderByKey(keys, kept.length, true);
}

/** The activities of `feed` that match a request, in the order asked for. */
export function findActivities(feed: Feed, request: ActivityRequest, index = activityIndex(feed)): ActivityResults {
  const { filters = noFilters } = request;
  const now = filters.when ? (request.now ?? new Date()) : undefined;
  const { matches, from, search } = queryMatches(feed, request, index);
  const { activities } = feed;
  const { ids, starts, slots } = slotsOf(feed);
  const counts = new Uint32Array(ids.length);
  const checkOthers = narrowsOtherwise(filters);
  // A query matching a good share of the feed has its filters checked over the whole feed, in order.
  const passes =
    checkOthers && matches.length * 4 > activities.length ? passingOthers(feed, filters, from, now) : undefined;
  const inSome = filters.categories.length > 0;
  const kept = new Uint32Array(matches.length);
  let length = 0;
  for (let i = 0; i < matches.length; i++) {
    const at = matches.at[i];
    if (
      passes
        ? passes[at] === 0
        : checkOthers && !passesOtherFilters(activities[at], filters, distanceAt(from.km, at), now)
    )
      continue;
    for (let s = starts[at]; s < starts[at + 1]; s++) counts[slots[s]]++;
    if (!inSome || inCategories(activities[at], filters.categories)) kept[length++] = i;
  }
  const categoryCounts = new Map<string, number>();
  for (let c = 0; c < counts.length; c++) if (counts[c] > 0) categoryCounts.set(ids[c], counts[c]);
  const inOrder = kept.subarray(0, length);
  const order = orderOf(feed, request, matches, inOrder, from, search !== undefined);
  const results = new Array<ActivityResult>(length);
  for (let r = 0; r < length; r++) results[r] = resultAt(feed, from, matches.at[inOrder[order ? order[r] : r]]);
  return {
    results,
    matched: search?.matched ?? new Set(),
    partial: search?.partial ?? false,
    categoryCounts,
    pending: search?.pending ?? false,
    ready: index.ready,
  };
}

/** The last results in each order, so the widgets of one page that follow one store search once. */
const lastResults = new Map<ActivitySort, { asked: readonly unknown[]; results: ActivityResults }>();

/**
 * The results for what the visitor asked in a store's state (query, filters, place). A search and a
 * map on one page ask for the same state: the second gets the first one's results. A pending answer
 * is not kept, so asking again once the index is ready searches.
 */
export function activityResults(state: State, sort: ActivitySort = 'relevance', synonyms?: Synonyms): ActivityResults {
  const asked = [state.feed, state.query, state.filters, state.place, synonyms, state.remote];
  const last = lastResults.get(sort);
  if (last && asked.every((part, i) => part === last.asked[i])) return last.results;
  if (state.remote) {
    const answered = remoteResults(state, sort);
    lastResults.set(sort, { asked, results: answered });
    return answered;
  }
  const results = findActivities(state.feed, {
    query: state.query,
    filters: state.filters,
    place: state.place,
    sort,
    synonyms,
  });
  if (!results.pending) lastResults.set(sort, { asked, results });
  return results;
}

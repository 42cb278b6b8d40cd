/**
 * Searching activities: the generic index over an activity's fields, with the vocabulary of everyday
 * words (and the feed's and page's own), then the visitor's filters, distances from their place,
 * per-category counts and the chosen order. Pure: the same state always gives the same results, so a
 * map and a list on one page agree.
 */
import { located } from '../feed/located.js';
import type { Activity, Feed, Synonyms } from '../feed/schema.js';
import { distanceKm } from '../geo/distance.js';
import { categoryLabels } from '../store/selectors.js';
import type { ActivityFilters, State, VisitorPlace } from '../store/state.js';
import { noFilters } from '../store/state.js';
import { inCategories, passesOtherFilters } from './filters.js';
import { isSoftWord } from './normalise.js';
import { sortBlended, sortByDistance, type Ranked } from './ranking.js';
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

/** A match with its position in the feed. */
interface Match extends Ranked {
  at: number;
}

const distances = new WeakMap<Feed, { place: VisitorPlace; km: Float64Array }>();

/**
 * How far each of a feed's activities is from `place`, by position (NaN without coordinates): made
 * once per feed and place, so a visitor typing with a place set pays for the distances once.
 */
function distancesFrom(feed: Feed, place: VisitorPlace): Float64Array {
  const kept = distances.get(feed);
  if (kept && kept.place.lat === place.lat && kept.place.lng === place.lng) return kept.km;
  const { activities } = feed;
  const km = new Float64Array(activities.length);
  for (let i = 0; i < activities.length; i++) {
    const at = located(activities[i].location);
    km[i] = at ? distanceKm(place, at) : NaN;
  }
  distances.set(feed, { place, km });
  return km;
}

/**
 * The activities matching the request's query (all of them without one), with their relevance and
 * distance, before any filter: best first, else in feed order.
 */
export function queryMatches(
  feed: Feed,
  request: Pick<ActivityRequest, 'query' | 'place' | 'synonyms'>,
  index = activityIndex(feed),
): { matches: Match[]; search?: Omit<SearchResults<Activity>, 'hits'> } {
  const { query, place } = request;
  const km = place ? distancesFrom(feed, place) : undefined;
  const distance = (at: number) => {
    const value = km?.[at];
    return value === undefined || Number.isNaN(value) ? undefined : value;
  };
  const { activities } = feed;
  if (!query.trim())
    return {
      matches: activities.map((activity, at) => ({ activity, at, distanceKm: distance(at), relevance: 0, terms: 0 })),
    };
  const { hits, ...search } = ranking(index, query, activityVocabulary(feed, request.synonyms, index.stem));
  const matches: Match[] = new Array(hits.length);
  for (let i = 0; i < hits.length; i++) {
    const at = hits.index[i];
    const [relevance, terms] = [hits.relevance[i], hits.terms[i]];
    matches[i] = { activity: activities[at], at, distanceKm: distance(at), relevance, terms };
  }
  return { matches, search };
}

/** For each activity of a feed, the positions of its categories (each once) among the feed's category ids. */
const categorySlots = new WeakMap<Feed, { ids: string[]; of: Uint16Array[] }>();

function slotsOf(feed: Feed): { ids: string[]; of: Uint16Array[] } {
  let slots = categorySlots.get(feed);
  if (!slots) {
    const position = new Map<string, number>();
    const ids: string[] = [];
    const of = feed.activities.map(({ categories }) => {
      const own = new Set<number>();
      for (const id of categories) {
        let at = position.get(id);
        if (at === undefined) position.set(id, (at = ids.push(id) - 1));
        own.add(at);
      }
      return Uint16Array.from(own);
    });
    categorySlots.set(feed, (slots = { ids, of }));
  }
  return slots;
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

/** The activities of `feed` that match a request, in the order asked for. */
export function findActivities(feed: Feed, request: ActivityRequest, index = activityIndex(feed)): ActivityResults {
  const { filters = noFilters, place } = request;
  const now = filters.when ? (request.now ?? new Date()) : undefined;
  const { matches, search } = queryMatches(feed, request, index);
  const slots = slotsOf(feed);
  const counts = new Uint32Array(slots.ids.length);
  const checkOthers = narrowsOtherwise(filters);
  const inSome = filters.categories.length > 0;
  const ranked: Match[] = [];
  for (let i = 0; i < matches.length; i++) {
    const match = matches[i];
    const { activity } = match;
    if (checkOthers && !passesOtherFilters(activity, filters, match.distanceKm, now)) continue;
    const own = slots.of[match.at];
    for (let c = 0; c < own.length; c++) counts[own[c]]++;
    if (!inSome || inCategories(activity, filters.categories)) ranked.push(match);
  }
  const categoryCounts = new Map<string, number>();
  for (let c = 0; c < counts.length; c++) if (counts[c] > 0) categoryCounts.set(slots.ids[c], counts[c]);
  if (place && (request.sort === 'distance' || !search)) sortByDistance(ranked);
  else if (place) sortBlended(ranked);
  return {
    // Each result also carries its score and words matched (see Ranked): not part of the type, free to change.
    results: ranked,
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

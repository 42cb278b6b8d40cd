/**
 * Ways out of an empty search: "Did you mean …" from the feed's own words, the categories nearest
 * the query, and for each filter in use how many activities its removal would give.
 */
import type { Category, Feed } from '../feed/schema.js';
import { noFilters } from '../store/state.js';
import { activityIndex, activityVocabulary, queryMatches, type ActivityRequest } from './activities.js';
import { distanceAt, fromPlace } from './distances.js';
import { editDistance } from './edit-distance.js';
import { chosenFilters, type ChosenFilter } from './filter-values.js';
import { passesFilters, passesOtherFilters } from './filters.js';
import { prefixQuality } from './match.js';
import { documentTerms, queryWords } from './normalise.js';

export interface DidYouMean {
  /** The query with each word that matched nothing replaced by the nearest word in the feed. */
  query: string;
  /** How many activities it finds with the filters in use. */
  count: number;
}

/** How many typos away a suggested word may be: more than the search forgives by itself (a word it forgave is mended too). */
const suggestTypos = (word: string) => (word.length < 5 ? 1 : word.length < 9 ? 2 : 3);

/**
 * A better spelling of the query, from the words in the feed's activities, when it finds something
 * with the filters in use; `undefined` when no word can be mended or the mended query finds nothing.
 */
export function didYouMean(feed: Feed, request: ActivityRequest): DidYouMean | undefined {
  const index = activityIndex(feed);
  const vocabulary = activityVocabulary(feed, request.synonyms, index.stem);
  let changed = false;
  const mended = queryWords(request.query).map((word) => {
    if (index.hasWord(word) || vocabulary.knows(word)) return word;
    const closest = index.closestWords(word, suggestTypos(word))[0];
    if (!closest) return word;
    changed = true;
    return closest.word;
  });
  if (!changed) return undefined;
  const query = mended.join(' ');
  const count = countWith(feed, { ...request, query });
  return count > 0 ? { query, count } : undefined;
}

export interface NearCategory {
  category: Category;
  /** How many activities it has with the other filters in use and no query. */
  count: number;
}

/**
 * The categories nearest the query, closest first (at most `limit`): those the vocabulary relates
 * it to, those whose name it resembles, and those of the activities it finds without filters.
 */
export function nearestCategories(feed: Feed, request: ActivityRequest, limit = 3): NearCategory[] {
  const scores = new Map<string, number>();
  const add = (id: string, score: number) => scores.set(id, (scores.get(id) ?? 0) + score);
  const vocabulary = activityVocabulary(feed, request.synonyms);
  const words = queryWords(request.query);
  for (const category of feed.categories) {
    const label = documentTerms(category.label).map(vocabulary.stem);
    words.forEach((word, at) => {
      const related = vocabulary.match(words, at)?.related ?? [];
      if (related.some((value) => value.id === category.id)) add(category.id, 3);
      if (related.some((value) => value.stems.length === 1 && label.includes(value.stems[0]))) add(category.id, 2);
      const stem = vocabulary.stem(word);
      for (const part of documentTerms(category.label)) {
        if (vocabulary.stem(part) === stem) add(category.id, 3);
        else if (part.startsWith(word)) add(category.id, 3 * prefixQuality(word, part));
        else if (editDistance(word, part, 2) <= 2) add(category.id, 1);
      }
    });
  }
  const { matches } = queryMatches(feed, request);
  for (let rank = 0; rank < Math.min(20, matches.length); rank++)
    for (const id of feed.activities[matches.at[rank]].categories) add(id, 1 / (rank + 1));
  const counts = countsByCategory(feed, request);
  return feed.categories
    .filter((category) => (scores.get(category.id) ?? 0) > 0 && (counts.get(category.id) ?? 0) > 0)
    .sort((a, b) => scores.get(b.id)! - scores.get(a.id)!)
    .slice(0, limit)
    .map((category) => ({ category, count: counts.get(category.id)! }));
}

export interface FilterRemoval {
  filter: ChosenFilter;
  /** How many activities the search finds without this filter value (the others as they are). */
  count: number;
}

/** For each filter value in use, how many results its removal would give ("Remove Tuesday: 6 activities"). */
export function countsWithout(feed: Feed, request: ActivityRequest): FilterRemoval[] {
  const filters = request.filters ?? noFilters;
  return chosenFilters(filters).map((filter) => ({ filter, count: countWith(feed, request, filter.without(filters)) }));
}

/** How many activities a request finds (with `filters` instead of its own, when given). */
function countWith(feed: Feed, request: ActivityRequest, filters = request.filters ?? noFilters): number {
  const { matches, from } = queryMatches(feed, request);
  let count = 0;
  for (let i = 0; i < matches.length; i++) {
    const at = matches.at[i];
    if (passesFilters(feed.activities[at], filters, distanceAt(from.km, at))) count++;
  }
  return count;
}

/** For each category, how many activities it has with the request's other filters and no query. */
function countsByCategory(feed: Feed, request: ActivityRequest): Map<string, number> {
  const filters = request.filters ?? noFilters;
  const counts = new Map<string, number>();
  const { km } = fromPlace(feed, request.place);
  feed.activities.forEach((activity, at) => {
    if (!passesOtherFilters(activity, filters, distanceAt(km, at))) return;
    for (const id of new Set(activity.categories)) counts.set(id, (counts.get(id) ?? 0) + 1);
  });
  return counts;
}

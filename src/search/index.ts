/** The search engine: a generic index, highlighting, and the activity layer. See README.md here. */
export {
  activityFieldWeights,
  activityFields,
  activityIndex,
  activityResults,
  activityVocabulary,
  findActivities,
  queryMatches,
} from './activities.js';
export type { ActivityRequest, ActivityResult, ActivityResults, ActivitySort } from './activities.js';
export { chosenFilters, type ChosenFilter, type FilterValue } from './filter-values.js';
export * from './filters.js';
export { highlight, type TextPiece } from './highlight.js';
export { defaultNearKm, nearGroups, onlineOnly, type NearGroups } from './near.js';
export { blend, nearness } from './ranking.js';
export {
  SearchIndex,
  createIndex,
  type IndexOptions,
  type SearchField,
  type SearchHit,
  type SearchOptions,
  type SearchResults,
} from './search-index.js';
export { englishStem, type Stemmer } from './stem.js';
export {
  applyTypedFilter,
  readFilterWords,
  weekdays,
  weekend,
  type FilterWordOptions,
  type FilterWords,
  type TypedFilter,
} from './typed-filters.js';
export { Vocabulary, type Related, type VocabularyMatch, type VocabularyOptions } from './vocabulary.js';
export {
  countsWithout,
  didYouMean,
  nearestCategories,
  type DidYouMean,
  type FilterRemoval,
  type NearCategory,
} from './ways-out.js';

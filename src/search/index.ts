/** The search engine: a generic index, highlighting, and the activity layer. See README.md here. */
export { activityFieldWeights, activityFields, activityIndex, activityResults, findActivities } from './activities.js';
export type { ActivityRequest, ActivityResult, ActivityResults, ActivitySort } from './activities.js';
export * from './filters.js';
export { highlight, type TextPiece } from './highlight.js';
export {
  SearchIndex,
  createIndex,
  type IndexOptions,
  type SearchField,
  type SearchHit,
  type SearchOptions,
  type SearchResults,
} from './search-index.js';

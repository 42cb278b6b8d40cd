/** The search engine: a generic index, highlighting, and the activity layer. See README.md here. */
export { createIndex, SearchIndex, type SearchField, type IndexOptions, type SearchHit, type SearchResults, type SearchOptions } from './search-index.js';
export { highlight, type TextPiece } from './highlight.js';
export { activityIndex, activityFields, activityFieldWeights, findActivities, activityResults } from './activities.js';
export type { ActivityRequest, ActivityResult, ActivityResults, ActivitySort } from './activities.js';
export * from './filters.js';

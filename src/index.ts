/**
 * The npm entry: classes, types and helpers. It defines no tags; import `linkwork/define/<tag>.js`
 * for that, or use the CDN script.
 */
export { LwFeed } from './components/feed/feed.js';
export { LwNetworkFinder } from './components/network-finder/network-finder.js';
export { LwActivitySearch } from './components/activity-search/activity-search.js';
export { LwResourceList } from './components/resource-list/resource-list.js';

export { FeedLoadEvent, type FeedCounts } from './events/feed-load-event.js';
export { FeedErrorEvent } from './events/feed-error-event.js';
export { SearchEvent } from './events/search-event.js';
export { SelectEvent } from './events/select-event.js';

export { parseFeed, type Problem, type ParsedFeed } from './feed/parse.js';
export { loadFeed, type LoadOptions, type LoadedFeed } from './feed/load.js';
export { FeedError, type FeedErrorKind } from './feed/errors.js';
export type * from './feed/schema.js';

export { LinkworkStore } from './store/store.js';
export type { State, ActivityFilters, VisitorPlace, Selection, TimeOfDay } from './store/state.js';
export { storeContext } from './context/store-context.js';

export { postcodesIo, GeocoderError, type Geocoder, type GeocodedPlace } from './geo/geocoder.js';
export { parsePostcode, type Postcode } from './geo/postcode.js';
export { distanceKm, type LatLng } from './geo/distance.js';
export { networkCovers } from './geo/coverage.js';
export { LocateEvent } from './events/locate-event.js';
export { findNetworks, type NetworkAnswer, type NetworkNearby } from './geo/find-networks.js';

export { createIndex, SearchIndex, highlight, findActivities, activityResults, activityIndex } from './search/index.js';
export type { SearchField, IndexOptions, SearchHit, SearchResults, SearchOptions, TextPiece } from './search/index.js';
export type { ActivityRequest, ActivityResult, ActivityResults, ActivitySort } from './search/index.js';
export { findResources, resourceIndex, groupByType, type ResourceRequest, type ResourceResults, type ResourceWords } from './search/resources.js';

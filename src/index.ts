/**
 * The npm entry: classes, types and helpers. It defines no tags; import `linkwork/define/<tag>.js`
 * for that, or use the CDN script.
 */
export { LwActivitySearch } from './components/activity-search/activity-search.js';
export { LwFeed } from './components/feed/feed.js';
export { LwNetworkFinder } from './components/network-finder/network-finder.js';
export { LwResourceList } from './components/resource-list/resource-list.js';
export { LwShortlist } from './components/shortlist/shortlist.js';

export { FeedErrorEvent } from './events/feed-error-event.js';
export { FeedLoadEvent, type FeedCounts } from './events/feed-load-event.js';
export { SearchEvent } from './events/search-event.js';
export { SelectEvent } from './events/select-event.js';
export { ShortlistChangeEvent } from './events/shortlist-change-event.js';

export { FeedError, type FeedErrorKind } from './feed/errors.js';
export { loadFeed, type LoadOptions, type LoadedFeed } from './feed/load.js';
export { parseFeed, type ParsedFeed, type Problem, type Severity } from './feed/parse.js';
export type * from './feed/schema.js';

export { storeContext } from './context/store-context.js';
export type { ActivityFilters, Selection, State, TimeOfDay, VisitorPlace } from './store/state.js';
export { LinkworkStore } from './store/store.js';

export { LocateEvent } from './events/locate-event.js';
export { networkCovers } from './geo/coverage.js';
export { distanceKm, type LatLng } from './geo/distance.js';
export { findNetworks, type NetworkAnswer, type NetworkNearby } from './geo/find-networks.js';
export { GeocoderError, postcodesIo, type GeocodedPlace, type Geocoder } from './geo/geocoder.js';
export { parsePostcode, type Postcode } from './geo/postcode.js';

export { SearchIndex, activityIndex, activityResults, createIndex, findActivities, highlight } from './search/index.js';
export type {
  ActivityRequest,
  ActivityResult,
  ActivityResults,
  ActivitySort,
  IndexOptions,
  SearchField,
  SearchHit,
  SearchOptions,
  SearchResults,
  TextPiece,
} from './search/index.js';
export {
  findResources,
  groupByType,
  resourceIndex,
  type ResourceRequest,
  type ResourceResults,
  type ResourceWords,
} from './search/resources.js';

export { bankHolidays, easterSunday, nations, type BankHoliday, type Nation } from './schedule/bank-holidays.js';
export { freshness, type Freshness } from './schedule/freshness.js';
export { activityCalendar, type CalendarOptions } from './schedule/ics.js';
export { nationOfPostcode } from './schedule/nation.js';
export { hasDates, upcomingSessions, type Session, type SessionOptions } from './schedule/sessions.js';
export { meetsWhen, whenChoices, whenDays, type When } from './schedule/when.js';

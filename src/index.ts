/**
 * The npm entry: classes, types and helpers. It defines no tags; import `linkwork/define/<tag>.js`
 * for that, or use the CDN script. Each export below has one line saying what it is for.
 */

/** `<lw-activity-search>`: searches a feed's activities, with filters and distances. */
export { LwActivitySearch } from './components/activity-search/activity-search.js';
/** `<lw-feed>`: loads one feed and shares it with the widgets inside it. */
export { LwFeed } from './components/feed/feed.js';
/** `<lw-network-finder>`: a map and list answering "which network covers me?". */
export { LwNetworkFinder } from './components/network-finder/network-finder.js';
/** `<lw-source>`: one more source inside an `<lw-feed>` (a type only: the tag is read, never defined). */
export type { LwSource } from './components/feed/feed.js';
/** `<lw-place-finder>`: the one postcode box shared by the widgets of an `<lw-feed>`. */
export { LwPlaceFinder } from './components/place-finder/place-finder.js';
/** `<lw-resource-list>`: resources grouped by type, filterable by type and audience. */
export { LwResourceList } from './components/resource-list/resource-list.js';
/** `<lw-shortlist>`: the activities a visitor saved, to share, print or keep. */
export { LwShortlist } from './components/shortlist/shortlist.js';

/** `lw-feed-error`: a feed could not be loaded, and why. */
export { FeedErrorEvent } from './events/index.js';
/** `lw-feed-load`: a feed was loaded and validated, with counts and the records dropped. */
export { FeedLoadEvent } from './events/index.js';
/** `lw-locate`: the visitor's place was found from a postcode or their location. */
export { LocateEvent } from './events/index.js';
/** `lw-search`: a visitor's search settled, with its result count (never their place). */
export { SearchEvent } from './events/index.js';
/** `lw-select`: a visitor chose a record; cancelable, typed by `kind`. */
export { SelectEvent } from './events/index.js';
/** An `lw-select` of any kind, as a listener receives it: narrowing `kind` narrows `record`. */
export type { AnySelectEvent } from './events/index.js';
/** How many categories, networks, activities and resources a loaded feed holds. */
export type { FeedCounts } from './events/index.js';
/** What a visitor can choose: `activity`, `network` or `resource`. */
export type { SelectKind } from './events/index.js';
/** The record each kind of choice carries. */
export type { SelectedRecords } from './events/index.js';
/** `lw-shortlist-change`: the saved list changed, with its ids. */
export { ShortlistChangeEvent } from './events/index.js';

/** Why a feed could not be shown, with its kind and (for HTTP errors) the status. */
export { FeedError } from './feed/errors.js';
/** The kinds of feed failure: `network`, `timeout`, `http`, `not-json`, `invalid`. */
export type { FeedErrorKind } from './feed/errors.js';
/** Fetches and validates a feed with a timeout, bounded retries and the last good copy to fall back on. */
export { loadFeed } from './feed/load.js';
/** The options of `loadFeed`. */
export type { LoadOptions } from './feed/load.js';
/** What `loadFeed` gives: the parsed feed, its problems, and whether it is an older copy. */
export type { LoadedFeed } from './feed/load.js';
/** Validates a feed object: bad records are dropped and reported, good ones kept. */
export { parseFeed } from './feed/parse.js';
/** The same, in slices that give the page a turn between them (what the widgets use): for large feeds in a browser. */
export { parseFeedInSlices } from './feed/parse.js';
/** What `parseFeed` gives: the feed and the problems found. */
export type { ParsedFeed } from './feed/parse.js';
/** How `parseFeedInSlices` slices: the time per slice, and a callback told of each slice. */
export type { SliceOptions } from './feed/parse.js';
/** One repair or drop made while reading a feed, with the record's id and the reason. */
export type { Problem } from './feed/parse.js';
/** Whether a problem cost its record (`dropped`) or one field of it (`field`). */
export type { Severity } from './feed/parse.js';
/** Every type of the feed format (`Feed`, `Activity`, `Network`, `Resource`…), inferred from its schema. */
export type * from './feed/schema.js';

/** The context key under which `<lw-feed>` shares its store (for widgets of your own). */
export { storeContext } from './context/store-context.js';
/** The visitor's filters for activities. */
export type { ActivityFilters } from './store/state.js';
/** The record a visitor has chosen: its `kind` and `id`. */
export type { Selection } from './store/state.js';
/** Everything the widgets share: the feed, how its loading went, and what the visitor asked for. */
export type { State } from './store/state.js';
/** `morning`, `afternoon` or `evening`. */
export type { TimeOfDay } from './store/state.js';
/** Where the visitor is, and how it was found. */
export type { VisitorPlace } from './store/state.js';
/** The observable store of that state, with its actions. */
export { LinkworkStore } from './store/store.js';

/** Whether a network's coverage includes a point. */
export { networkCovers } from './geo/coverage.js';
/** The great-circle distance between two points, in km. */
export { distanceKm } from './geo/distance.js';
/** A point: `lat` and `lng` in degrees. */
export type { LatLng } from './geo/distance.js';
/** Which networks cover a place, most local first, and the nearest others. */
export { findNetworks } from './geo/find-networks.js';
/** What `findNetworks` gives: the covering networks and the nearest. */
export type { NetworkAnswer } from './geo/find-networks.js';
/** A network with its distance from the place asked about. */
export type { NetworkNearby } from './geo/find-networks.js';
/** A geocoder's failure (the service could not be reached, or answered badly). */
export { GeocoderError } from './geo/geocoder.js';
/** The default geocoder: postcodes.io, or a service of the same shape at another address. */
export { postcodesIo } from './geo/geocoder.js';
/** A place a geocoder found: `lat`, `lng` and a `label`. */
export type { GeocodedPlace } from './geo/geocoder.js';
/** A function from postcode to place, to give the widgets your own service. */
export type { Geocoder } from './geo/geocoder.js';
/** Reads a UK postcode, full or outward code only, however it was typed. */
export { parsePostcode } from './geo/postcode.js';
/** A postcode read by `parsePostcode`. */
export type { Postcode } from './geo/postcode.js';

/** A small full-text index with typo tolerance, prefixes and field weights. */
export { SearchIndex } from './search/index.js';
/** The shared index of a feed's activities. */
export { activityIndex } from './search/index.js';
/** The activities a state's query and filters find, ranked, with category counts. */
export { activityResults } from './search/index.js';
/** Builds a `SearchIndex` over any records. */
export { createIndex } from './search/index.js';
/** Finds activities for a query and filters, without a store. */
export { findActivities } from './search/index.js';
/** Splits text into the pieces a search matched and the rest, for marking. */
export { highlight } from './search/index.js';
/** What `findActivities` takes. */
export type { ActivityRequest } from './search/index.js';
/** One activity found, with its distance and score. */
export type { ActivityResult } from './search/index.js';
/** What `findActivities` gives: the results, the words matched, the category counts. */
export type { ActivityResults } from './search/index.js';
/** `relevance` or `distance`. */
export type { ActivitySort } from './search/index.js';
/** The options of a `SearchIndex`. */
export type { IndexOptions } from './search/index.js';
/** One field a `SearchIndex` reads from a record, with its weight. */
export type { SearchField } from './search/index.js';
/** One record a search found, with its score and the words it matched. */
export type { SearchHit } from './search/index.js';
/** The options of one search. */
export type { SearchOptions } from './search/index.js';
/** What one search gives. */
export type { SearchResults } from './search/index.js';
/** A piece of highlighted text: `text`, and whether the search matched it. */
export type { TextPiece } from './search/index.js';
/** The resources a query, types and audiences find, with counts for each choice. */
export { findResources } from './search/resources.js';
/** Resources grouped by type, in a fixed order. */
export { groupByType } from './search/resources.js';
/** The shared index of a feed's resources. */
export { resourceIndex } from './search/resources.js';
/** What `findResources` takes. */
export type { ResourceRequest } from './search/resources.js';
/** What `findResources` gives. */
export type { ResourceResults } from './search/resources.js';
/** The words for types and audiences that a resource search also matches, in the visitor's language. */
export type { ResourceWords } from './search/resources.js';

/** The bank holidays of a nation in a year, from their rules and the one-off days. */
export { bankHolidays } from './schedule/bank-holidays.js';
/** Easter Sunday of a year (the Gregorian computus). */
export { easterSunday } from './schedule/bank-holidays.js';
/** The nations whose bank holidays differ: England and Wales, Scotland, Northern Ireland. */
export { nations } from './schedule/bank-holidays.js';
/** One bank holiday: its date and name. */
export type { BankHoliday } from './schedule/bank-holidays.js';
/** `england-and-wales`, `scotland` or `northern-ireland`. */
export type { Nation } from './schedule/bank-holidays.js';
/** How long ago an activity was updated, and whether that is past the point to check before going. */
export { freshness } from './schedule/freshness.js';
/** What `freshness` gives. */
export type { Freshness } from './schedule/freshness.js';
/** An activity as an iCalendar (.ics) file, with its regular schedule as a repeat rule. */
export { activityCalendar } from './schedule/ics.js';
/** The options of `activityCalendar`. */
export type { CalendarOptions } from './schedule/ics.js';
/** The nation a postcode is in, for its bank holidays. */
export { nationOfPostcode } from './schedule/nation.js';
/** Whether a schedule entry says enough to give dates (a monthly one without weeks does not). */
export { hasDates } from './schedule/sessions.js';
/** The next sessions of an activity, in Europe/London time, with bank holidays marked. */
export { upcomingSessions } from './schedule/sessions.js';
/** One upcoming session: its start and end, and whether it falls on a bank holiday. */
export type { Session } from './schedule/sessions.js';
/** The options of `upcomingSessions`. */
export type { SessionOptions } from './schedule/sessions.js';
/** Whether an activity meets in a "When" range (today, tomorrow, this week…). */
export { meetsWhen } from './schedule/when.js';
/** The "When" ranges a visitor can choose. */
export { whenChoices } from './schedule/when.js';
/** The days a "When" range covers. */
export { whenDays } from './schedule/when.js';
/** `today`, `tomorrow`, `this-week`, `this-weekend` or `next-7-days`. */
export type { When } from './schedule/when.js';
/** Adds a language without a fork: `registerLocale('ga', { tryAgain: 'Bain triail eile as', … })`; what it lacks stays English. */
export { registerLocale } from './i18n/locale.js';
/** Every word the widgets show, by key: what `registerLocale` takes (any part of it). */
export type { Catalogue } from './i18n/en.js';
/** The shortlist's own words, which a `registerLocale` catalogue may give too. */
export type { ShortlistWords } from './i18n/shortlist-words.js';

/**
 * What every widget on a page shares: the feed, how its loading went, and what the visitor asked for.
 * State is immutable: each change makes a new object, so a changed identity means changed content.
 */
import type { FeedError } from '../feed/errors.js';
import type { PartialSource } from '../feed/load.js';
import type { Problem } from '../feed/parse.js';
import type { Day, Feed } from '../feed/schema.js';
import type { When } from '../schedule/when.js';
import type { RemoteSearchState } from './remote-search.js';

export type FeedStatus = 'loading' | 'ready' | 'error';

export const timesOfDay = ['morning', 'afternoon', 'evening'] as const;
export type TimeOfDay = (typeof timesOfDay)[number];

/** The visitor's choices for narrowing activities. Every field is optional in spirit: empty means "any". */
export interface ActivityFilters {
  categories: readonly string[];
  days: readonly Day[];
  times: readonly TimeOfDay[];
  freeOnly: boolean;
  /** Highest cost per session, in the feed's currency. */
  maxCost?: number;
  /** The age of the person the activity is for. */
  age?: number;
  /** Every listed need must be met. */
  accessibility: readonly string[];
  mode?: 'online' | 'in-person';
  /** Only activities within this distance of the visitor's place. */
  withinKm?: number;
  /** Only activities with a session in these days (London time): today, tomorrow, this week… */
  when?: When;
}

/** Where the visitor is, and how we know. */
export interface VisitorPlace {
  lat: number;
  lng: number;
  /** What to call the place: a postcode, or "your location". */
  label: string;
  source: 'postcode' | 'geolocation' | 'preset';
}

export interface Selection {
  kind: 'activity' | 'network' | 'resource';
  id: string;
}

export interface State {
  status: FeedStatus;
  feed: Feed;
  /** Records dropped from the feed, with reasons. */
  problems: readonly Problem[];
  /** Why the feed could not be loaded (with `status: 'error'`), or why the shown copy is stale. */
  error?: FeedError;
  /** When the shown copy was fetched, if it is an older copy shown because loading failed. */
  staleSince?: string;
  /** Sources read only in part (a page failed, or the page limit was reached): the rest is missing. */
  partial?: readonly PartialSource[];
  query: string;
  filters: ActivityFilters;
  place?: VisitorPlace;
  selection?: Selection;
  /** The ids of the activities saved to the visitor's list, in the order they were saved. */
  saved: readonly string[];
  /** The note written on the list for the person it is for (by a link worker, say). */
  listNote: string;
  /**
   * With a directory searched where it lives (`search="remote"`): how its search stands. The feed's
   * activities are then the pages of the current search in hand, not the whole directory.
   */
  remote?: RemoteSearchState;
}

export const emptyFeed: Feed = Object.freeze({
  version: 1,
  categories: [],
  networks: [],
  activities: [],
  resources: [],
});

export const noFilters: ActivityFilters = Object.freeze({
  categories: [],
  days: [],
  times: [],
  freeOnly: false,
  accessibility: [],
});

export const initialState: State = Object.freeze({
  status: 'loading',
  feed: emptyFeed,
  problems: [],
  query: '',
  filters: noFilters,
  saved: [],
  listNote: '',
});

/** Every public event of Linkwork, each a typed `Event` subclass with a `GlobalEventHandlersEventMap` entry. */
export { FeedErrorEvent } from './feed-error-event.js';
export { FeedLoadEvent, type FeedCounts } from './feed-load-event.js';
export { LocateEvent } from './locate-event.js';
export { SearchEvent } from './search-event.js';
export { SelectEvent, type AnySelectEvent, type SelectKind, type SelectedRecords } from './select-event.js';
export { ShortlistChangeEvent } from './shortlist-change-event.js';

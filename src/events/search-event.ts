import type { ActivityFilters } from '../store/state.js';

/**
 * Fired when a visitor's search settles (after typing pauses, on Enter, or when a filter changes):
 * `query`, `filters` and `resultCount`. Enough for privacy-respecting analytics, such as counting
 * searches that found nothing; it never carries the visitor's place.
 */
export class SearchEvent extends Event {
  static readonly eventName = 'lw-search';

  constructor(
    readonly query: string,
    readonly filters: Readonly<ActivityFilters>,
    readonly resultCount: number,
  ) {
    super(SearchEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lw-search': SearchEvent;
  }
}

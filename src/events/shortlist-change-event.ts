/**
 * Fired when the activities on the visitor's list change: one added or removed, the list started again,
 * or a list read at start (from the browser's storage or a shared link). `ids` are the saved activities'
 * ids in order, enough for a count badge elsewhere on the page; nothing is ever sent anywhere.
 */
export class ShortlistChangeEvent extends Event {
  static readonly eventName = 'lw-shortlist-change';

  constructor(readonly ids: readonly string[]) {
    super(ShortlistChangeEvent.eventName, { bubbles: true, composed: true });
  }

  /** How many activities are on the list. */
  get count(): number {
    return this.ids.length;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lw-shortlist-change': ShortlistChangeEvent;
  }
}

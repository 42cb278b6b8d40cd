import type { Selection } from '../store/state.js';

/**
 * Fired when the visitor opens or chooses something a widget lists: `kind` says what it is
 * (`activity`, `network` or `resource`), `id` is its id in the feed and `item` the record itself.
 * Cancelable: a page that calls `preventDefault()` handles the opening itself (e.g. a resource link
 * is then not followed).
 */
export class SelectEvent<T = unknown> extends Event {
  static readonly eventName = 'lw-select';

  constructor(
    readonly kind: Selection['kind'],
    readonly id: string,
    readonly item: T,
  ) {
    super(SelectEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lw-select': SelectEvent;
  }
}

import type { Activity, Network, Resource } from '../feed/schema.js';
import type { Selection } from '../store/state.js';

/**
 * Fired when a visitor chooses a record in a widget (an activity in the search results, a network
 * on the map): `kind` (`activity`, `network` or `resource`), its `id`, and the `record` itself.
 */
export class SelectEvent extends Event {
  static readonly eventName = 'lw-select';

  constructor(
    readonly kind: Selection['kind'],
    readonly id: string,
    readonly record: Activity | Network | Resource,
  ) {
    super(SelectEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lw-select': SelectEvent;
  }
}

import type { VisitorPlace } from '../store/state.js';

/**
 * Fired when a widget has found where the visitor is: `place` has `lat`, `lng`, a `label`
 * (the postcode, or "your location") and `source`: `postcode` or `geolocation`.
 */
export class LocateEvent extends Event {
  static readonly eventName = 'lw-locate';

  constructor(readonly place: VisitorPlace) {
    super(LocateEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lw-locate': LocateEvent;
  }
}

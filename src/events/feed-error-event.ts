import type { FeedError, FeedErrorKind } from '../feed/errors.js';

/**
 * Fired when a feed could not be loaded: `reason` says why (`network`, `timeout`, `http`,
 * `not-json`, `invalid` or `too-large`) and `message` says it in words for a developer's console;
 * `error.permanent` is true when trying again will not help.
 */
export class FeedErrorEvent extends Event {
  static readonly eventName = 'lw-feed-error';
  readonly reason: FeedErrorKind;
  readonly message: string;
  /** The HTTP status, for `http` errors. */
  readonly status?: number;

  constructor(readonly error: FeedError) {
    super(FeedErrorEvent.eventName, { bubbles: true, composed: true });
    this.reason = error.kind;
    this.message = error.message;
    this.status = error.status;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lw-feed-error': FeedErrorEvent;
  }
}

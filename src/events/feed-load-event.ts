import type { PartialSource } from '../feed/load.js';
import type { Problem } from '../feed/parse.js';

export interface FeedCounts {
  categories: number;
  networks: number;
  activities: number;
  resources: number;
}

/**
 * Fired by `<lw-feed>` (or a widget with its own `src`) when a feed has been loaded and validated.
 * `problems` lists the records that were dropped; `staleSince` is set when loading failed and
 * an earlier copy is shown instead; `partial` lists sources read only in part (a page failed: the
 * pages before it are shown), each also reported in `problems`.
 */
export class FeedLoadEvent extends Event {
  static readonly eventName = 'lw-feed-load';

  constructor(
    readonly counts: Readonly<FeedCounts>,
    readonly problems: readonly Problem[],
    readonly staleSince?: string,
    readonly partial: readonly PartialSource[] = [],
  ) {
    super(FeedLoadEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lw-feed-load': FeedLoadEvent;
  }
}

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
 * `problems` lists the records that were dropped (`severity: 'dropped'`) and the fields that were mended or
 * removed from records that are shown (`severity: 'field'`), counted in `droppedRecords` and `changedFields`;
 * `staleSince` is set when loading failed and an earlier copy is shown instead; `partial` lists sources read
 * only in part (a page failed: the pages before it are shown), each also reported in `problems`.
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

  /** Problems that cost a whole record (or a source). */
  get droppedRecords(): number {
    return this.problems.length - this.changedFields;
  }

  /** Fields mended or removed; their records are shown. */
  get changedFields(): number {
    return this.problems.filter((problem) => problem.severity === 'field').length;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lw-feed-load': FeedLoadEvent;
  }
}

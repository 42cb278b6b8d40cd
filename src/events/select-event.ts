import type { Activity, Network, Resource } from '../feed/schema.js';

/** The record each kind of choice carries. */
export interface SelectedRecords {
  activity: Activity;
  network: Network;
  resource: Resource;
}

/** What a visitor can choose: `activity`, `network` or `resource`. */
export type SelectKind = keyof SelectedRecords;

/**
 * Fired when a visitor chooses a record in a widget (an activity in the search results, a network
 * on the map, a resource's link): `kind`, its `id`, and the `record` itself, typed by `kind`, so that
 * after `if (event.kind === 'network')` the record is a `Network`.
 *
 * It is fired before the choice takes effect, and can be cancelled: `event.preventDefault()` keeps
 * the widgets as they were (and stops a resource's link), so a page can send the visitor to its own
 * page for the record instead.
 */
export class SelectEvent<K extends SelectKind = SelectKind> extends Event {
  static readonly eventName = 'lw-select';

  constructor(
    readonly kind: K,
    readonly id: string,
    readonly record: SelectedRecords[K],
  ) {
    super(SelectEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

/** An `lw-select` of any kind, as listeners receive it: narrowing on `kind` narrows `record`. */
export type AnySelectEvent = { [K in SelectKind]: SelectEvent<K> }[SelectKind];

declare global {
  interface GlobalEventHandlersEventMap {
    'lw-select': AnySelectEvent;
  }
}

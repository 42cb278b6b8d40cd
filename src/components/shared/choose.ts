import { fire } from '../../events/fire.js';
import { SelectEvent, type SelectKind, type SelectedRecords } from '../../events/select-event.js';
import type { LinkworkStore } from '../../store/store.js';

/**
 * The visitor chose a record: tells the page first (`lw-select`), then, unless the page cancelled
 * the event, selects it in the store the widgets share. True when the choice was made.
 */
export function choose<K extends SelectKind>(
  host: HTMLElement,
  store: LinkworkStore | undefined,
  kind: K,
  record: SelectedRecords[K],
): boolean {
  if (!fire(host, new SelectEvent(kind, record.id, record))) return false;
  store?.select({ kind, id: record.id });
  return true;
}

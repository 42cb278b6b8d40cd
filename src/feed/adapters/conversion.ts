/** What a format adapter makes of one source: Linkwork records not yet validated, and what it dropped. */
import type { Problem } from '../parse.js';
import type { Json } from './read.js';

export interface Conversion {
  /** Converted activities, in the shape of the Linkwork feed, still to be validated. */
  activities: Json[];
  /** For each converted activity, the position of the foreign record it came from. */
  origins: number[];
  /** Foreign records that could not become activities, and why. */
  problems: Problem[];
  /** Foreign records read. */
  read: number;
  /** RPDE items removed by a later `deleted` item. */
  deleted: number;
  /** Sessions merged into the series they belong to. */
  merged: number;
  /** Items left out because every date of theirs is past. */
  ended: number;
}

export const emptyConversion = (): Conversion => ({
  activities: [],
  origins: [],
  problems: [],
  read: 0,
  deleted: 0,
  merged: 0,
  ended: 0,
});

export function drop(conversion: Conversion, index: number, id: string | undefined, reason: string): void {
  conversion.problems.push({ collection: 'activities', index, ...(id ? { id } : {}), severity: 'dropped', reason });
}

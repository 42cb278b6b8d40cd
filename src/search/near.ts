/**
 * "Near me" means near: with a place and no distance chosen, the results within a radius (10 miles
 * by default) come first, and the rest follow under their own heading, so a widget can say when
 * nothing is close. Online activities can be joined from home: they stay with the near ones (shown
 * as "Online", never "0 miles") but never count as something near in person.
 */
import { kmPerMile } from '../geo/distance.js';
import type { ActivityFilters, VisitorPlace } from '../store/state.js';
import type { ActivityResult } from './activities.js';

/** 10 miles. */
export const defaultNearKm = 10 * kmPerMile;

export interface NearGroups {
  radiusKm: number;
  /** Within the radius, or online; in the order given. */
  near: ActivityResult[];
  /** Further than the radius, or with no known place; in the order given. */
  further: ActivityResult[];
  /** No activity lies within the radius in person: say so ("Nothing within 10 miles of LS1 4AP. The nearest are…"). */
  nothingNear: boolean;
}

/** Whether an activity is only online: the widget shows "Online" where a distance would be. */
export function onlineOnly(result: ActivityResult): boolean {
  return result.activity.online && !result.activity.location;
}

/**
 * The results split by the near radius; `undefined` when there is no place or the visitor chose a
 * distance (then every result is within what they asked for).
 */
export function nearGroups(
  results: readonly ActivityResult[],
  { place, filters, radiusKm = defaultNearKm }: { place?: VisitorPlace; filters: ActivityFilters; radiusKm?: number },
): NearGroups | undefined {
  if (!place || filters.withinKm !== undefined) return undefined;
  const groups: NearGroups = { radiusKm, near: [], further: [], nothingNear: true };
  for (const result of results) {
    const inPerson = result.distanceKm !== undefined && result.distanceKm <= radiusKm;
    if (inPerson) groups.nothingNear = false;
    (inPerson || result.activity.online ? groups.near : groups.further).push(result);
  }
  return groups;
}

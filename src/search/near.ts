/**
 * "Near me" means near: with a place and no distance chosen, the results within a radius (10 miles
 * by default) come first, online activities are counted as online (never "0 miles"), and the rest
 * follow under their own heading, so a widget can say when nothing is close.
 */
import { kmPerMile } from '../geo/distance.js';
import type { ActivityFilters, VisitorPlace } from '../store/state.js';
import type { ActivityResult } from './activities.js';

/** 10 miles. */
export const defaultNearKm = 10 * kmPerMile;

export interface NearGroups {
  radiusKm: number;
  /** Within the radius, in the order given. */
  near: ActivityResult[];
  /** Online activities that are not within the radius in person (or have no place at all). */
  online: ActivityResult[];
  /** Further than the radius, or with no known place; in the order given. */
  further: ActivityResult[];
  /** Nothing lies within the radius: say so ("Nothing within 10 miles of LS1 4AP. The nearest are…"). */
  nothingNear: boolean;
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
  const groups: NearGroups = { radiusKm, near: [], online: [], further: [], nothingNear: false };
  for (const result of results) {
    const { distanceKm } = result;
    if (distanceKm !== undefined && distanceKm <= radiusKm) groups.near.push(result);
    else if (result.activity.online) groups.online.push(result);
    else groups.further.push(result);
  }
  groups.nothingNear = groups.near.length === 0;
  return groups;
}

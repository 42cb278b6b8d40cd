/**
 * Ordering activities with a place: relevance blended with distance (see README.md, "Ranking with a
 * place"). Each result's relevance, as a share of the best one's, is multiplied by its nearness,
 * `1 / (1 + km / halfKm)`: a result `halfKm` away keeps half its relevance, one next door all of it.
 * So a strong match a few miles away beats a weak one next door, a strong match across the country
 * does not, and between equal matches the nearer wins.
 */
import type { Activity } from '../feed/schema.js';
import { kmPerMile } from '../geo/distance.js';

export const blend = {
  /** The distance at which a result keeps half its relevance: 5 miles. */
  halfKm: 5 * kmPerMile,
  /** An online activity counts as no further than this: joining from home is as easy as a short trip. */
  onlineKm: 5 * kmPerMile,
  /** An activity whose place is not known counts as this far: the edge of "near" (10 miles). */
  unknownKm: 10 * kmPerMile,
};

export interface Ranked {
  activity: Activity;
  distanceKm?: number;
  /** How well it matches (the index's `relevance`): higher is better. */
  relevance: number;
  /** Query words matched (fewer than all only in a partial answer): more always come first. */
  terms: number;
}

/** How much of its relevance a result keeps at its distance (1 next door, ½ at `blend.halfKm`). */
export function nearness(activity: Activity, distanceKm: number | undefined): number {
  const km = activity.online ? Math.min(distanceKm ?? Infinity, blend.onlineKm) : (distanceKm ?? blend.unknownKm);
  return 1 / (1 + km / blend.halfKm);
}

/**
 * Sorts best first: more query words matched, then relevance × nearness; ties keep their order (the
 * index's: better match first). Sorted as packed numbers, which is fast: 8 bits of words matched, 20
 * of blended relevance, 24 of position.
 */
export function sortBlended<R extends Ranked>(results: R[]): void {
  const best = results.reduce((most, result) => Math.max(most, result.relevance), 0) || 1;
  const keys = new Float64Array(results.length);
  for (let i = 0; i < results.length; i++) {
    const { activity, distanceKm, relevance, terms } = results[i];
    const blended = Math.round((relevance / best) * nearness(activity, distanceKm) * (2 ** 20 - 1));
    keys[i] = -(Math.min(terms, 255) * 2 ** 20 + blended) * 2 ** 24 + i;
  }
  keys.sort();
  const sorted = Array.from(keys, (key) => results[((key % 2 ** 24) + 2 ** 24) % 2 ** 24]);
  for (let i = 0; i < sorted.length; i++) results[i] = sorted[i];
}

/** The farthest distance told apart when sorting by distance, in metres (2^28 m: further than the Earth is round). */
const farthestMetres = 2 ** 28 - 1;

/**
 * Nearest first, keeping the order among equals; activities with no place go last. Sorted as packed
 * numbers (28 bits of metres, 24 of position), as a comparator sort of 100,000 objects is slow.
 */
export function sortByDistance<R extends { distanceKm?: number }>(results: R[]): void {
  const keys = new Float64Array(results.length);
  for (let i = 0; i < results.length; i++) {
    const km = results[i].distanceKm;
    const metres = km === undefined ? farthestMetres : Math.min(Math.round(km * 1000), farthestMetres - 1);
    keys[i] = metres * 2 ** 24 + i;
  }
  keys.sort();
  const sorted = Array.from(keys, (key) => results[key % 2 ** 24]);
  for (let i = 0; i < sorted.length; i++) results[i] = sorted[i];
}

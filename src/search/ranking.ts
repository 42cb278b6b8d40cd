/**
 * Ordering activities with a place: relevance blended with distance (see README.md, "Ranking with a
 * place"). Each result's relevance, as a share of the best one's, is multiplied by its nearness,
 * `1 / (1 + km / halfKm)`: a result `halfKm` away keeps half its relevance, one next door all of it.
 * So a strong match a few miles away beats a weak one next door, a strong match across the country
 * does not, and between equal matches the nearer wins.
 */
import type { Activity } from '../feed/schema.js';
import { kmPerMile } from '../geo/distance.js';
import { orderByKey } from './order.js';

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

/** Blended relevance is told apart in this many steps (24 bits; the words matched take the other 8 of a key). */
const blendSteps = 2 ** 24 - 1;

/**
 * A whole-number key for the blended order, larger first: the query words matched (8 bits), then
 * relevance as a share of `best` × nearness (24 bits).
 */
export function blendedKey(terms: number, relevance: number, best: number, nearnessHere: number): number {
  return Math.min(terms, 255) * 2 ** 24 + Math.round((relevance / best) * nearnessHere * blendSteps);
}

/**
 * Sorts best first: more query words matched, then relevance × nearness; ties keep their order (the
 * index's: better match first).
 */
export function sortBlended<R extends Ranked>(results: R[]): void {
  const best = results.reduce((most, result) => Math.max(most, result.relevance), 0) || 1;
  const keys = new Uint32Array(results.length);
  for (let i = 0; i < results.length; i++) {
    const { activity, distanceKm, relevance, terms } = results[i];
    keys[i] = blendedKey(terms, relevance, best, nearness(activity, distanceKm));
  }
  reorder(results, orderByKey(keys, results.length, true));
}

/** The farthest distance told apart when sorting by distance, in metres (2^28 m: further than the Earth is round). */
const farthestMetres = 2 ** 28 - 1;

/** A whole-number key for nearest first: metres, and no known place after every distance. */
export function distanceKey(km: number | undefined): number {
  return km === undefined ? farthestMetres : Math.min(Math.round(km * 1000), farthestMetres - 1);
}

/** Nearest first, keeping the order among equals; activities with no place go last. */
export function sortByDistance<R extends { distanceKm?: number }>(results: R[]): void {
  const keys = new Uint32Array(results.length);
  for (let i = 0; i < results.length; i++) keys[i] = distanceKey(results[i].distanceKm);
  reorder(results, orderByKey(keys, results.length));
}

function reorder<R>(results: R[], order: Uint32Array): void {
  const sorted = Array.from(order, (i) => results[i]);
  for (let i = 0; i < sorted.length; i++) results[i] = sorted[i];
}

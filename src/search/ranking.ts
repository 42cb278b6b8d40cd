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
  /** Relevance: higher is better. */
  score: number;
  /** Query words matched (fewer than all only in a partial answer): more always come first. */
  terms: number;
}

/** How much of its relevance a result keeps at its distance (1 next door, ½ at `blend.halfKm`). */
export function nearness(activity: Activity, distanceKm: number | undefined): number {
  const km = activity.online ? Math.min(distanceKm ?? Infinity, blend.onlineKm) : (distanceKm ?? blend.unknownKm);
  return 1 / (1 + km / blend.halfKm);
}

/** Sorts best first by relevance × nearness; ties keep their order (the index's: better match first). */
export function sortBlended<R extends Ranked>(results: R[]): void {
  const best = results.reduce((most, result) => Math.max(most, result.score), 0) || 1;
  const keyed = results.map((result, order) => ({
    result,
    order,
    key: (result.score / best) * nearness(result.activity, result.distanceKm),
  }));
  keyed.sort((a, b) => b.result.terms - a.result.terms || b.key - a.key || a.order - b.order);
  keyed.forEach(({ result }, i) => (results[i] = result));
}

/** Nearest first, keeping the order among equals; activities with no place go last. */
export function sortByDistance(results: { distanceKm?: number }[]): void {
  const far = Number.POSITIVE_INFINITY;
  results.sort((a, b) => (a.distanceKm ?? far) - (b.distanceKm ?? far));
}

/**
 * How far each of a feed's activities is from the visitor's place, and each activity's result
 * (`{ activity, distanceKm }`), made once per feed and place: a visitor typing with a place set pays
 * for the distances once, and a broad query ("lonely") that finds every one of 100,000 activities
 * makes no new object per result. Results are shared between searches and never changed.
 */
import { located } from '../feed/located.js';
import type { Feed } from '../feed/schema.js';
import { distanceKm } from '../geo/distance.js';
import type { VisitorPlace } from '../store/state.js';
import type { ActivityResult } from './activities.js';
import { nearness } from './ranking.js';

export interface FromPlace {
  /** Distance by position in the feed, in km (NaN without coordinates); none without a place. */
  km?: Float64Array;
  /** Result by position, made when first asked for (see {@link resultAt}). */
  results: (ActivityResult | undefined)[];
  /** How much of its relevance each activity keeps at its distance, by position (see {@link nearnessFrom}). */
  nearness?: Float64Array;
}

const withoutPlace = new WeakMap<Feed, FromPlace>();
const fromLastPlace = new WeakMap<Feed, FromPlace & { place: VisitorPlace }>();

/** The distances and results of a feed's activities from `place` (or with no place). */
export function fromPlace(feed: Feed, place: VisitorPlace | undefined): FromPlace {
  const { activities } = feed;
  if (!place) {
    let kept = withoutPlace.get(feed);
    if (!kept) withoutPlace.set(feed, (kept = { results: new Array(activities.length) }));
    return kept;
  }
  const kept = fromLastPlace.get(feed);
  if (kept && kept.place.lat === place.lat && kept.place.lng === place.lng) return kept;
  const km = new Float64Array(activities.length);
  for (let i = 0; i < activities.length; i++) {
    const at = located(activities[i].location);
    km[i] = at ? distanceKm(place, at) : NaN;
  }
  const made = { place, km, results: new Array<ActivityResult | undefined>(activities.length) };
  fromLastPlace.set(feed, made);
  return made;
}

/** The distance of the activity at `position`, when both places are known. */
export function distanceAt(km: Float64Array | undefined, position: number): number | undefined {
  const value = km?.[position];
  return value === undefined || Number.isNaN(value) ? undefined : value;
}

/** The result of the activity at `position`, the same object each time for one feed and place. */
export function resultAt(feed: Feed, from: FromPlace, position: number): ActivityResult {
  let result = from.results[position];
  // Compared with undefined, not tested for truth: that would read each object (100,000 of them, all over memory).
  if (result === undefined) {
    const activity = feed.activities[position];
    const km = distanceAt(from.km, position);
    from.results[position] = result = Object.freeze(km === undefined ? { activity } : { activity, distanceKm: km });
  }
  return result;
}

/**
 * How much of its relevance each activity keeps at its distance from the place (see ranking.ts), by
 * position: made once per feed and place, so blending reads one array rather than every activity.
 */
export function nearnessFrom(feed: Feed, from: FromPlace): Float64Array {
  if (!from.nearness) {
    const { activities } = feed;
    from.nearness = new Float64Array(activities.length);
    for (let i = 0; i < activities.length; i++) from.nearness[i] = nearness(activities[i], distanceAt(from.km, i));
  }
  return from.nearness;
}

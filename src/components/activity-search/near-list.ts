/**
 * The results of `<lw-activity-search>` in the order shown, split by the near radius when there is a
 * place and no distance chosen: within `near-radius` (10 miles, or 16 km, unless the page says) first,
 * the rest under their own heading, with the radius and the place in words.
 */
import type { Catalogue } from '../../i18n/en.js';
import type { ActivityResult } from '../../search/activities.js';
import { nearGroups } from '../../search/near.js';
import type { State } from '../../store/state.js';
import { placeName } from '../shared/place-finder.js';
import { distanceWords, toKm, type Units } from './filter-words.js';
import { orderShown, type ResultListContext } from './results.js';

/** The near radius in kilometres: `given` in the widget's units, else 10 miles (16 km). */
function nearRadiusKm(given: number | undefined, units: Units): number {
  if (given !== undefined && Number.isFinite(given) && given > 0) return toKm(given, units);
  return units === 'km' ? 16 : toKm(10, 'miles');
}

export interface NearList {
  /** The results in the order shown. */
  ordered: readonly ActivityResult[];
  near: ResultListContext['near'];
}

export function nearList(
  msg: Catalogue,
  tag: string,
  results: readonly ActivityResult[],
  { place, filters }: Pick<State, 'place' | 'filters'>,
  { nearRadius, units }: { nearRadius?: number; units: Units },
): NearList {
  const groups = nearGroups(results, { place, filters, radiusKm: nearRadiusKm(nearRadius, units) });
  return {
    ordered: orderShown(results, groups),
    near:
      groups && place
        ? { groups, distance: distanceWords(tag, groups.radiusKm, units), place: placeName(msg, place) }
        : undefined,
  };
}

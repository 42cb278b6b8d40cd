/** The choices the filters offer, and how a chosen value is said: times of day, distances, costs. */
import { kmPerMile } from '../../geo/distance.js';
import type { Catalogue } from '../../i18n/en.js';
import { formatDistance, type DistanceUnit } from '../../i18n/format.js';
import type { TimeOfDay } from '../../store/state.js';

/** How distances are given: `miles` (the default in the UK) or `km`. */
export type Units = 'miles' | 'km';

/** "Within 1 / 3 / 5 / 10" of the visitor's unit. */
export const distanceSteps = [1, 3, 5, 10] as const;

/** The most per session the cost filter offers, in the feed's currency. */
export const costSteps = [2, 5, 10] as const;

export function distanceUnit(units: Units): DistanceUnit {
  return units === 'km' ? 'kilometer' : 'mile';
}

/** A number of the visitor's units, in kilometres (what filters and distances use). */
export function toKm(value: number, units: Units): number {
  return units === 'km' ? value : value * kmPerMile;
}

/** A distance given in kilometres, said in the visitor's units: "3 miles"; never "0 miles", at least 0.1. */
export function distanceWords(tag: string, km: number, units: Units): string {
  return formatDistance(tag, Math.max(km, toKm(0.1, units)), distanceUnit(units));
}

export function timeWords(msg: Catalogue, time: TimeOfDay): string {
  return { morning: msg.morning, afternoon: msg.afternoon, evening: msg.evening }[time];
}

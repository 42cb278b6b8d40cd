/**
 * The filters in use, one entry per chosen value, each with the filters without it: what chips show
 * and remove, and what the empty state counts ("Remove Tuesday: 6 activities"). All five weekdays, or
 * Saturday and Sunday, count as one value ("Weekdays", "Weekends").
 */
import type { Day } from '../feed/schema.js';
import type { When } from '../schedule/when.js';
import type { ActivityFilters, TimeOfDay } from '../store/state.js';
import { weekdays, weekend } from './typed-filters.js';

export type FilterValue =
  | { kind: 'category'; id: string }
  | { kind: 'day'; day: Day }
  | { kind: 'days'; days: 'weekdays' | 'weekend' }
  | { kind: 'time'; time: TimeOfDay }
  | { kind: 'free' }
  | { kind: 'max-cost'; amount: number }
  | { kind: 'age'; age: number }
  | { kind: 'access'; need: string }
  | { kind: 'mode'; mode: 'online' | 'in-person' }
  | { kind: 'within'; km: number }
  | { kind: 'when'; when: When };

export interface ChosenFilter {
  /** Stable across renders (`category:arts`, `day:tue`, `days:weekdays`, `free`…). */
  key: string;
  value: FilterValue;
  /** The filters without this value. */
  without: (filters: ActivityFilters) => ActivityFilters;
}

const drop = <T>(values: readonly T[], gone: readonly T[]) => values.filter((value) => !gone.includes(value));

/** The days chosen, with a full set of weekdays or of the weekend as one value each. */
function dayValues(days: readonly Day[]): ChosenFilter[] {
  const groups = [
    { name: 'weekdays' as const, days: weekdays },
    { name: 'weekend' as const, days: weekend },
  ].filter((group) => group.days.every((day) => days.includes(day)));
  const grouped = groups.flatMap((group) => group.days);
  return [
    ...groups.map((group) => ({
      key: `days:${group.name}`,
      value: { kind: 'days' as const, days: group.name },
      without: (f: ActivityFilters) => ({ ...f, days: drop(f.days, group.days) }),
    })),
    ...days
      .filter((day) => !grouped.includes(day))
      .map((day) => ({
        key: `day:${day}`,
        value: { kind: 'day' as const, day },
        without: (f: ActivityFilters) => ({ ...f, days: drop(f.days, [day]) }),
      })),
  ];
}

/** Every value in use, in the order of the filters panel. */
export function chosenFilters(filters: ActivityFilters): ChosenFilter[] {
  const one = <V extends FilterValue>(key: string, value: V, without: (f: ActivityFilters) => ActivityFilters) => ({
    key,
    value,
    without,
  });
  return [
    ...filters.categories.map((id) =>
      one(`category:${id}`, { kind: 'category', id }, (f) => ({ ...f, categories: drop(f.categories, [id]) })),
    ),
    ...(filters.when ? [one('when', { kind: 'when', when: filters.when }, (f) => ({ ...f, when: undefined }))] : []),
    ...dayValues(filters.days),
    ...filters.times.map((time) =>
      one(`time:${time}`, { kind: 'time', time }, (f) => ({ ...f, times: drop(f.times, [time]) })),
    ),
    ...(filters.freeOnly ? [one('free', { kind: 'free' }, (f) => ({ ...f, freeOnly: false }))] : []),
    ...(filters.maxCost !== undefined
      ? [one('max-cost', { kind: 'max-cost', amount: filters.maxCost }, (f) => ({ ...f, maxCost: undefined }))]
      : []),
    ...(filters.age !== undefined
      ? [one('age', { kind: 'age', age: filters.age }, (f) => ({ ...f, age: undefined }))]
      : []),
    ...filters.accessibility.map((need) =>
      one(`access:${need}`, { kind: 'access', need }, (f) => ({ ...f, accessibility: drop(f.accessibility, [need]) })),
    ),
    ...(filters.mode ? [one('mode', { kind: 'mode', mode: filters.mode }, (f) => ({ ...f, mode: undefined }))] : []),
    ...(filters.withinKm !== undefined
      ? [one('within', { kind: 'within', km: filters.withinKm }, (f) => ({ ...f, withinKm: undefined }))]
      : []),
  ];
}

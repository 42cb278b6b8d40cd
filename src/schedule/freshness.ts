/**
 * How long ago an activity was updated ("3 months ago"), and whether that is long enough ago that a
 * visitor should check before going (past the page's `stale-after`, 12 months unless it says).
 */
import { dayParts } from './calendar-day.js';
import { londonDay } from './london.js';

export interface Freshness {
  /** How long ago, in the largest unit that fits: days under a week, weeks under a month, months under two years. */
  unit: 'day' | 'week' | 'month' | 'year';
  count: number;
  /** Older than the stale limit: show "check before you go". */
  stale: boolean;
}

export const defaultStaleAfterMonths = 12;

/** Whole calendar months from `then` to `now` (both London days). */
function monthsBetween(then: number, now: number): number {
  const a = dayParts(then);
  const b = dayParts(now);
  return (b.year - a.year) * 12 + (b.month - a.month) - (b.day < a.day ? 1 : 0);
}

/** How fresh a record is, from its `updated` date or time; undefined when that cannot be read. */
export function freshness(
  updated: string | undefined,
  now: Date,
  staleAfterMonths = defaultStaleAfterMonths,
): Freshness | undefined {
  const time = updated ? Date.parse(updated) : NaN;
  if (!Number.isFinite(time)) return undefined;
  const today = londonDay(now);
  const then = Math.min(londonDay(new Date(time)), today);
  const days = today - then;
  const months = monthsBetween(then, today);
  const stale = months >= staleAfterMonths;
  if (months >= 24) return { unit: 'year', count: Math.floor(months / 12), stale };
  if (months >= 1) return { unit: 'month', count: months, stale };
  if (days >= 7) return { unit: 'week', count: Math.floor(days / 7), stale };
  return { unit: 'day', count: days, stale };
}

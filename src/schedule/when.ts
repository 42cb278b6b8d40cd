/**
 * "When" choices for finding activities: today, tomorrow, this week (to Sunday), this weekend and the
 * next 7 days, as ranges of London days, and whether a schedule has a session in one.
 */
import type { ScheduleEntry } from '../feed/schema.js';
import { weekday, type CalendarDay } from './calendar-day.js';
import { londonDay } from './london.js';
import { upcomingSessions, type SessionOptions } from './sessions.js';

export const whenChoices = ['today', 'tomorrow', 'this-week', 'this-weekend', 'next-7-days'] as const;
export type When = (typeof whenChoices)[number];

/** The first and last day (both included) a choice means at `now`. */
export function whenDays(when: When, now: Date): { from: CalendarDay; until: CalendarDay } {
  const today = londonDay(now);
  const sunday = today + 6 - weekday(today);
  switch (when) {
    case 'today':
      return { from: today, until: today };
    case 'tomorrow':
      return { from: today + 1, until: today + 1 };
    case 'this-week':
      return { from: today, until: sunday };
    case 'this-weekend':
      return { from: Math.max(today, sunday - 1), until: sunday };
    case 'next-7-days':
      return { from: today, until: today + 6 };
  }
}

/** Whether a schedule has a session in the days a choice means that is not over at `now` (nor closed for a bank holiday). */
export function meetsWhen(
  schedule: readonly ScheduleEntry[],
  when: When,
  now: Date,
  options: Pick<SessionOptions, 'nation' | 'feedRule'> = {},
): boolean {
  return upcomingSessions(schedule, now, { ...options, ...whenDays(when, now), count: 1 }).length > 0;
}

/**
 * Dates and durations as OpenActive writes them: ISO 8601 dates with or without a time, and durations
 * such as `P1D`, `P1W`, `P2W`, `PT1H30M`. All calendar dates are UK dates (`YYYY-MM-DD`).
 */
import type { Day } from '../schema.js';
import { ukDayAndTime } from './days.js';

const weekdays: Day[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const ukDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Whether the text is a date without a time of day (`2016-06-18`): a whole day, never "01:00". */
export const isDateOnly = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text.trim());

/** The UK calendar date of an ISO date or date-time, or undefined. */
export function calendarDateOf(text: string | undefined): string | undefined {
  if (!text) return undefined;
  if (isDateOnly(text)) return text.trim();
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : ukDate.format(date);
}

/** Today's date in the UK. */
export const ukToday = (now = new Date()) => ukDate.format(now);

/** The weekday of a calendar date. */
export function weekdayOf(date: string): Day {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return weekdays[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
}

/** Days from `from` to `to` (both included), at most `limit` of them. */
export function datesBetween(from: string, to: string, limit = 7): string[] {
  const dates: string[] = [];
  const [year, month, day] = from.split('-').map(Number) as [number, number, number];
  for (let i = 0; dates.length < limit; i++) {
    const date = new Date(Date.UTC(year, month - 1, day + i)).toISOString().slice(0, 10);
    if (date > to) break;
    dates.push(date);
  }
  return dates;
}

export interface Duration {
  months: number;
  days: number;
  minutes: number;
}

/** `P1D`, `P2W`, `P1M`, `PT1H30M`, `P1DT2H` → its parts; anything else → undefined. */
export function durationOf(text: string | undefined): Duration | undefined {
  const match =
    /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(
      text?.trim() ?? '',
    );
  if (!match || text!.trim().length < 3) return undefined;
  const [years, months, weeks, days, hours, minutes] = match.slice(1, 7).map((part) => Number(part ?? 0));
  return { months: years! * 12 + months!, days: weeks! * 7 + days!, minutes: hours! * 60 + minutes! };
}

/** A clock time plus a duration, when the result is the same day: `10:00` + `PT1H30M` → `11:30`. */
export function addDuration(clock: string, duration: Duration | undefined): string | undefined {
  if (!duration || duration.months || duration.days || !duration.minutes) return undefined;
  const [h, m] = clock.split(':').map(Number) as [number, number];
  const total = h * 60 + m + duration.minutes;
  return total < 24 * 60
    ? `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`
    : undefined;
}

/** The UK day and time of a date-time; undefined for a date without a time. */
export function dayAndTimeOf(text: string | undefined) {
  return text && !isDateOnly(text) ? ukDayAndTime(text) : undefined;
}

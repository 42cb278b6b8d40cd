/**
 * Days of the calendar with no time and no zone, as whole numbers (days since 1 January 1970), so that
 * "the next Tuesday" or "three weeks on" is plain arithmetic. A feed's `2026-12-08` is one of these.
 */
export type CalendarDay = number;

const msPerDay = 86_400_000;

/** The day of a year, month (1–12) and day of the month. */
export function calendarDay(year: number, month: number, day: number): CalendarDay {
  return Math.round(Date.UTC(year, month - 1, day) / msPerDay);
}

/** The day a feed writes `2026-12-08` (the schema has checked the shape), or undefined for anything else. */
export function dayOf(iso: string | undefined): CalendarDay | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return match ? calendarDay(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

/** Year, month (1–12) and day of the month. */
export function dayParts(day: CalendarDay): { year: number; month: number; day: number } {
  const date = new Date(day * msPerDay);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** `2026-12-08`. */
export function isoDay(day: CalendarDay): string {
  const { year, month, day: date } = dayParts(day);
  return `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** The day of the week, Monday first as the feed's day codes: 0 is Monday, 6 is Sunday. */
export function weekday(day: CalendarDay): number {
  // 1 January 1970 was a Thursday.
  return (((day + 3) % 7) + 7) % 7;
}

/** The Monday of the week a day is in. */
export function mondayOf(day: CalendarDay): CalendarDay {
  return day - weekday(day);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A local-time `Date` at noon on the day, for formatting it as a date with `Intl` in any time zone. */
export function noonOf(day: CalendarDay): Date {
  const { year, month, day: date } = dayParts(day);
  return new Date(year, month - 1, date, 12);
}

/**
 * Europe/London time through `Intl`, so the changes between GMT and BST come out right in any browser,
 * whatever zone the visitor's computer is set to. Sessions in a feed are London wall-clock times.
 */
import { calendarDay, type CalendarDay } from './calendar-day.js';

const zone = 'Europe/London';
let parts: Intl.DateTimeFormat | undefined;

/** The calendar day and minutes since midnight that a London clock shows at `instant`. */
export function londonClock(instant: Date): { day: CalendarDay; minutes: number } {
  parts ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  const field: Record<string, number> = {};
  for (const part of parts.formatToParts(instant)) field[part.type] = Number(part.value);
  return { day: calendarDay(field.year, field.month, field.day), minutes: field.hour * 60 + field.minute };
}

/** The day it is in London at `instant`. */
export function londonDay(instant: Date): CalendarDay {
  return londonClock(instant).day;
}

/** Minutes London is ahead of UTC at `instant`: 0 in winter (GMT), 60 in summer (BST). */
function offsetAt(ms: number): number {
  const { day, minutes } = londonClock(new Date(ms));
  const wall = day * 86_400_000 + minutes * 60_000;
  return Math.round((wall - Math.floor(ms / 60_000) * 60_000) / 60_000);
}

/**
 * The instant a London clock shows `minutes` past midnight on `day`. A time the clocks skip in March
 * (01:30) is taken as the same moment an hour on (02:30 BST); a time that happens twice in October is
 * the first of the two, as RFC 5545 reads them.
 */
export function londonInstant(day: CalendarDay, minutes: number): Date {
  const asUtc = day * 86_400_000 + minutes * 60_000;
  const before = offsetAt(asUtc - 43_200_000);
  const after = offsetAt(asUtc + 43_200_000);
  const matches = [before, after]
    .map((offset) => asUtc - offset * 60_000)
    .filter((ms) => {
      const clock = londonClock(new Date(ms));
      return clock.day === day && clock.minutes === minutes;
    });
  return new Date(matches.length ? Math.min(...matches) : asUtc - before * 60_000);
}

/** `10:30` as minutes since midnight. */
export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

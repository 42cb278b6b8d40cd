/**
 * Europe/London time through `Intl`, so the changes between GMT and BST come out right in any browser,
 * whatever zone the visitor's computer is set to. Sessions in a feed are London wall-clock times.
 * Asking `Intl` is the slow part (a list of cards asks for hundreds of instants), so each day's offset is
 * asked once and kept: on all but the two days a year the clocks change, an instant is plain arithmetic.
 */
import { calendarDay, type CalendarDay } from './calendar-day.js';

const zone = 'Europe/London';
let parts: Intl.DateTimeFormat | undefined;
/** The last instant read, and what the clock showed: a render asks for "now" many times over. */
let last: { ms: number; clock: { day: CalendarDay; minutes: number } } | undefined;

/** The calendar day and minutes since midnight that a London clock shows at `instant`. */
export function londonClock(instant: Date): { day: CalendarDay; minutes: number } {
  if (last?.ms === instant.getTime()) return { ...last.clock };
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
  const clock = { day: calendarDay(field.year, field.month, field.day), minutes: field.hour * 60 + field.minute };
  last = { ms: instant.getTime(), clock };
  return { ...clock };
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

const steady = new Map<CalendarDay, number | undefined>();
const steadyKept = 2_000;

/**
 * London's offset through all of `day` and the 12 hours either side, or undefined when the clocks change in
 * that time. The clocks change twice a year, months apart, so the same offset at both ends holds throughout.
 */
function steadyOffset(day: CalendarDay): number | undefined {
  if (!steady.has(day)) {
    if (steady.size >= steadyKept) steady.clear();
    const before = offsetAt(day * 86_400_000 - 43_200_000);
    steady.set(day, before === offsetAt((day + 1) * 86_400_000 + 43_200_000) ? before : undefined);
  }
  return steady.get(day);
}

/**
 * The instant a London clock shows `minutes` past midnight on `day`. A time the clocks skip in March
 * (01:30) is taken as the same moment an hour on (02:30 BST); a time that happens twice in October is
 * the first of the two, as RFC 5545 reads them.
 */
export function londonInstant(day: CalendarDay, minutes: number): Date {
  const asUtc = day * 86_400_000 + minutes * 60_000;
  const offset = minutes < 1440 ? steadyOffset(day) : undefined;
  if (offset !== undefined) return new Date(asUtc - offset * 60_000);
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

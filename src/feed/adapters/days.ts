/** Weekdays as the standards write them → Linkwork day codes. */
import type { Day } from '../schema.js';

const names: Record<string, Day> = {
  mo: 'mon',
  mon: 'mon',
  monday: 'mon',
  tu: 'tue',
  tue: 'tue',
  tues: 'tue',
  tuesday: 'tue',
  we: 'wed',
  wed: 'wed',
  wednesday: 'wed',
  th: 'thu',
  thu: 'thu',
  thur: 'thu',
  thurs: 'thu',
  thursday: 'thu',
  fr: 'fri',
  fri: 'fri',
  friday: 'fri',
  sa: 'sat',
  sat: 'sat',
  saturday: 'sat',
  su: 'sun',
  sun: 'sun',
  sunday: 'sun',
};

/**
 * One day: "MO", "2MO" (iCal, with a monthly ordinal), "Monday", "https://schema.org/Monday",
 * "schema:Monday". Unknown → undefined.
 */
export function dayOf(value: string): Day | undefined {
  const word = value
    .trim()
    .split(/[/#:]/)
    .pop()!
    .replace(/^[+-]?\d+/, '')
    .toLowerCase();
  return names[word];
}

/** Days from a comma-separated iCal list or a list of day names/URLs, without repeats. */
export function daysOf(values: readonly unknown[]): Day[] {
  const days = values
    .flatMap((value) => (typeof value === 'string' ? value.split(',') : []))
    .map(dayOf)
    .filter((day): day is Day => day !== undefined);
  return [...new Set(days)];
}

const weekdays: Day[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** The day and clock time of an ISO date-time, in UK time (where these activities happen). */
export function ukDayAndTime(iso: string): { day: Day; time: string } | undefined {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = dayOf(part('weekday')) ?? weekdays[date.getUTCDay()]!;
  return { day, time: `${part('hour')}:${part('minute')}` };
}

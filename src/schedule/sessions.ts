/**
 * When an activity next meets: the dates of each schedule entry (see `scheduleEntry` in the feed schema
 * for what its fields mean), in Europe/London time, without the bank holidays it is closed on. An entry
 * whose dates cannot be known (monthly with no week given, fortnightly with no date to count from, no
 * days at all) gives no dates: we never invent them.
 */
import { dayCodes, type BankHolidayRule, type ScheduleEntry } from '../feed/schema.js';
import { bankHolidayOn, type BankHoliday, type Nation } from './bank-holidays.js';
import { dayOf, dayParts, daysInMonth, isoDay, mondayOf, weekday, type CalendarDay } from './calendar-day.js';
import { londonDay, londonInstant, minutesOf } from './london.js';

/** One meeting of an activity. */
export interface Session {
  /** The day in London: `2026-12-08`. */
  date: string;
  day: CalendarDay;
  /** `10:00`, when the feed gives a time. */
  start?: string;
  end?: string;
  /** When it starts: the start time in London, or the start of the day when no time is given. */
  startsAt: Date;
  /** When it is over: the end time; an hour after the start when no end is given; the day's end when no time is. */
  endsAt: Date;
  entry: ScheduleEntry;
  /** The bank holiday it falls on, and whether the publisher said it is open (`open`) or said nothing (`check`). */
  bankHoliday?: { holiday: BankHoliday; rule: 'open' | 'check' };
}

export interface SessionOptions {
  /** Whose bank holidays apply (default England and Wales). */
  nation?: Nation;
  /** What the feed says about bank holidays, for entries that say nothing themselves. */
  feedRule?: BankHolidayRule;
  /** How many sessions to find (default 3). */
  count?: number;
  /** The first day to look at (default today; never before today). */
  from?: CalendarDay;
  /** The last day to look at (by default, a year after `from` for regular sessions; any day for a single date). */
  until?: CalendarDay;
}

const lookAheadDays = 366;
const assumedLengthMinutes = 60;

function meetsOnWeekday(entry: ScheduleEntry, day: CalendarDay): boolean {
  return entry.days.some((code) => dayCodes.indexOf(code) === weekday(day));
}

/** Whether the entry's dates can be known from what the feed says. */
export function hasDates(entry: ScheduleEntry): boolean {
  switch (entry.frequency) {
    case 'once':
      return entry.date !== undefined;
    case 'weekly':
      return entry.days.length > 0;
    case 'fortnightly':
      return entry.date !== undefined;
    case 'monthly':
      return entry.days.length > 0 && (entry.weeks?.length ?? 0) > 0;
  }
}

/** Whether the entry meets on `day` by its rule, within `validFrom`–`validUntil` (bank holidays aside). */
export function meetsOn(entry: ScheduleEntry, day: CalendarDay): boolean {
  const from = dayOf(entry.validFrom);
  const until = dayOf(entry.validUntil);
  if ((from !== undefined && day < from) || (until !== undefined && day > until)) return false;
  switch (entry.frequency) {
    case 'once':
      return dayOf(entry.date) === day;
    case 'weekly':
      return meetsOnWeekday(entry, day);
    case 'fortnightly': {
      const anchor = dayOf(entry.date);
      if (anchor === undefined) return false;
      // With no days given, the anchor's own weekday is the day.
      const onDay = entry.days.length ? meetsOnWeekday(entry, day) : weekday(day) === weekday(anchor);
      return onDay && Math.abs((mondayOf(day) - mondayOf(anchor)) / 7) % 2 === 0;
    }
    case 'monthly': {
      if (!meetsOnWeekday(entry, day)) return false;
      const { year, month, day: date } = dayParts(day);
      const last = date + 7 > daysInMonth(year, month);
      return (entry.weeks ?? []).some((week) => (week === -1 ? last : Math.ceil(date / 7) === week));
    }
  }
}

function sessionOn(entry: ScheduleEntry, day: CalendarDay): Session {
  const start = entry.start !== undefined ? minutesOf(entry.start) : undefined;
  const end = entry.end !== undefined ? minutesOf(entry.end) : undefined;
  const startsAt = londonInstant(day, start ?? 0);
  let endsAt: Date;
  if (start === undefined) endsAt = londonInstant(day + 1, 0);
  else if (end === undefined) endsAt = new Date(startsAt.getTime() + assumedLengthMinutes * 60_000);
  // An end before the start is after midnight.
  else endsAt = londonInstant(end > start ? day : day + 1, end);
  return { date: isoDay(day), day, start: entry.start, end: entry.end, startsAt, endsAt, entry };
}

/** The session with its bank holiday, or undefined when the publisher says it is closed that day. */
function withBankHoliday(session: Session, options: SessionOptions): Session | undefined {
  const holiday = bankHolidayOn(session.day, options.nation ?? 'england-and-wales');
  if (!holiday) return session;
  const rule = session.entry.bankHolidays ?? options.feedRule;
  if (rule === 'closed') return undefined;
  return { ...session, bankHoliday: { holiday, rule: rule === 'open' ? 'open' : 'check' } };
}

const byStart = (a: Session, b: Session) => a.startsAt.getTime() - b.startsAt.getTime();

/**
 * The next sessions of a schedule that are not over at `now`, in order: at most `count`, between `from`
 * and `until`. Sessions on a bank holiday the publisher says it is closed on are left out.
 */
export function upcomingSessions(
  schedule: readonly ScheduleEntry[],
  now: Date,
  options: SessionOptions = {},
): Session[] {
  const count = options.count ?? 3;
  const today = londonDay(now);
  const from = Math.max(today, options.from ?? today);
  const until = options.until ?? Infinity;
  const keep = (session: Session | undefined): session is Session => session !== undefined && session.endsAt > now;
  const entries = schedule.filter(hasDates);
  // A single date is looked up, however far ahead; regular sessions are found day by day.
  const found = entries
    .filter((entry) => entry.frequency === 'once')
    .flatMap((entry) => {
      const day = dayOf(entry.date)!;
      return day >= from && day <= until && meetsOn(entry, day)
        ? [withBankHoliday(sessionOn(entry, day), options)]
        : [];
    })
    .filter(keep);
  const regular = entries.filter((entry) => entry.frequency !== 'once');
  let regularFound = 0;
  const lastDay = Math.min(until, from + lookAheadDays);
  for (let day = from; day <= lastDay && regularFound < count && regular.length; day++) {
    const sessions = regular
      .filter((entry) => meetsOn(entry, day))
      .map((entry) => withBankHoliday(sessionOn(entry, day), options))
      .filter(keep);
    regularFound += sessions.length;
    found.push(...sessions);
  }
  return found.sort(byStart).slice(0, count);
}

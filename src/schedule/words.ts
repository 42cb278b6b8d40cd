/**
 * The schedule in words, in the widget's language: "Tuesday 8 December, 10:00–12:00", "Next: …",
 * "bank holiday: check it is on", "Updated 3 months ago".
 */
import type { Catalogue } from '../i18n/en.js';
import { formatDate, formatTime } from '../i18n/format.js';
import { dayParts, noonOf } from './calendar-day.js';
import type { Freshness } from './freshness.js';
import { londonDay } from './london.js';
import type { Session } from './sessions.js';
import type { When } from './when.js';

/** "Tuesday 8 December, 10:00–12:00"; with the year when it is not this year's. */
export function sessionDate(msg: Catalogue, tag: string, session: Session, now: Date): string {
  const year = dayParts(session.day).year !== dayParts(londonDay(now)).year;
  const date = formatDate(tag, noonOf(session.day), { weekday: true, year });
  const start = session.start && formatTime(tag, session.start);
  const end = session.end && formatTime(tag, session.end);
  if (!start) return date;
  return msg.sessionAt(date, end ? msg.timeRange(start, end) : msg.timeFrom(start));
}

/** What to say of a session on a bank holiday: to check, or that it is open; undefined on other days. */
export function bankHolidayWords(msg: Catalogue, session: Session): string | undefined {
  if (!session.bankHoliday) return undefined;
  return session.bankHoliday.rule === 'open' ? msg.bankHolidayOpen : msg.bankHolidayCheck;
}

/** A session with its bank-holiday note: "Monday 25 May, 10:00–12:00 (bank holiday: check it is on)". */
export function sessionWords(msg: Catalogue, tag: string, session: Session, now: Date): string {
  const when = sessionDate(msg, tag, session, now);
  const holiday = bankHolidayWords(msg, session);
  return holiday ? msg.withBankHoliday(when, holiday) : when;
}

/** "Next: Tuesday 8 December, 10:00–12:00". */
export function nextSessionWords(msg: Catalogue, tag: string, session: Session, now: Date): string {
  return msg.nextSession(sessionWords(msg, tag, session, now));
}

const ago = {
  day: (msg: Catalogue, count: number) => msg.daysAgo(count),
  week: (msg: Catalogue, count: number) => msg.weeksAgo(count),
  month: (msg: Catalogue, count: number) => msg.monthsAgo(count),
  year: (msg: Catalogue, count: number) => msg.yearsAgo(count),
};

/** "Updated 3 months ago", or "Last updated 14 months ago: check before you go". */
export function freshnessWords(msg: Catalogue, freshness: Freshness): string {
  if (freshness.unit === 'day' && freshness.count === 0) return msg.updatedToday;
  const howLong = ago[freshness.unit](msg, freshness.count);
  return freshness.stale ? msg.staleUpdated(howLong) : msg.updatedAgo(howLong);
}

/** The name of a "When" choice: "This weekend". */
export function whenWords(msg: Catalogue, when: When): string {
  return {
    today: msg.whenToday,
    tomorrow: msg.whenTomorrow,
    'this-week': msg.whenThisWeek,
    'this-weekend': msg.whenThisWeekend,
    'next-7-days': msg.whenNext7Days,
  }[when];
}

import { plural } from '../format.js';

/** Strings about when activities meet: next dates, bank holidays, "When" choices, how fresh a record is. */
export const schedule = {
  sessionAt: (date: string, time: string) => `${date}, ${time}`,
  nextSession: (session: string) => `Next: ${session}`,
  withBankHoliday: (session: string, note: string) => `${session} (${note})`,
  bankHolidayCheck: 'bank holiday: check it is on',
  bankHolidayOpen: 'bank holiday: open as usual',

  whenToday: 'Today',
  whenTomorrow: 'Tomorrow',
  whenThisWeek: 'This week',
  whenThisWeekend: 'This weekend',
  whenNext7Days: 'Next 7 days',

  updatedToday: 'Updated today',
  updatedAgo: (howLong: string) => `Updated ${howLong} ago`,
  staleUpdated: (howLong: string) => `Last updated ${howLong} ago: check before you go`,
  daysAgo: plural('en-GB', { one: (n) => `${n} day`, other: (n) => `${n} days` }),
  weeksAgo: plural('en-GB', { one: (n) => `${n} week`, other: (n) => `${n} weeks` }),
  monthsAgo: plural('en-GB', { one: (n) => `${n} month`, other: (n) => `${n} months` }),
  yearsAgo: plural('en-GB', { one: (n) => `${n} year`, other: (n) => `${n} years` }),

  addToCalendar: 'Add to calendar',
};

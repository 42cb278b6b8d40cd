import type { schedule as english } from '../en/schedule.js';
import { plural } from '../format.js';

/** Welsh strings about when activities meet. */
export const schedule: typeof english = {
  sessionAt: (date, time) => `${date}, ${time}`,
  nextSession: (session) => `Nesaf: ${session}`,
  withBankHoliday: (session, note) => `${session} (${note})`,
  bankHolidayCheck: 'gŵyl y banc: gwiriwch ei fod yn cael ei gynnal',
  bankHolidayOpen: 'gŵyl y banc: ar agor fel arfer',

  whenToday: 'Heddiw',
  whenTomorrow: 'Yfory',
  whenThisWeek: 'Yr wythnos hon',
  whenThisWeekend: 'Y penwythnos hwn',
  whenNext7Days: 'Y 7 diwrnod nesaf',

  updatedToday: 'Diweddarwyd heddiw',
  updatedAgo: (howLong) => `Diweddarwyd ${howLong} yn ôl`,
  staleUpdated: (howLong) => `Diweddarwyd ddiwethaf ${howLong} yn ôl: gwiriwch cyn mynd`,
  daysAgo: plural('cy-GB', { two: (n) => `${n} ddiwrnod`, other: (n) => `${n} diwrnod` }),
  weeksAgo: plural('cy-GB', { other: (n) => `${n} wythnos` }),
  monthsAgo: plural('cy-GB', { two: (n) => `${n} fis`, other: (n) => `${n} mis` }),
  yearsAgo: plural('cy-GB', {
    one: (n) => `${n} flwyddyn`,
    two: (n) => `${n} flynedd`,
    few: (n) => `${n} blynedd`,
    many: (n) => `${n} blynedd`,
    other: (n) => `${n} mlynedd`,
  }),

  addToCalendar: 'Ychwanegu at y calendr',
};

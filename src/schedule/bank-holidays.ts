/**
 * Bank holidays of England and Wales, Scotland and Northern Ireland, worked out from their rules (the
 * Banking and Financial Dealings Act 1971, the St Andrew's Day Act 2007 and the customary royal
 * proclamations), plus the one-off days proclaimed since 2020. A holiday on a Saturday or Sunday gives
 * a substitute day: the next weekday that is not already a holiday.
 */
import { calendarDay, dayOf, daysInMonth, isoDay, weekday, type CalendarDay } from './calendar-day.js';

export const nations = ['england-and-wales', 'scotland', 'northern-ireland'] as const;
export type Nation = (typeof nations)[number];

export interface BankHoliday {
  /** `2026-12-28`. */
  date: string;
  /** The holiday's name as GOV.UK lists it: `Boxing Day (substitute day)`. */
  name: string;
}

interface OneOff {
  date: string;
  name: string;
  nations: readonly Nation[];
  /** The usual holiday this day replaces that year. */
  replaces?: string;
}

const everywhere = nations;

/** Days proclaimed for one year only: moved holidays and extra ones. */
const oneOffs: readonly OneOff[] = [
  { date: '2020-05-08', name: 'Early May bank holiday (VE day)', nations: everywhere, replaces: '2020-05-04' },
  { date: '2022-06-02', name: 'Spring bank holiday', nations: everywhere, replaces: '2022-05-30' },
  { date: '2022-06-03', name: 'Platinum Jubilee bank holiday', nations: everywhere },
  { date: '2022-09-19', name: 'Bank Holiday for the State Funeral of Queen Elizabeth II', nations: everywhere },
  { date: '2023-05-08', name: 'Bank holiday for the coronation of King Charles III', nations: everywhere },
  { date: '2026-06-15', name: 'World Cup bank holiday', nations: ['scotland'] },
];

/** Easter Sunday in the Gregorian calendar (the anonymous computus of Meeus, Jones and Butcher). */
export function easterSunday(year: number): CalendarDay {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return calendarDay(year, month, day);
}

const monday = 0;
const isWeekend = (day: CalendarDay) => weekday(day) >= 5;

function firstMonday(year: number, month: number): CalendarDay {
  const first = calendarDay(year, month, 1);
  return first + ((7 + monday - weekday(first)) % 7);
}

function lastMonday(year: number, month: number): CalendarDay {
  const last = calendarDay(year, month, daysInMonth(year, month));
  return last - ((7 + weekday(last) - monday) % 7);
}

type Rule = [name: string, day: (year: number) => CalendarDay];

const fixed =
  (month: number, day: number) =>
  (year: number): CalendarDay =>
    calendarDay(year, month, day);

const newYear: Rule = ['New Year’s Day', fixed(1, 1)];
const christmas: Rule = ['Christmas Day', fixed(12, 25)];
const boxingDay: Rule = ['Boxing Day', fixed(12, 26)];
const goodFriday: Rule = ['Good Friday', (year) => easterSunday(year) - 2];
const easterMonday: Rule = ['Easter Monday', (year) => easterSunday(year) + 1];
const earlyMay: Rule = ['Early May bank holiday', (year) => firstMonday(year, 5)];
const spring: Rule = ['Spring bank holiday', (year) => lastMonday(year, 5)];
const summer: Rule = ['Summer bank holiday', (year) => lastMonday(year, 8)];

/** Each nation's holidays: those that may fall at a weekend (and then get a substitute), and Mondays and Fridays. */
const rules: Record<Nation, { dates: readonly Rule[]; weekdays: readonly Rule[] }> = {
  'england-and-wales': {
    dates: [newYear, christmas, boxingDay],
    weekdays: [goodFriday, easterMonday, earlyMay, spring, summer],
  },
  scotland: {
    dates: [newYear, ['2nd January', fixed(1, 2)], ['St Andrew’s Day', fixed(11, 30)], christmas, boxingDay],
    weekdays: [goodFriday, earlyMay, spring, ['Summer bank holiday', (year) => firstMonday(year, 8)]],
  },
  'northern-ireland': {
    dates: [
      newYear,
      ['St Patrick’s Day', fixed(3, 17)],
      ['Battle of the Boyne (Orangemen’s Day)', fixed(7, 12)],
      christmas,
      boxingDay,
    ],
    weekdays: [goodFriday, easterMonday, earlyMay, spring, summer],
  },
};

/** The bank holidays of one nation in one year, in date order. */
export function bankHolidays(year: number, nation: Nation): readonly BankHoliday[] {
  const taken = new Map<CalendarDay, string>();
  const replaced = new Set(oneOffs.filter((day) => day.replaces).map((day) => day.replaces));
  const { dates, weekdays } = rules[nation];
  for (const [name, dayIn] of weekdays) {
    const day = dayIn(year);
    if (!replaced.has(isoDay(day))) taken.set(day, name);
  }
  for (const oneOff of oneOffs) {
    if (oneOff.nations.includes(nation) && oneOff.date.startsWith(`${year}-`))
      taken.set(dayOf(oneOff.date)!, oneOff.name);
  }
  const days = dates.map(([name, dayIn]) => [name, dayIn(year)] as const);
  // Holidays on a weekday keep their day; those at a weekend then take the next free weekday, in order.
  for (const [name, day] of days) if (!isWeekend(day)) taken.set(day, name);
  for (const [name, day] of days) {
    if (!isWeekend(day)) continue;
    let substitute = day + 1;
    while (isWeekend(substitute) || taken.has(substitute)) substitute++;
    taken.set(substitute, `${name} (substitute day)`);
  }
  return [...taken].sort(([a], [b]) => a - b).map(([day, name]) => ({ date: isoDay(day), name }));
}

const byYear = new Map<string, ReadonlyMap<string, BankHoliday>>();

/** The bank holiday on `day` in `nation`, if it is one. */
export function bankHolidayOn(day: CalendarDay, nation: Nation): BankHoliday | undefined {
  const iso = isoDay(day);
  const key = `${nation}|${iso.slice(0, 4)}`;
  let holidays = byYear.get(key);
  if (!holidays) {
    holidays = new Map(bankHolidays(Number(iso.slice(0, 4)), nation).map((holiday) => [holiday.date, holiday]));
    byYear.set(key, holidays);
  }
  return holidays.get(iso);
}

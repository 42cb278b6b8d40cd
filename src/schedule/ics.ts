/**
 * An iCalendar file (RFC 5545) for an activity: one event per schedule entry whose dates are known, with
 * a recurrence rule for a regular session (weekly, every other week, monthly by weekday) ending on its
 * `validUntil`, Europe/London times with the zone written out, and the bank holidays it is closed on
 * left out. Text is escaped and long lines folded as the RFC asks, so any calendar reads it.
 */
import type { Activity, ScheduleEntry } from '../feed/schema.js';
import { bankHolidays } from './bank-holidays.js';
import { dayOf, dayParts, isoDay, type CalendarDay } from './calendar-day.js';
import { londonDay, londonInstant, minutesOf } from './london.js';
import { hasDates, meetsOn, type SessionOptions } from './sessions.js';

export interface CalendarOptions extends Pick<SessionOptions, 'nation' | 'feedRule'> {
  /** The time the file is made (its DTSTAMP), and the day from which sessions are written. */
  now: Date;
  /** More to say in each event's description, in the visitor's language (cost, contact…). */
  details?: readonly string[];
}

const byDay = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' } as const;

/** The zone's rules since 1996 (the last Sunday of March and of October), which every calendar needs written out. */
const londonZone = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZNAME:BST',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'DTSTART:19960331T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZNAME:GMT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'DTSTART:19961027T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT as RFC 5545 writes it: backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,]/g, (character) => `\\${character}`)
    .replace(/\n/g, '\\n');
}

/** How many octets a character takes in UTF-8. */
function octets(character: string): number {
  const code = character.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** A content line folded into lines of at most 75 octets, never inside a character. */
export function foldLine(line: string): string {
  if (line.length <= 75 && !/[^\u0000-\u007f]/.test(line)) return line;
  const pieces: string[] = [];
  let piece = '';
  let length = 0;
  for (const character of line) {
    const size = octets(character);
    // The first line holds 75 octets; each continuation starts with a space, leaving 74.
    if (length + size > (pieces.length ? 74 : 75)) {
      pieces.push(piece);
      piece = '';
      length = 0;
    }
    piece += character;
    length += size;
  }
  pieces.push(piece);
  return pieces.join('\r\n ');
}

const pad = (value: number) => String(value).padStart(2, '0');

function dateValue(day: CalendarDay): string {
  return isoDay(day).replace(/-/g, '');
}

function localValue(day: CalendarDay, minutes: number): string {
  return `${dateValue(day)}T${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}00`;
}

function utcValue(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function recurrence(entry: ScheduleEntry, timed: boolean): string | undefined {
  if (entry.frequency === 'once') return undefined;
  const days = entry.days.map((day) => byDay[day]);
  let rule: string;
  if (entry.frequency === 'monthly')
    rule = `FREQ=MONTHLY;BYDAY=${(entry.weeks ?? []).flatMap((week) => days.map((day) => `${week}${day}`)).join(',')}`;
  else
    rule = `FREQ=WEEKLY${entry.frequency === 'fortnightly' ? ';INTERVAL=2' : ''}${days.length ? `;BYDAY=${days.join(',')}` : ''};WKST=MO`;
  const until = dayOf(entry.validUntil);
  if (until !== undefined)
    // With a zoned start, UNTIL must be in UTC: the last moment of that day in London.
    rule += `;UNTIL=${timed ? utcValue(new Date(londonInstant(until + 1, 0).getTime() - 1000)) : dateValue(until)}`;
  return `RRULE:${rule}`;
}

/** The first day an entry meets on or after `from`, looking up to five years ahead. */
function firstDay(entry: ScheduleEntry, from: CalendarDay): CalendarDay | undefined {
  const start = Math.max(from, dayOf(entry.validFrom) ?? from);
  if (entry.frequency === 'once') {
    const day = dayOf(entry.date)!;
    return day >= start ? day : undefined;
  }
  const last = Math.min(start + 5 * 366, dayOf(entry.validUntil) ?? Infinity);
  for (let day = start; day <= last; day++) if (meetsOn(entry, day)) return day;
  return undefined;
}

/** The days of the next two years on which a regular session would meet but is closed for a bank holiday. */
function closedDays(entry: ScheduleEntry, first: CalendarDay, options: CalendarOptions): CalendarDay[] {
  if ((entry.bankHolidays ?? options.feedRule) !== 'closed' || entry.frequency === 'once') return [];
  const last = first + 2 * 366;
  const { year } = dayParts(first);
  return [year, year + 1, year + 2]
    .flatMap((each) => bankHolidays(each, options.nation ?? 'england-and-wales'))
    .map((holiday) => dayOf(holiday.date)!)
    .filter((day) => day >= first && day < last && meetsOn(entry, day));
}

function linkOf(activity: Activity): string | undefined {
  const url = activity.url ?? activity.contact?.url ?? activity.organisation?.url;
  // A URI value is written as it is: only a plain http(s) address, with nothing that could break the line.
  return url && /^https?:\/\/[^\s\u0000-\u001f\u007f]+$/i.test(url) ? url : undefined;
}

function eventLines(activity: Activity, entry: ScheduleEntry, index: number, options: CalendarOptions): string[] {
  const first = firstDay(entry, londonDay(options.now));
  if (first === undefined) return [];
  const start = entry.start !== undefined ? minutesOf(entry.start) : undefined;
  const end = entry.end !== undefined ? minutesOf(entry.end) : undefined;
  const timed = start !== undefined;
  const when = timed
    ? [
        `DTSTART;TZID=Europe/London:${localValue(first, start)}`,
        ...(end !== undefined ? [`DTEND;TZID=Europe/London:${localValue(end > start ? first : first + 1, end)}`] : []),
      ]
    : [`DTSTART;VALUE=DATE:${dateValue(first)}`, `DTEND;VALUE=DATE:${dateValue(first + 1)}`];
  const rule = recurrence(entry, timed);
  const closed = closedDays(entry, first, options).map((day) =>
    timed ? `EXDATE;TZID=Europe/London:${localValue(day, start)}` : `EXDATE;VALUE=DATE:${dateValue(day)}`,
  );
  const place = activity.location;
  const where = [place?.name, place?.address, place?.postcode].filter(Boolean).join(', ');
  const description = [activity.description, entry.note, ...(options.details ?? [])].filter(Boolean).join('\n\n');
  const url = linkOf(activity);
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${encodeURIComponent(activity.id)}-${index}@linkwork`)}`,
    `DTSTAMP:${utcValue(options.now)}`,
    ...when,
    ...(rule ? [rule] : []),
    ...closed,
    `SUMMARY:${escapeText(activity.title)}`,
    ...(where ? [`LOCATION:${escapeText(where)}`] : activity.online ? ['LOCATION:Online'] : []),
    ...(place ? [`GEO:${place.lat};${place.lng}`] : []),
    ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
    ...(url ? [`URL:${url}`] : []),
    'END:VEVENT',
  ];
}

/** The activity's sessions as an `.ics` file's text, or undefined when none of its dates can be known. */
export function activityCalendar(activity: Activity, options: CalendarOptions): string | undefined {
  const events = activity.schedule.flatMap((entry, index) =>
    hasDates(entry) ? eventLines(activity, entry, index, options) : [],
  );
  if (events.length === 0) return undefined;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Linkwork//Activity calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...londonZone,
    ...events,
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** A file name for the activity's calendar: its title in plain letters, `.ics`. */
export function calendarFileName(activity: Activity): string {
  const name = activity.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${name || 'activity'}.ics`;
}

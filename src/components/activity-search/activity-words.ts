/**
 * An activity's schedule, cost and ages in plain words ("Tuesdays 10:00–12:00", "£3.50",
 * "Ages 18 and over"), in the widget's language.
 */
import type { Activity, ScheduleEntry } from '../../feed/schema.js';
import type { Catalogue } from '../../i18n/en.js';
import { formatDate, formatDay, formatList, formatNumber, formatPrice, formatTime } from '../../i18n/format.js';

/** One session pattern: "Tuesdays and Thursdays 10:00–12:00", "Every other Saturday from 09:30". */
export function sessionWords(msg: Catalogue, tag: string, entry: ScheduleEntry): string {
  const names = entry.days.map((day) => formatDay(tag, day));
  let days = '';
  if (entry.frequency === 'once' && entry.date) {
    const [year, month, day] = entry.date.split('-').map(Number) as [number, number, number];
    days = formatDate(tag, new Date(year, month - 1, day), { weekday: true, year: true });
  } else if (names.length > 0) {
    if (entry.frequency === 'weekly')
      days = msg.weekly(
        formatList(
          tag,
          names.map((name) => msg.everyDay(name)),
        ),
      );
    else if (entry.frequency === 'fortnightly') days = msg.fortnightly(formatList(tag, names));
    else if (entry.frequency === 'monthly') days = msg.monthly(formatList(tag, names));
    else days = formatList(tag, names);
  }
  const start = entry.start && formatTime(tag, entry.start);
  const end = entry.end && formatTime(tag, entry.end);
  const time = start ? (end ? msg.timeRange(start, end) : msg.timeFrom(start)) : '';
  const when = [days, time].filter(Boolean).join(' ');
  if (!entry.note) return when;
  // A note alone is the whole schedule ("Most weekday mornings"); beside days and times it is an aside.
  return when ? `${when} (${entry.note})` : entry.note;
}

/** Each session pattern of an activity, in words. */
export function scheduleWords(msg: Catalogue, tag: string, activity: Activity): string[] {
  return activity.schedule.map((entry) => sessionWords(msg, tag, entry)).filter(Boolean);
}

/** "Free", "£3.50", with the feed's note: "£4 (first session free)". Undefined when the feed says nothing. */
export function costWords(msg: Catalogue, tag: string, activity: Activity): string | undefined {
  const { cost } = activity;
  if (!cost) return undefined;
  const price =
    'free' in cost
      ? msg.free
      : cost.from
        ? msg.priceFrom(formatPrice(tag, cost.amount, cost.currency))
        : formatPrice(tag, cost.amount, cost.currency);
  return cost.note ? `${price} (${cost.note})` : price;
}

/** "18 and over", "16 to 25", "All ages" when the feed says so (no limit, or from 0); undefined when it says nothing. */
export function agesWords(msg: Catalogue, tag: string, activity: Activity): string | undefined {
  if (!activity.ages) return undefined;
  const { min, max } = activity.ages;
  const number = (value: number) => formatNumber(tag, value);
  if (min !== undefined && max !== undefined) return msg.agesBetween(number(min), number(max));
  if (min !== undefined && min > 0) return msg.agesFrom(number(min));
  if (max !== undefined) return msg.agesUpTo(number(max));
  return msg.allAges;
}

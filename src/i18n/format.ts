/**
 * Numbers, dates, times, prices, distances, lists and plurals for a locale, all through `Intl`.
 * Pass the BCP 47 tag a LocaleController gives as `intl` (`en-GB` or `cy-GB`). Formatters are
 * made once per locale and options: building them is the slow part of formatting a long list.
 *
 * Format through these helpers rather than `Intl` directly: Chromium has no Welsh dates, units or
 * lists and would answer `cy-GB` in American English, so for Welsh there they use British English
 * patterns with the Welsh words from `welsh-names.ts`.
 */
import { dayCodes, type Day } from '../feed/schema.js';
import { welshDays, welshJoiner, welshMile, welshMonths } from './welsh-names.js';
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat | Intl.PluralRules>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat | Intl.PluralRules>(
  kind: string,
  tag: string,
  options: object,
  make: () => T,
): T {
  const key = `${kind}|${tag}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) cache.set(key, (formatter = make()));
  return formatter;
}

const missing = new Map<string, boolean>();

/** True when `tag` is Welsh and this browser's `Intl` cannot write Welsh dates (asked once per tag). */
function welshMissing(tag: string): boolean {
  let answer = missing.get(tag);
  if (answer === undefined)
    missing.set(
      tag,
      (answer = tag.toLowerCase().startsWith('cy') && !Intl.DateTimeFormat.supportedLocalesOf(tag).length),
    );
  return answer;
}

/** The tag to give `Intl` for patterns (digits, separators, order): British English stands in for missing Welsh. */
function patternTag(tag: string): string {
  return welshMissing(tag) ? 'en-GB' : tag;
}

function numberFormat(tag: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached('number', tag, options, () => new Intl.NumberFormat(tag, options));
}

function dateFormat(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('date', tag, options, () => new Intl.DateTimeFormat(tag, options));
}

/** A whole or decimal number as the locale writes it: `1,250`. */
export function formatNumber(tag: string, value: number): string {
  return numberFormat(patternTag(tag), { maximumFractionDigits: 1 }).format(value);
}

/** A date such as `Wednesday 25 November` (`Dydd Mercher, 25 Tachwedd`); with `year` when asked. */
export function formatDate(
  tag: string,
  date: Date | string,
  options: { weekday?: boolean; year?: boolean } = {},
): string {
  const when = typeof date === 'string' ? new Date(date) : date;
  if (welshMissing(tag)) {
    const weekday = options.weekday ? `${welshDays[(when.getDay() + 6) % 7]}, ` : '';
    return `${weekday}${when.getDate()} ${welshMonths[when.getMonth()]}${options.year ? ` ${when.getFullYear()}` : ''}`;
  }
  const format = dateFormat(tag, {
    day: 'numeric',
    month: 'long',
    ...(options.weekday ? { weekday: 'long' } : {}),
    ...(options.year ? { year: 'numeric' } : {}),
  });
  return format.format(when);
}

/** A clock time written `HH:MM` in a feed, as the locale says it: `10:00`. Unreadable input is returned as it came. */
export function formatTime(tag: string, time: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!match) return time;
  const when = new Date(Date.UTC(2024, 0, 1, Number(match[1]), Number(match[2])));
  return dateFormat(patternTag(tag), { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(when);
}

/** The name of a day of the week: `Monday`, `Dydd Llun`. */
export function formatDay(tag: string, day: Day): string {
  if (welshMissing(tag)) return welshDays[dayCodes.indexOf(day)];
  // 1 January 2024 was a Monday.
  const date = new Date(Date.UTC(2024, 0, 1 + dayCodes.indexOf(day)));
  return dateFormat(tag, { weekday: 'long', timeZone: 'UTC' }).format(date);
}

/** A price: `£3.50`, or `£3` when it is whole. */
export function formatPrice(tag: string, amount: number, currency = 'GBP'): string {
  const whole = Number.isInteger(amount);
  return numberFormat(patternTag(tag), { style: 'currency', currency, minimumFractionDigits: whole ? 0 : 2 }).format(
    amount,
  );
}

/** How a distance is given: miles (what people in the UK use for travel) or kilometres. */
export type DistanceUnit = 'mile' | 'kilometer';

const kmPerMile = 1.609344;

/** A distance given in kilometres, said in `unit`: `2.5 miles`, `0.4 km`; one decimal under 10, whole above. */
export function formatDistance(tag: string, km: number, unit: DistanceUnit = 'mile'): string {
  const value = unit === 'mile' ? km / kmPerMile : km;
  const digits = value < 10 ? 1 : 0;
  if (welshMissing(tag) && unit === 'mile')
    return `${numberFormat('en-GB', { maximumFractionDigits: digits }).format(value)} ${welshMile}`;
  return numberFormat(patternTag(tag), {
    style: 'unit',
    unit,
    unitDisplay: unit === 'mile' ? 'long' : 'short',
    maximumFractionDigits: digits,
  }).format(value);
}

/** Items joined as the locale joins them: `a, b and c` (`disjunction`: `a, b or c`). */
export function formatList(
  tag: string,
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  if (welshMissing(tag) && items.length > 1) {
    const last = items[items.length - 1];
    return `${items.slice(0, -1).join(', ')} ${welshJoiner(type, last)} ${last}`;
  }
  return cached('list', tag, { type }, () => new Intl.ListFormat(tag, { style: 'long', type })).format(items);
}

/** One wording per plural category; Welsh uses all six (zero, one, two, few, many, other). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, (count: string) => string>> & {
  other: (count: string) => string;
};

/**
 * A catalogue entry that picks its wording by the count's plural category, and writes the count
 * as the locale does: `plural('en-GB', { one: (n) => `${n} activity`, other: (n) => `${n} activities` })(3)`
 * gives `3 activities`.
 */
export function plural(tag: string, forms: PluralForms): (count: number) => string {
  return (count) => {
    const rules = cached('plural', tag, {}, () => new Intl.PluralRules(tag));
    const form = forms[rules.select(count)] ?? forms.other;
    return form(formatNumber(tag, count));
  };
}

/**
 * The Linkwork feed, version 1. These schemas are the single source of the feed's types:
 * everything inward of the feed layer trusts the parsed values.
 *
 * Records are validated one by one (see `parse.ts`), so each schema here describes one record.
 * Unknown fields are ignored (zod objects strip them).
 */
import * as z from 'zod/mini';
import { plainText, richText } from './html-text.js';

/**
 * Text that must not be empty once tidied, checked in one step: every check zod runs costs time on a feed
 * of 10,000 activities, so `z.trim()` and `z.minLength(1)` are one check here. The issue is the one
 * `z.minLength(1)` gives ("must not be empty").
 */
function filled(tidy: (text: string) => string) {
  return z.check<string>((payload) => {
    payload.value = tidy(payload.value);
    if (!payload.value)
      payload.issues.push({ code: 'too_small', origin: 'string', minimum: 1, inclusive: true, input: payload.value });
  });
}

/** A check that keeps `tidy(value)` when `test` accepts it, and otherwise says `error`, in one step. */
function accepted(tidy: (text: string) => string, test: (text: string) => boolean, error: string) {
  return z.check<string>((payload) => {
    const value = tidy(payload.value);
    if (test(value)) payload.value = value;
    else payload.issues.push({ code: 'custom', message: error, input: payload.value });
  });
}

const trimmed = (value: string) => value.trim();
/** An id or a code: trimmed, never empty, taken as written. */
const text = z.string().check(filled(trimmed));
const optionalText = z.optional(z.string().check(z.trim()));
/** Words a visitor reads (a title, a name, a note): trimmed, and markup and entities made plain text on one line. */
const tidyWords = (value: string) => plainText(value.trim());
const words = z.string().check(filled(tidyWords));
const optionalWords = z.optional(z.string().check(z.overwrite(tidyWords)));
/** A description: plain text with its paragraphs (`\n\n`) and lines (`\n`), from plain text or HTML. */
const description = z.optional(z.string().check(z.overwrite(richText)));

/** Starts like a link a visitor may follow: only http(s). `z.url()` alone would accept `javascript:`. */
const webScheme = /^https?:\/\//i;
/**
 * Links most feeds hold (`https://host.example.org:8080/any/path?q#f`): every string of this shape is a
 * URL the browser can parse, so most links are accepted without asking the URL parser, which is
 * the slow part of validating a large feed (a URL object per link). Anything else is asked.
 */
const plainWebLink =
  /^https?:\/\/[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*\.[a-z]{2,}(?::[0-9]{1,4})?(?:[/?#]\S*)?$/i;
const tabsAndNewlines = /[\t\n\r]/;
const everyTabAndNewline = /[\t\n\r]/g;

function canParseUrl(text: string): boolean {
  if (typeof URL.canParse === 'function') return URL.canParse(text);
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * A link a visitor may follow: only http(s), and one the browser can parse. Accepts exactly what
 * `z.url({ protocol: /^https?$/ })` accepts (tests/feed/web-link.test.ts compares them), faster.
 */
export const webLink = z.string().check(
  z.check<string>((payload) => {
    const link = payload.value.trim();
    if (webScheme.test(link) && (plainWebLink.test(link) || canParseUrl(link)))
      payload.value = tabsAndNewlines.test(link) ? link.replace(everyTabAndNewline, '') : link;
    else payload.issues.push({ code: 'custom', message: 'must be an http(s) link', input: payload.value });
  }),
);
/**
 * An email address by zod's own pattern, checked as a regex: `z.email()` checks the same pattern but brings its own
 * string-format schema classes into the bundle.
 */
const email = z.string().check(z.regex(z.regexes.email, { error: 'must be an email address' }));
/**
 * A phone number as the publisher wrote it, words and all ("0113 496 0000 (Mon–Fri)"): the widgets call the
 * first number in it. It needs at least six digits and no `tel:` prefix (that is mended, see repair.ts).
 */
const telPrefix = /^tel:/i;
const sixDigits = /\d(?:[\s().-]*\d){5}/;
const phone = z
  .string()
  .check(
    accepted(
      trimmed,
      (text) => text.length <= 100 && !telPrefix.test(text) && sixDigits.test(text),
      'must be a phone number with at least six digits',
    ),
  );

const latitude = z.number().check(z.gte(-90), z.lte(90));
const longitude = z.number().check(z.gte(-180), z.lte(180));
const clockTime = z
  .string()
  .check(z.regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { error: 'must be a 24-hour time such as 09:30' }));

export const dayCodes = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const day = z.enum(dayCodes);

export const category = z.object({ id: text, label: words });

/** A point on the map, with words for it: a network's base. */
export const point = z.object({
  name: optionalWords,
  lat: latitude,
  lng: longitude,
  address: optionalWords,
  postcode: optionalWords,
});

/**
 * Where an activity happens. Coordinates are optional (a venue with only an address or a postcode is still
 * a place to go; it sorts after measured ones), but come as a pair.
 */
export const place = z
  .object({
    name: optionalWords,
    lat: z.optional(latitude),
    lng: z.optional(longitude),
    address: optionalWords,
    postcode: optionalWords,
  })
  .check(
    z.refine((p) => (p.lat === undefined) === (p.lng === undefined), {
      error: 'needs both lat and lng, or neither',
      path: ['lat'],
    }),
  );

const position = z.tuple([longitude, latitude]);
const ring = z.array(position).check(z.minLength(4));
export const polygon = z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).check(z.minLength(1)) });
export const multiPolygon = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(ring).check(z.minLength(1))).check(z.minLength(1)),
});
export const radius = z.object({ radiusKm: z.number().check(z.positive(), z.lte(1000)) });
/** Where a network works: an area, a radius around its location, or the whole country. */
export const coverage = z.union([polygon, multiPolygon, radius, z.literal('national')]);

export const scopes = ['local', 'regional', 'national'] as const;

export const network = z
  .object({
    id: text,
    name: words,
    scope: z.enum(scopes),
    description,
    url: z.optional(webLink),
    email: z.optional(email),
    phone: z.optional(phone),
    location: z.optional(point),
    coverage,
  })
  .check(
    z.refine((n) => !('radiusKm' in Object(n.coverage)) || n.location !== undefined, {
      error: 'a radius coverage needs a location to measure from',
      path: ['coverage'],
    }),
  );

/** A calendar date, `2026-12-08`: a real day of the year, with no time and no zone. */
export const calendarDate = z.string().check(accepted(trimmed, isCalendarDate, 'must be a date such as 2026-12-08'));

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(text: string): boolean {
  if (!isoDate.test(text)) return false;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const dayOfMonth = Number(text.slice(8, 10));
  const date = new Date(Date.UTC(year, month - 1, dayOfMonth));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === dayOfMonth;
}

export const frequencies = ['weekly', 'fortnightly', 'monthly', 'once'] as const;

/** Which week of the month a monthly session meets: 1 to 5, or -1 for the last. */
export const weekOfMonth = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
  z.literal(-1),
]);

/** What a session does on a bank holiday, when the publisher says. */
export const bankHolidayRule = z.enum(['closed', 'open']);

/**
 * When an activity meets. Times are Europe/London wall-clock times.
 * - `weekly`: on each of `days`.
 * - `fortnightly`: on `days` every other week, counted from `date` (a day it meets) when given.
 * - `monthly`: on `days` in the `weeks` of each month (`days: ["tue"], weeks: [1]` is the first Tuesday);
 *   without `weeks`, "monthly" with no set week.
 * - `once`: on `date` (its weekday is also in `days` when known).
 * `validFrom` / `validUntil` bound the run of a regular session (both days included).
 */
export const scheduleEntry = z.object({
  days: z.array(day),
  start: z.optional(clockTime),
  end: z.optional(clockTime),
  frequency: z._default(z.enum(frequencies), 'weekly'),
  date: z.optional(calendarDate),
  weeks: z.optional(z.array(weekOfMonth)),
  validFrom: z.optional(calendarDate),
  validUntil: z.optional(calendarDate),
  bankHolidays: z.optional(bankHolidayRule),
  note: optionalWords,
});

/** An ISO 4217 code such as GBP, in any case (`gbp` is read as GBP). */
export const currencyCode = z.string().check(
  z.overwrite((value) => value.trim().toUpperCase()),
  z.regex(/^[A-Z]{3}$/, { error: 'must be a three-letter currency code such as GBP' }),
);

export const cost = z.union([
  z.object({ free: z.literal(true), note: optionalWords }),
  z.object({
    amount: z.number().check(z.gte(0)),
    currency: z._default(currencyCode, 'GBP'),
    /** The lowest of several prices: shown as "from £3.15". */
    from: z.optional(z.boolean()),
    note: optionalWords,
  }),
]);

export const contact = z.object({
  name: optionalWords,
  phone: z.optional(phone),
  email: z.optional(email),
  url: z.optional(webLink),
});

const age = z.int().check(z.gte(0), z.lte(120));

export const activity = z.object({
  id: text,
  title: words,
  description,
  categories: z._default(z.array(text), []),
  organisation: z.optional(z.object({ name: words, url: z.optional(webLink) })),
  location: z.optional(z.nullable(place)),
  online: z._default(z.boolean(), false),
  schedule: z._default(z.array(scheduleEntry), []),
  cost: z.optional(cost),
  ages: z.optional(z.object({ min: z.optional(age), max: z.optional(age) })),
  accessibility: z._default(z.array(text), []),
  /** How to take part, in the publisher's words: "Drop-in", "Self referral", "Book by phone". */
  howToJoin: optionalWords,
  contact: z.optional(contact),
  url: z.optional(webLink),
  updated: optionalText,
});

export const resourceTypes = ['portal', 'webinar', 'guide', 'network', 'organisation'] as const;
export const audiences = ['cultural-organisations', 'link-workers', 'public'] as const;

export const resource = z.object({
  id: text,
  title: words,
  description,
  url: webLink,
  type: z.enum(resourceTypes),
  audience: z._default(z.array(z.enum(audiences)), []),
  registrationRequired: z._default(z.boolean(), false),
  national: z._default(z.boolean(), false),
});

/**
 * Words a feed adds to the search's vocabulary: what people type, mapped to words and category ids in
 * the feed (`{ "choir": ["singing"], "allotment": ["gardening"] }`).
 */
export const synonyms = z.record(z.string().check(z.trim(), z.minLength(1)), z.array(text));

/** The fields of a feed besides its record lists. */
export const feedHeader = z.object({
  version: z.literal(1),
  title: optionalWords,
  updated: optionalText,
  publisher: z.optional(z.object({ name: words, url: z.optional(webLink) })),
  /** What every session does on bank holidays unless its schedule says otherwise. */
  bankHolidays: z.optional(bankHolidayRule),
  synonyms: z.optional(synonyms),
});

export type Day = z.infer<typeof day>;
export type Category = z.infer<typeof category>;
export type Place = z.infer<typeof place>;
export type Point = z.infer<typeof point>;
/** A place with its coordinates. */
export type LocatedPlace = Place & { lat: number; lng: number };
export type Polygon = z.infer<typeof polygon>;
export type MultiPolygon = z.infer<typeof multiPolygon>;
export type Coverage = z.infer<typeof coverage>;
export type Scope = (typeof scopes)[number];
export type Network = z.infer<typeof network>;
export type ScheduleEntry = z.infer<typeof scheduleEntry>;
export type Frequency = (typeof frequencies)[number];
export type WeekOfMonth = z.infer<typeof weekOfMonth>;
export type BankHolidayRule = z.infer<typeof bankHolidayRule>;
export type Synonyms = z.infer<typeof synonyms>;
export type Cost = z.infer<typeof cost>;
export type Contact = z.infer<typeof contact>;
export type Activity = z.infer<typeof activity>;
export type ResourceType = (typeof resourceTypes)[number];
export type Audience = (typeof audiences)[number];
export type Resource = z.infer<typeof resource>;
export type FeedHeader = z.infer<typeof feedHeader>;

/** A parsed, trusted feed: every record in it passed its schema. */
export interface Feed extends FeedHeader {
  categories: Category[];
  networks: Network[];
  activities: Activity[];
  resources: Resource[];
}

/**
 * A yardstick, never shipped: the feed's rules (src/feed/schema.ts) written as plain functions, with no library, giving
 * the same values and the same issues (code, path, message) as the zod schemas, so parse.ts and salvage.ts can run on
 * it unchanged (bench/harness/plain-parse.mjs bundles parse.ts with this module in place of schema.ts). The feed bench
 * checks that both give the same feed and problems before it times them.
 */
import { plainText, richText } from '../src/feed/html-text.js';
import { audiences, dayCodes, frequencies, resourceTypes, scopes } from '../src/feed/schema.js';

export type { Feed } from '../src/feed/schema.js';

interface Issue {
  code: string;
  path: PropertyKey[];
  message?: string;
  expected?: string;
  origin?: string;
  minimum?: number;
  maximum?: number;
  inclusive?: boolean;
  values?: readonly unknown[];
  format?: string;
  /** Like zod's refinements: an issue that does not stop the object's own checks. */
  continue?: boolean;
}

/** Checks `value`, pushing issues with paths relative to it; returns the tidied value. */
type Rule = (value: unknown, issues: Issue[]) => unknown;

const absent = Symbol('absent');

function typeIssue(issues: Issue[], expected: string): typeof absent {
  issues.push({ code: 'invalid_type', expected, path: [] });
  return absent;
}

/** Issues pushed since `from` get `key` in front of their path. */
function prefix(issues: Issue[], from: number, key: PropertyKey): void {
  for (let i = from; i < issues.length; i++) issues[i]!.path.unshift(key);
}

const aborted = (issues: Issue[], from: number) => {
  for (let i = from; i < issues.length; i++) if (!issues[i]!.continue) return true;
  return false;
};

const string =
  (tidy: (text: string) => string | typeof absent, ...then: ((text: string, issues: Issue[]) => string)[]): Rule =>
  (value, issues) => {
    if (typeof value !== 'string') return typeIssue(issues, 'string');
    const tidied = tidy(value);
    if (tidied === absent) return absent;
    let out = tidied;
    for (const step of then) out = step(out, issues);
    return out;
  };

const trimmed = (text: string) => text.trim();
const tidyWords = (text: string) => plainText(text.trim());
const asWritten = (text: string) => text;

/** Not empty once tidied (zod's too_small, "must not be empty"). */
const filled = (tidy: (text: string) => string) => (text: string, issues: Issue[]) => {
  const out = tidy(text);
  if (!out) issues.push({ code: 'too_small', origin: 'string', minimum: 1, inclusive: true, path: [] });
  return out;
};

const accepted =
  (tidy: (text: string) => string, test: (text: string) => boolean, message: string) =>
  (text: string, issues: Issue[]) => {
    const out = tidy(text);
    if (test(out)) return out;
    issues.push({ code: 'custom', message, path: [] });
    return text;
  };

const matching = (pattern: RegExp, format: string, message?: string) => (text: string, issues: Issue[]) => {
  if (!pattern.test(text))
    issues.push({ code: 'invalid_format', format, ...(message ? { message } : {}), path: [], continue: true });
  return text;
};

const optional =
  (rule: Rule): Rule =>
  (value, issues) =>
    value === undefined ? absent : rule(value, issues);
const withDefault =
  (rule: Rule, fallback: () => unknown): Rule =>
  (value, issues) =>
    value === undefined ? fallback() : rule(value, issues);

const text = string(asWritten, filled(trimmed));
const optionalText = optional(string(trimmed));
const words = string(asWritten, filled(tidyWords));
const optionalWords = optional(string(tidyWords));
const description = optional(string(richText));

const webScheme = /^https?:\/\//i;
const plainWebLink =
  /^https?:\/\/[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*\.[a-z]{2,}(?::[0-9]{1,4})?(?:[/?#]\S*)?$/i;
const webLink = string(
  asWritten,
  accepted(
    (link) => link.trim().replace(/[\t\n\r]/g, ''),
    (link) => webScheme.test(link) && (plainWebLink.test(link) || URL.canParse(link)),
    'must be an http(s) link',
  ),
);
/** zod's email pattern (zod/v4/core/regexes.js), as z.email() checks it. */
const emailPattern =
  /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
const email = string(asWritten, matching(emailPattern, 'email', 'must be an email address'));
const phone = string(
  asWritten,
  accepted(
    trimmed,
    (text) => text.length <= 100 && !/^tel:/i.test(text) && /\d(?:[\s().-]*\d){5}/.test(text),
    'must be a phone number with at least six digits',
  ),
);

function number(min: number, max: number, { above = false, whole = false } = {}): Rule {
  return (value, issues) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return typeIssue(issues, 'number');
    if (whole && !Number.isSafeInteger(value))
      issues.push({ code: 'invalid_type', expected: 'int', path: [], continue: true });
    if (above ? value <= min : value < min)
      issues.push({ code: 'too_small', origin: 'number', minimum: min, inclusive: !above, path: [], continue: true });
    if (value > max)
      issues.push({ code: 'too_big', origin: 'number', maximum: max, inclusive: true, path: [], continue: true });
    return value;
  };
}
const latitude = number(-90, 90);
const longitude = number(-180, 180);
const clockTime = string(
  asWritten,
  matching(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'regex', 'must be a 24-hour time such as 09:30'),
);

function oneOf(values: readonly unknown[]): Rule {
  const set = new Set(values);
  return (value, issues) => {
    if (!set.has(value)) issues.push({ code: 'invalid_value', values, path: [] });
    return value;
  };
}
const literal = (value: unknown) => oneOf([value]);
const boolean: Rule = (value, issues) => (typeof value === 'boolean' ? value : typeIssue(issues, 'boolean'));

function array(item: Rule, minimum = 0): Rule {
  return (value, issues) => {
    if (!Array.isArray(value)) return typeIssue(issues, 'array');
    const start = issues.length;
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const from = issues.length;
      out[i] = item(value[i], issues);
      if (issues.length !== from) prefix(issues, from, i);
    }
    if (!aborted(issues, start) && value.length < minimum)
      issues.push({ code: 'too_small', origin: 'array', minimum, inclusive: true, path: [], continue: true });
    return out;
  };
}

function tuple(items: Rule[]): Rule {
  return (value, issues) => {
    if (!Array.isArray(value)) return typeIssue(issues, 'tuple');
    if (value.length < items.length) {
      issues.push({ code: 'too_small', origin: 'array', minimum: items.length, inclusive: true, path: [] });
      return absent;
    }
    if (value.length > items.length)
      issues.push({ code: 'too_big', origin: 'array', maximum: items.length, inclusive: true, path: [] });
    return items.map((item, i) => {
      const from = issues.length;
      const out = item(value[i], issues);
      if (issues.length !== from) prefix(issues, from, i);
      return out;
    });
  };
}

type Shape = Record<string, Rule>;
/** An object rule that also keeps its fields, as parse.ts reads `feedHeader.shape`. */
type ObjectRule = Rule & { shape: Shape };

function object(shape: Shape, refine?: (out: Record<string, unknown>, issues: Issue[]) => void): ObjectRule {
  const keys = Object.keys(shape);
  const rule: Rule = (value, issues) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return typeIssue(issues, 'object');
    const input = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    const start = issues.length;
    for (const key of keys) {
      const from = issues.length;
      const result = shape[key]!(input[key], issues);
      if (issues.length !== from) prefix(issues, from, key);
      if (result !== absent) out[key] = result;
    }
    if (refine && !aborted(issues, start)) refine(out, issues);
    return out;
  };
  return Object.assign(rule, { shape });
}

function union(options: Rule[]): Rule {
  return (value, issues) => {
    const failed: { out: unknown; own: Issue[] }[] = [];
    for (const option of options) {
      const own: Issue[] = [];
      const out = option(value, own);
      if (!own.length) return out;
      failed.push({ out, own });
    }
    // As zod does: when exactly one form failed only on checks (not on its shape), its issues are the answer.
    const shaped = failed.filter(({ own }) => !aborted(own, 0));
    if (shaped.length === 1) {
      issues.push(...shaped[0]!.own);
      return shaped[0]!.out;
    }
    issues.push({ code: 'invalid_union', path: [] });
    return absent;
  };
}

function record(key: Rule, item: Rule): Rule {
  return (value, issues) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return typeIssue(issues, 'record');
    const out: Record<string, unknown> = {};
    for (const [name, entry] of Object.entries(value)) {
      const keyIssues: Issue[] = [];
      const outKey = key(name, keyIssues);
      if (keyIssues.length) {
        issues.push({ code: 'invalid_key', origin: 'record', path: [name] });
        continue;
      }
      const from = issues.length;
      out[outKey as string] = item(entry, issues);
      if (issues.length !== from) prefix(issues, from, name);
    }
    return out;
  };
}

const day = oneOf(dayCodes);
export const category = object({ id: text, label: words });
const point = object({
  name: optionalWords,
  lat: latitude,
  lng: longitude,
  address: optionalWords,
  postcode: optionalWords,
});
const place = object(
  {
    name: optionalWords,
    lat: optional(latitude),
    lng: optional(longitude),
    address: optionalWords,
    postcode: optionalWords,
  },
  (p, issues) => {
    if ((p.lat === undefined) !== (p.lng === undefined))
      issues.push({ code: 'custom', message: 'needs both lat and lng, or neither', path: ['lat'], continue: true });
  },
);
const ring = array(tuple([longitude, latitude]), 4);
const coverage = union([
  object({ type: literal('Polygon'), coordinates: array(ring, 1) }),
  object({ type: literal('MultiPolygon'), coordinates: array(array(ring, 1), 1) }),
  object({ radiusKm: number(0, 1000, { above: true }) }),
  literal('national'),
]);

export const network = object(
  {
    id: text,
    name: words,
    scope: oneOf(scopes),
    description,
    url: optional(webLink),
    email: optional(email),
    phone: optional(phone),
    location: optional(point),
    coverage,
  },
  (n, issues) => {
    if ('radiusKm' in Object(n.coverage) && n.location === undefined)
      issues.push({
        code: 'custom',
        message: 'a radius coverage needs a location to measure from',
        path: ['coverage'],
        continue: true,
      });
  },
);

function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, dayOfMonth] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, dayOfMonth));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === dayOfMonth;
}
const calendarDate = string(asWritten, accepted(trimmed, isCalendarDate, 'must be a date such as 2026-12-08'));
const bankHolidayRule = oneOf(['closed', 'open']);
const scheduleEntry = object({
  days: array(day),
  start: optional(clockTime),
  end: optional(clockTime),
  frequency: withDefault(oneOf(frequencies), () => 'weekly'),
  date: optional(calendarDate),
  weeks: optional(array(union([1, 2, 3, 4, 5, -1].map(literal)))),
  validFrom: optional(calendarDate),
  validUntil: optional(calendarDate),
  bankHolidays: optional(bankHolidayRule),
  note: optionalWords,
});
const cost = union([
  object({ free: literal(true), note: optionalWords }),
  object({
    amount: number(0, Infinity),
    currency: withDefault(
      string(
        (text) => text.trim().toUpperCase(),
        matching(/^[A-Z]{3}$/, 'regex', 'must be a three-letter currency code such as GBP'),
      ),
      () => 'GBP',
    ),
    from: optional(boolean),
    note: optionalWords,
  }),
]);
const contact = object({ name: optionalWords, phone: optional(phone), email: optional(email), url: optional(webLink) });
const age = number(0, 120, { whole: true });
const list = (rule: Rule) => withDefault(array(rule), () => []);

export const activity = object({
  id: text,
  title: words,
  description,
  categories: list(text),
  organisation: optional(object({ name: words, url: optional(webLink) })),
  location: optional((value, issues) => (value === null ? null : place(value, issues))),
  online: withDefault(boolean, () => false),
  schedule: list(scheduleEntry),
  cost: optional(cost),
  ages: optional(object({ min: optional(age), max: optional(age) })),
  accessibility: list(text),
  howToJoin: optionalWords,
  contact: optional(contact),
  url: optional(webLink),
  updated: optionalText,
});

export const resource = object({
  id: text,
  title: words,
  description,
  url: webLink,
  type: oneOf(resourceTypes),
  audience: list(oneOf(audiences)),
  registrationRequired: withDefault(boolean, () => false),
  national: withDefault(boolean, () => false),
});

const synonyms = record(string(trimmed, filled(asWritten)), array(text));
export const feedHeader = object({
  version: literal(1),
  title: optionalWords,
  updated: optionalText,
  publisher: optional(object({ name: words, url: optional(webLink) })),
  bankHolidays: optional(bankHolidayRule),
  synonyms: optional(synonyms),
});

/** The zod surface parse.ts and salvage.ts use: `safeParse`, and `shape` of the header, each field with `safeParse`. */
function schema(rule: Rule) {
  return {
    safeParse(value: unknown) {
      const issues: Issue[] = [];
      const data = rule(value, issues);
      return issues.length ? { success: false as const, error: { issues } } : { success: true as const, data };
    },
  };
}

for (const parsed of [category, network, activity, resource, feedHeader])
  Object.assign(parsed, schema(parsed), {
    shape: Object.fromEntries(Object.entries(parsed.shape).map(([key, rule]) => [key, schema(rule)])),
  });

/**
 * The feed's JSON Schema, made from its zod schemas at build time (`feedJsonSchema()` in
 * rollup.config.mjs), for publishers who check a feed with a standard validator before they publish it.
 *
 * zod writes types, lengths, enums and regexes itself; the checks written as code (an http(s) link,
 * a phone number, a real date, lat and lng together) are added here as patterns and keywords, so the
 * schema refuses what `parseFeed` refuses: a record without an id, a `javascript:` link. `format`
 * keywords are left out (a validator without format plug-ins would reject the schema); their patterns stay.
 */
import * as z from 'zod/mini';
import { supportedVersion } from '../feed/parse.js';
import {
  activity,
  calendarDate,
  category,
  contact,
  currencyCode,
  feedHeader,
  network,
  place,
  resource,
  webLink,
} from '../feed/schema.js';

type JsonSchema = Record<string, unknown>;

/** Some text that is not only spaces (ids and names are trimmed, then must not be empty). */
const notBlank = '\\S';
/** `https://…` or `http://…`, any case, nothing before the scheme but spaces. */
const httpLink = '^\\s*[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+';
/** At least six digits, and no `tel:` (the parser mends that; a publisher should not write it). */
const phoneNumber = '^(?!\\s*[Tt][Ee][Ll]:).*\\d(?:[\\s().-]*\\d){5}';
/** Three letters, any case (the parser reads `gbp` as GBP). */
const currency = '^\\s*[A-Za-z]{3}\\s*$';
const isoDate = '^\\s*\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])\\s*$';

/** The schemas whose JSON form is completed here, found by identity. */
const patterns = new Map<unknown, JsonSchema>([
  [category.shape.id, { pattern: notBlank }],
  [category.shape.label, { pattern: notBlank }],
  [webLink, { pattern: httpLink }],
  [contact.shape.phone, { pattern: phoneNumber, maxLength: 100 }],
  [calendarDate, { pattern: isoDate }],
  [currencyCode, { pattern: currency }],
]);

const feed = z.object({
  ...feedHeader.shape,
  /** Foreign category labels → category ids, used when Open Referral or OpenActive sources are combined. */
  categoryMap: z.optional(z.record(z.string(), z.string())),
  categories: z.optional(z.array(category)),
  networks: z.optional(z.array(network)),
  activities: z.optional(z.array(activity)),
  resources: z.optional(z.array(resource)),
});

function complete({ zodSchema, jsonSchema }: { zodSchema: unknown; jsonSchema: JsonSchema }): void {
  const inner = (zodSchema as { _zod: { def: { innerType?: unknown } } })._zod.def.innerType;
  Object.assign(jsonSchema, patterns.get(zodSchema) ?? (inner === undefined ? {} : patterns.get(inner)));
  delete jsonSchema.format;
  if (zodSchema === place) {
    // A place's coordinates come as a pair.
    jsonSchema.dependentRequired = { lat: ['lng'], lng: ['lat'] };
  }
  if (zodSchema === network) {
    // A radius is measured from the network's location.
    const radius = { type: 'object', properties: { radiusKm: {} }, required: ['radiusKm'] };
    jsonSchema.if = { properties: { coverage: radius }, required: ['coverage'] };
    jsonSchema.then = { properties: { location: {} }, required: ['location'] };
  }
}

/** The JSON Schema of a Linkwork feed, with `id` as its `$id`. */
export function feedJsonSchema(id: string): JsonSchema {
  const schema = z.toJSONSchema(feed, {
    target: 'draft-2020-12',
    io: 'input',
    reused: 'inline',
    override: complete as never,
  }) as JsonSchema;
  return {
    $schema: schema.$schema,
    $id: id,
    title: `Linkwork feed, version ${supportedVersion}`,
    description:
      'One JSON file of categories, networks, activities and resources for the Linkwork widgets. Fields not listed here are ignored.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}

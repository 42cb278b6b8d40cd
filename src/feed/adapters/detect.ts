/**
 * Which standard a feed follows: given by the publisher (`format`), or told from its first page.
 * A format that does not match what arrived is an error that says what the feed looks like instead.
 */
import { FeedError } from '../errors.js';
import { record } from './read.js';

export const feedFormats = ['linkwork', 'openreferral', 'openactive'] as const;
export type FeedFormat = (typeof feedFormats)[number];

const names: Record<FeedFormat, string> = {
  linkwork: 'a Linkwork feed',
  openreferral: 'an Open Referral UK services API',
  openactive: 'an OpenActive RPDE feed',
};

const signs: Record<FeedFormat, string> = {
  linkwork: '"version": 1 and lists such as "activities"',
  openreferral: '"contents" with "total_items", or "content" with "totalElements"',
  openactive: '"items" and "next"',
};

function looksLikeLinkwork(json: unknown): boolean {
  const feed = record(json);
  return (
    !!feed && ('version' in feed || ['activities', 'networks', 'resources'].some((key) => Array.isArray(feed[key])))
  );
}

/**
 * Fields only an ORUK service has (any one is enough: list views of real directories are sparse). The signs of
 * each format are kept here, apart from the adapters, so that telling a Linkwork feed loads no adapter.
 */
const serviceFields = [
  'service_at_locations',
  'regular_schedules',
  'schedules',
  'organization',
  'service_taxonomys',
  'eligibilitys',
  'cost_options',
  'attending_type',
  'attending_access',
  'deliverable_type',
  'fees',
  'fees_description',
  'service_areas',
  'attributes',
];
const isService = (item: unknown) => {
  const service = record(item);
  return !!service && serviceFields.some((field) => field in service);
};

/**
 * Whether JSON looks like an ORUK services list of either shape. The older shape's envelope (`content`,
 * `totalElements`) is any Spring API's page, so its records must look like services too; a bare list needs
 * one record that does (a service without an organisation does not make the list something else).
 */
function looksLikeOpenReferral(json: unknown): boolean {
  const page = record(json);
  if (page)
    return (
      (Array.isArray(page.contents) && ('total_items' in page || 'page_number' in page || 'total_pages' in page)) ||
      (Array.isArray(page.content) &&
        ('totalElements' in page || 'number' in page || 'totalPages' in page) &&
        (page.content.length === 0 || page.content.some(isService)))
    );
  return Array.isArray(json) && json.some(isService);
}

function looksLikeOpenActive(json: unknown): boolean {
  const page = record(json);
  if (!page || !Array.isArray(page.items)) return false;
  return typeof page.next === 'string' || page.items.some((item) => record(item) && 'state' in item && 'kind' in item);
}

const tests: Record<FeedFormat, (json: unknown) => boolean> = {
  linkwork: looksLikeLinkwork,
  openreferral: looksLikeOpenReferral,
  openactive: looksLikeOpenActive,
};

export function detectFormat(json: unknown): FeedFormat | undefined {
  return feedFormats.find((format) => tests[format](json));
}

export function isFeedFormat(value: unknown): value is FeedFormat {
  return feedFormats.includes(value as FeedFormat);
}

/** The format to read `json` with; throws a FeedError a webmaster can act on when it cannot be read. */
export function chooseFormat(json: unknown, url: string, given?: string): FeedFormat {
  if (given !== undefined && !isFeedFormat(given)) {
    throw new FeedError(
      'invalid',
      `format="${given}" is not a format Linkwork reads; use ${feedFormats.map((f) => `"${f}"`).join(', ')}, or leave it out.`,
    );
  }
  const detected = detectFormat(json);
  if (given) {
    if (tests[given](json)) return given;
    const instead = detected
      ? `it looks like ${names[detected]} (format="${detected}")`
      : `it has none of ${signs[given]}`;
    throw new FeedError('invalid', `${url} was given as format="${given}" (${names[given]}), but ${instead}.`);
  }
  if (detected) return detected;
  throw new FeedError(
    'invalid',
    `Linkwork cannot tell what kind of feed ${url} is: it is not ${names.linkwork} (${signs.linkwork}), ${names.openreferral} (${signs.openreferral}) or ${names.openactive} (${signs.openactive}).`,
  );
}

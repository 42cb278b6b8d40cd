/**
 * Which standard a feed follows: given by the publisher (`format`), or told from its first page.
 * A format that does not match what arrived is an error that says what the feed looks like instead.
 */
import { FeedError } from '../errors.js';
import { looksLikeOpenActive } from './openactive.js';
import { looksLikeOpenReferral } from './openreferral.js';
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

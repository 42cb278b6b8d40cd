/**
 * The command line in words. A harvest: `--from [format:]URL|FILE` (repeatable), `--out FILE`,
 * `--max-pages N`, `--timeout S`, `--category-map FILE`, `--lang en|cy`, `--partial`, `--incremental`, `--geocode`,
 * `--allow-private`, `--max-bytes SIZE`. A check: `check [format:]URL|FILE…` with `--json`. And `--help`,
 * `--version`. A mistake becomes a {@link UsageError} that says how to fix it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { CategoryMap } from '../feed/adapters/categories.js';
import { feedFormats, isFeedFormat } from '../feed/adapters/detect.js';
import { defaultMaxPages } from '../feed/adapters/paging.js';
import { defaultLoadOptions } from '../feed/load.js';
import type { FeedSourceSpec } from '../feed/sources.js';
import { defaultGeocoder } from './geocode.js';
import { formatBytes } from './guard.js';

export interface HarvestRequest {
  sources: FeedSourceSpec[];
  /** The file the Linkwork feed is written to. */
  out: string;
  /** Pages read at most from each paged source. */
  maxPages: number;
  /** Seconds to wait for each page. */
  timeoutSeconds: number;
  /** The publisher's own mapping of foreign category labels to Linkwork category ids. */
  categoryMap: CategoryMap;
  /** The language of the built-in category names. */
  lang: Language;
  /** Write what was read even when a source failed or stopped on a bad page. */
  partial: boolean;
  /** Read only the services changed since `out` was written (`modified_after`) and merge them into it. */
  incremental: boolean;
  /** Fill in coordinates from postcodes: the geocoder's base address, and a file to keep its answers in. */
  geocode?: { url: string; cacheFile?: string };
  /** Fetch from loopback, link-local and private addresses too. */
  allowPrivate: boolean;
  /** Stop reading after this many bytes in all. */
  maxBytes: number;
}

export const defaultMaxBytes = 500_000_000;

export const languages = ['en', 'cy'] as const;
export type Language = (typeof languages)[number];

/** What `check` reads: the harvest's reading options, without a file to write. */
export type CheckRequest = Omit<HarvestRequest, 'out' | 'partial' | 'geocode' | 'incremental'> & {
  /** Print the report as JSON, for CI. */
  json: boolean;
};

export type Command =
  | { action: 'help' }
  | { action: 'version' }
  | { action: 'harvest'; request: HarvestRequest }
  | { action: 'check'; request: CheckRequest };

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function parseCommand(args: readonly string[]): Command {
  const checking = args[0] === 'check';
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: checking ? args.slice(1) : [...args],
      allowPositionals: checking,
      options: {
        from: { type: 'string', multiple: true },
        out: { type: 'string', short: 'o' },
        'max-pages': { type: 'string' },
        timeout: { type: 'string' },
        'category-map': { type: 'string' },
        lang: { type: 'string' },
        partial: { type: 'boolean' },
        incremental: { type: 'boolean' },
        geocode: { type: 'boolean' },
        geocoder: { type: 'string' },
        'geocode-cache': { type: 'string' },
        'allow-private': { type: 'boolean' },
        'max-bytes': { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/, '.'));
  }
  if (values.help) return { action: 'help' };
  if (values.version) return { action: 'version' };
  const reading = {
    maxPages: positive(values['max-pages'], '--max-pages', defaultMaxPages, true),
    timeoutSeconds: positive(values.timeout, '--timeout', defaultLoadOptions.timeoutMs / 1000, false),
    categoryMap: values['category-map'] === undefined ? {} : categoryMapIn(values['category-map']),
    lang: languageOf(values.lang ?? 'en'),
    allowPrivate: values['allow-private'] ?? false,
    maxBytes: values['max-bytes'] === undefined ? defaultMaxBytes : bytesOf(values['max-bytes']),
  };
  if (checking) {
    if (!positionals.length)
      throw new UsageError('Say what to check: linkwork-feed check feed.json (a file or a URL).');
    for (const option of ['from', 'out', 'partial', 'incremental', 'geocode', 'geocoder', 'geocode-cache'] as const) {
      if (values[option] !== undefined) throw new UsageError(`check only reads: --${option} is for a harvest.`);
    }
    return {
      action: 'check',
      request: {
        sources: positionals.map((value) => sourceOf(value, 'check')),
        ...reading,
        json: values.json ?? false,
      },
    };
  }
  if (values.json) throw new UsageError('--json is for check: linkwork-feed check feed.json --json');
  if (!values.from?.length)
    throw new UsageError(
      'Say where to read from: --from openreferral:URL, --from openactive:URL or --from linkwork:URL (several --from are combined).',
    );
  if (!values.out) throw new UsageError('Say where to write the feed: --out feed.json');
  const request: HarvestRequest = {
    sources: values.from.map((value) => sourceOf(value, '--from')),
    out: values.out,
    ...reading,
    partial: values.partial ?? false,
    incremental: values.incremental ?? false,
    ...(values.geocode || values.geocoder || values['geocode-cache']
      ? {
          geocode: {
            url: values.geocoder === undefined ? defaultGeocoder : webAddress(values.geocoder, '--geocoder'),
            ...(values['geocode-cache'] ? { cacheFile: values['geocode-cache'] } : {}),
          },
        }
      : {}),
  };
  return { action: 'harvest', request };
}

function webAddress(value: string, name: string): string {
  if (!/^https?:\/\/./i.test(value) || !URL.canParse(value))
    throw new UsageError(`${name} ${value}: give an http(s) address.`);
  return value;
}

const byteUnits: Record<string, number> = { '': 1, b: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12 };

/** `500MB`, `2 GB`, `750kb`, `1000000`. */
function bytesOf(value: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?b?)\s*$/i.exec(value);
  const bytes = match ? Number(match[1]) * byteUnits[match[2]!.toLowerCase()]! : NaN;
  if (!Number.isFinite(bytes) || bytes < 1)
    throw new UsageError(`--max-bytes ${value}: give a size such as 500MB, 2GB or a number of bytes.`);
  return Math.floor(bytes);
}

/**
 * `openreferral:https://…`, `openactive:https://…`, `linkwork:https://…`, or a bare URL (format told from its
 * first page); a file in place of the URL is read as a `file:` URL (see guard.ts).
 */
function sourceOf(value: string, name: string): FeedSourceSpec {
  const prefix = /^([a-z-]{2,}):(?!\/\/)(.*)$/i.exec(value);
  if (prefix && !isFeedFormat(prefix[1])) {
    throw new UsageError(
      `${name} ${value}: "${prefix[1]}" is not a format linkwork-feed reads; use ${feedFormats.map((f) => `${f}:URL`).join(', ')}, or a URL alone.`,
    );
  }
  const given = prefix ? prefix[2]! : value;
  const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(given)
    ? given
    : pathToFileURL(resolve(given)).href.replaceAll('%7Bpage%7D', '{page}');
  if (!/^(https?:\/\/.|file:)/i.test(url) || !URL.canParse(url))
    throw new UsageError(`${name} ${value}: "${given}" is not an http(s) address or a file.`);
  return prefix ? { url, format: prefix[1] } : { url };
}

function positive(value: string | undefined, name: string, fallback: number, whole: boolean): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!value.trim() || !Number.isFinite(number) || number <= 0 || (whole && !Number.isInteger(number))) {
    throw new UsageError(`${name} ${value}: give a ${whole ? 'whole number' : 'number'} greater than 0.`);
  }
  return number;
}

/** A JSON file of `{ "foreign label": "category-id" }`. */
function categoryMapIn(path: string): CategoryMap {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const why =
      error instanceof SyntaxError ? 'it is not JSON' : ((error as NodeJS.ErrnoException).code ?? String(error));
    throw new UsageError(`--category-map ${path} could not be read (${why}).`);
  }
  const entries = typeof json === 'object' && json !== null && !Array.isArray(json) ? Object.entries(json) : [];
  if (!entries.length || entries.some(([, id]) => typeof id !== 'string' || !id.trim())) {
    throw new UsageError(
      `--category-map ${path} must be a JSON object of foreign labels and category ids, such as { "Arts / Crafts": "arts" }.`,
    );
  }
  return Object.fromEntries(entries) as CategoryMap;
}

function languageOf(value: string): Language {
  if (languages.includes(value as Language)) return value as Language;
  throw new UsageError(`--lang ${value}: the built-in category names are in ${languages.join(' and ')}.`);
}

export const help = `linkwork-feed: harvest Open Referral UK and OpenActive data into one Linkwork feed

Usage:
  npx linkwork-feed --from [FORMAT:]URL|FILE [--from …] --out FILE [options]
  npx linkwork-feed check [FORMAT:]URL|FILE … [--json] [options]

Sources (give --from once for each; they are combined in the order given; a file works wherever a URL does):
  --from openreferral:URL   an Open Referral UK services API (ORUK 3.0 or older); pages are read
                            one after another (?page=N, or {page} in the URL)
  --from openactive:URL     an OpenActive RPDE feed; "next" links are followed to the end
  --from linkwork:URL       a Linkwork feed (its categories and categoryMap guide the mapping)
  --from URL                any of the above, told from its first page

Options:
  -o, --out FILE            where to write the Linkwork feed (written only when the harvest succeeds; its
                            folder is made when missing). When nothing but the time would change, the file
                            is left as it was, "updated" and all, so a "commit if changed" job stays quiet
  --max-pages N             read at most N pages from each source (default ${defaultMaxPages})
  --timeout S               give up on a page after S seconds (default ${defaultLoadOptions.timeoutMs / 1000}); network errors
                            and 5xx/429 answers are tried ${defaultLoadOptions.retries} more times
  --category-map FILE       a JSON object of your own category mapping, such as
                            { "Arts / Crafts": "arts", "Men's Sheds": "befriending" }; it wins over the
                            built-in words and over a categoryMap in a Linkwork source
  --lang en|cy              the language of the built-in category names (default en; cy: Welsh)
  --partial                 write what was read even when a source failed or stopped on a bad page
  --incremental             refresh the feed in --out with only the services changed since its "updated"
                            time (ORUK 3.0 modified_after): a changed service replaces its record, one
                            withdrawn or past mending leaves, the rest stay. Every source must be given as
                            openreferral:URL and take modified_after (its openapi document says, or a try
                            shows); otherwise, or when --out holds no feed yet, the harvest is a full one
  --geocode                 fill in coordinates for places that have only a postcode, from postcodes.io
                            (100 postcodes a request; each postcode asked once)
  --geocoder URL            a service with postcodes.io's bulk API to ask instead (implies --geocode)
  --geocode-cache FILE      keep the postcodes looked up in FILE and reuse them next time (implies --geocode)
  --allow-private           also fetch from loopback, link-local and private addresses (refused by default,
                            so a harvest run on a server cannot be turned against its own network)
  --max-bytes SIZE          stop reading after SIZE in all, such as 200MB or 2GB (default ${formatBytes(defaultMaxBytes)})
  -h, --help                show this help
  -v, --version             show the version

Checking a feed before you publish it:
  check SOURCE …            read each source as a harvest would, write nothing, and list every record that
                            would be dropped and every field that would be mended or removed, in words
  --json                    print that report as JSON, for a CI job to read
  check exits 0 when there is no problem, 3 when there are problems (listed), 1 when a source could not
  be read, 2 when the command line is wrong

Records are validated like <lw-feed> validates them: a field that is clearly meant is mended (a link
without https://, an email with a trailing dot), one that stays broken is removed, and a record is dropped
only without an id or a name; every change is reported. Descriptions written in HTML become plain text.
The same activity from two sources (same id, or same name within 100 m) is written once. OpenActive
sessions join their series from any --from; items whose dates are all past are left out and counted.

Exit codes of a harvest:
  0  the feed was written and every source was read in full
  1  nothing was written: no source could be read, a source failed part-way (see --partial),
     no activity could be converted, or the file could not be written
  2  the command line is wrong
  3  with --partial: the feed was written, but some source failed part-way
`;

/**
 * The command line in words: `--from [format:]URL` (repeatable), `--out FILE`, `--max-pages N`,
 * `--timeout S`, `--category-map FILE`, `--lang en|cy`, `--partial`, `--help`. A mistake becomes a
 * {@link UsageError} that says how to fix it.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { CategoryMap } from '../feed/adapters/categories.js';
import { feedFormats, isFeedFormat } from '../feed/adapters/detect.js';
import { defaultMaxPages } from '../feed/adapters/paging.js';
import { defaultLoadOptions } from '../feed/load.js';
import type { FeedSourceSpec } from '../feed/sources.js';

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
}

export const languages = ['en', 'cy'] as const;
export type Language = (typeof languages)[number];

export type Command = { help: true } | ({ help: false } & HarvestRequest);

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function parseCommand(args: readonly string[]): Command {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        from: { type: 'string', multiple: true },
        out: { type: 'string', short: 'o' },
        'max-pages': { type: 'string' },
        timeout: { type: 'string' },
        'category-map': { type: 'string' },
        lang: { type: 'string' },
        partial: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/, '.'));
  }
  if (values.help) return { help: true };
  if (!values.from?.length)
    throw new UsageError(
      'Say where to read from: --from openreferral:URL, --from openactive:URL or --from linkwork:URL (several --from are combined).',
    );
  if (!values.out) throw new UsageError('Say where to write the feed: --out feed.json');
  return {
    help: false,
    sources: values.from.map(sourceOf),
    out: values.out,
    maxPages: positive(values['max-pages'], '--max-pages', defaultMaxPages, true),
    timeoutSeconds: positive(values.timeout, '--timeout', defaultLoadOptions.timeoutMs / 1000, false),
    categoryMap: values['category-map'] === undefined ? {} : categoryMapIn(values['category-map']),
    lang: languageOf(values.lang ?? 'en'),
    partial: values.partial ?? false,
  };
}

/** `openreferral:https://…`, `openactive:https://…`, `linkwork:https://…`, or a bare URL (format told from its first page). */
function sourceOf(value: string): FeedSourceSpec {
  const prefix = /^([a-z-]+):(?!\/\/)(.*)$/i.exec(value);
  if (prefix && !isFeedFormat(prefix[1])) {
    throw new UsageError(
      `--from ${value}: "${prefix[1]}" is not a format linkwork-feed reads; use ${feedFormats.map((f) => `${f}:URL`).join(', ')}, or a URL alone.`,
    );
  }
  const url = prefix ? prefix[2]! : value;
  if (!/^https?:\/\/./i.test(url) || !URL.canParse(url))
    throw new UsageError(`--from ${value}: "${url}" is not an http(s) address.`);
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
  npx linkwork-feed --from [FORMAT:]URL [--from [FORMAT:]URL …] --out FILE [options]

Sources (give --from once for each; they are combined in the order given):
  --from openreferral:URL   an Open Referral UK services API (ORUK 3.0 or older); pages are read
                            one after another (?page=N, or {page} in the URL)
  --from openactive:URL     an OpenActive RPDE feed; "next" links are followed to the end
  --from linkwork:URL       a Linkwork feed (its categories and categoryMap guide the mapping)
  --from URL                any of the above, told from its first page

Options:
  -o, --out FILE            where to write the Linkwork feed (written only when the harvest succeeds)
  --max-pages N             read at most N pages from each source (default ${defaultMaxPages})
  --timeout S               give up on a page after S seconds (default ${defaultLoadOptions.timeoutMs / 1000}); network errors
                            and 5xx/429 answers are tried ${defaultLoadOptions.retries} more times
  --category-map FILE       a JSON object of your own category mapping, such as
                            { "Arts / Crafts": "arts", "Men's Sheds": "befriending" }; it wins over the
                            built-in words and over a categoryMap in a Linkwork source
  --lang en|cy              the language of the built-in category names (default en; cy: Welsh)
  --partial                 write what was read even when a source failed or stopped on a bad page
  -h, --help                show this help

Records are validated like <lw-feed> validates them: a bad record is dropped and reported, the rest kept.
The same activity from two sources (same id, or same name within 100 m) is written once.

Exit codes:
  0  the feed was written and every source was read in full
  1  nothing was written: no source could be read, a source failed part-way (see --partial),
     no activity could be converted, or the file could not be written
  2  the command line is wrong
  3  with --partial: the feed was written, but some source failed part-way
`;

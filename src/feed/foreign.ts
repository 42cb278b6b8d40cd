/**
 * The part of {@link loadSources} that reads other formats: an Open Referral UK API's or an OpenActive RPDE
 * feed's pages, converted into Linkwork records (their categories mapped) and validated with the feed schema.
 * Loaded only when a source turns out to be in one of these formats.
 */
import { adapters as english } from '../i18n/en/adapters.js';
import { builtInLabels, CategoryMapper, type CategoryMap } from './adapters/categories.js';
import { emptyConversion, type Conversion } from './adapters/conversion.js';
import { ukToday } from './adapters/dates.js';
import { convertRpde, readRpdePage, RpdeCollector, type RpdePage } from './adapters/openactive.js';
import { convertServices, readOpenReferralPage, type OpenReferralPage } from './adapters/openreferral.js';
import { readOpenReferralPages, readRpdePages, type Paged } from './adapters/paging.js';
import { record } from './adapters/read.js';
import { saveCachedFeed } from './cache.js';
import type { ParsedFeed } from './parse.js';
import type { Fetched, SourceReport, SourcesOptions } from './sources.js';
import { validate } from './validate.js';

export type ForeignSource =
  { kind: 'openreferral'; paged: Paged<OpenReferralPage> } | { kind: 'openactive'; paged: Paged<RpdePage> };

/** Reads the pages after `first` of a source in `format`; `firstUrl` is the address `first` came from. */
export async function readForeignPages(
  format: ForeignSource['kind'],
  url: string,
  firstUrl: string,
  first: unknown,
  options: SourcesOptions,
): Promise<ForeignSource> {
  if (format === 'openreferral')
    return { kind: format, paged: await readOpenReferralPages(url, readOpenReferralPage(first)!, options) };
  return { kind: format, paged: await readRpdePages(firstUrl, readRpdePage(first)!, options) };
}

/**
 * Converts every foreign source in `fetched` into `parsed[i]` and fills in its report. Categories the Linkwork
 * sources already have (and their category maps) guide the mapping of foreign labels.
 */
export function convertForeign(
  fetched: readonly Fetched[],
  parsed: ((ParsedFeed & { origins?: number[] }) | undefined)[],
  reports: SourceReport[],
  options: SourcesOptions & { urls: readonly string[] },
): void {
  const known = parsed.flatMap((p) => p?.feed.categories ?? []);
  const feedMaps = fetched.map((f) => (f.kind === 'feed' ? categoryMapIn(f.json) : {}));
  const map = Object.assign({}, ...feedMaps, options.categoryMap) as CategoryMap;
  const labels = builtInLabels(options.categoryNames ?? english);
  // Every OpenActive source is read before any is converted: sessions join series from any of them.
  const mapper = () => new CategoryMapper({ map, known, labels });
  const openActiveCategories = mapper();
  const conversions = fetched.map((f) =>
    f.kind === 'openreferral' || f.kind === 'openactive' ? readForeign(f, mapper, openActiveCategories) : undefined,
  );
  const collectors = conversions.flatMap((c) => (c?.collector ? [c.collector] : []));
  if (collectors.length) convertRpde(collectors, openActiveCategories, options.today ?? ukToday());
  fetched.forEach((f, i) => {
    const report = reports[i]!;
    const conversion = conversions[i];
    if ((f.kind !== 'openreferral' && f.kind !== 'openactive') || !conversion) return;
    Object.assign(report, {
      format: f.kind,
      pages: f.paged.pages.length,
      stop: f.paged.stop,
      warnings: f.paged.warnings,
      read: conversion.conversion.read,
      deleted: conversion.conversion.deleted,
      merged: conversion.conversion.merged,
      ended: conversion.conversion.ended,
    });
    parsed[i] = validate(conversion.conversion, conversion.categories.categories);
    if (!report.stop && options.cache !== false) void saveCachedFeed(options.urls[i]!, parsed[i]!.feed);
  });
}

function categoryMapIn(json: unknown): CategoryMap {
  const map = record(record(json)?.categoryMap) ?? {};
  return Object.fromEntries(
    Object.entries(map).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/** Converts an Open Referral UK source; collects an OpenActive one's items for {@link convertRpde}. */
function readForeign(
  fetched: Extract<Fetched, { kind: 'openreferral' | 'openactive' }>,
  mapper: () => CategoryMapper,
  openActiveCategories: CategoryMapper,
): { conversion: Conversion; categories: CategoryMapper; collector?: RpdeCollector } {
  const conversion = emptyConversion();
  if (fetched.kind === 'openactive') {
    const collector = new RpdeCollector(conversion);
    fetched.paged.pages.forEach((page) => collector.add(page));
    return { conversion, categories: openActiveCategories, collector };
  }
  const categories = mapper();
  let offset = 0;
  for (const page of fetched.paged.pages) {
    convertServices(page.services, offset, categories, conversion);
    offset += page.services.length;
  }
  return { conversion, categories };
}

/**
 * The report printed after a harvest: for each source, records read, converted and dropped (each with
 * its reason), fields mended or removed, warnings, where reading stopped; then the totals, what
 * `--geocode` did, and what was written.
 */
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Problem } from '../feed/parse.js';
import type { SourceReport } from '../feed/sources.js';
import type { GeocodeReport } from './geocode.js';
import { formatBytes } from './guard.js';
import type { Harvest } from './harvest.js';
import type { IncrementalReport } from './incremental.js';

/** Field changes listed per source; the rest are counted (a council's list can have thousands). */
export const fieldLinesShown = 20;

const number = new Intl.NumberFormat('en-GB');
export const count = (n: number, one: string, many = `${one}s`) => `${number.format(n)} ${n === 1 ? one : many}`;

/** What one foreign record is called in that source's format. */
const recordName: Record<string, string> = { openreferral: 'service', openactive: 'item' };

export function reportText(
  { loaded, outcome, feed, bytes, bytesRead, geocoded, unchangedSince, incremental }: Harvest,
  out: string,
): string {
  const lines = loaded.sources.flatMap((source) => sourceLines(source));
  const sum = (of: (source: SourceReport) => number) => loaded.sources.reduce((total, source) => total + of(source), 0);
  const duplicates = sum((source) => source.duplicates);
  const fields = sum((source) => source.fields.length);
  lines.push(
    `Total: ${count(
      sum((source) => source.read),
      'record',
    )} read from ${count(loaded.sources.length, 'source')}, ` +
      `${number.format(sum((source) => source.dropped.length) - duplicates)} dropped${duplicates ? `, ${count(duplicates, 'duplicate')} written once` : ''}, ` +
      `${fields ? `${count(fields, 'field')} mended or removed` : 'no field changed'}${bytesRead ? ` (${formatBytes(bytesRead)} read)` : ''}. ` +
      `The feed has ${count(feed.activities.length, 'activity', 'activities')}, ${count(feed.networks.length, 'network')}, ${count(feed.resources.length, 'resource')} and ${count(feed.categories.length, 'category', 'categories')}.`,
  );
  if (incremental) lines.push(incrementalLine(incremental, out));
  if (geocoded) lines.push(...geocodeLines(geocoded));
  const size = `${number.format(Math.ceil(bytes / 1024))} KB`;
  const written = {
    complete: `Wrote ${out} (${size}).`,
    partial: `Wrote ${out} (${size}) with what was read, though some sources are incomplete (--partial).`,
    incomplete: `${out} was not written, because a source failed part-way and the feed would be incomplete. Run again later, or add --partial to write what was read.`,
    empty: `${out} was not written: no record could be converted.`,
  }[outcome];
  lines.push(
    unchangedSince ? `${out} already holds this feed (updated ${unchangedSince}), so it was left as it was.` : written,
  );
  return `${lines.join('\n')}\n`;
}

/** What `--incremental` did: the changes merged into `out`, or why it read everything. */
function incrementalLine({ since, full, changed = 0, removed = 0, kept = 0 }: IncrementalReport, out: string): string {
  if (full) return `Read in full, not incrementally: ${full}.`;
  return `Incremental: ${count(changed, 'service')} changed since ${since} (${count(removed, 'record')} removed), ${count(kept, 'activity', 'activities')} kept from ${out} as they were.`;
}

/** A source as the person who named it knows it: a file by its path, anything else by its URL. */
export function shownSource(url: string): string {
  if (!url.startsWith('file:')) return url;
  const path = fileURLToPath(url);
  const inside = relative(process.cwd(), path);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
}

/** What became of one source; `shown` field changes at most (the rest are counted). */
export function sourceLines(source: SourceReport, shown = fieldLinesShown): string[] {
  const name = shownSource(source.url);
  if (!source.format) return [name, `  could not be read: ${source.error?.message ?? 'unknown error'}`, ''];
  const head = `${source.format} ${name}`;
  const alsoRead = [
    source.deleted ? `${number.format(source.deleted)} deleted by a later item` : '',
    source.merged
      ? `${count(source.merged, 'session')} merged into ${source.merged === 1 ? 'its series' : 'their series'}`
      : '',
    source.ended ? `${number.format(source.ended)} ended before today, left out` : '',
  ].filter(Boolean);
  const duplicates = source.duplicates
    ? ` (${number.format(source.duplicates)} already in an earlier source, written once)`
    : '';
  const lines = [
    head,
    `  ${count(source.pages, 'page')}, ${count(source.read, 'record')} read${alsoRead.length ? ` (and ${alsoRead.join('; ')})` : ''}: ` +
      `${number.format(source.converted)} converted${duplicates}, ${number.format(source.dropped.length - source.duplicates)} dropped` +
      (source.fields.length ? `, ${count(source.fields.length, 'field')} mended or removed` : ''),
  ];
  const record = recordName[source.format] ?? 'record';
  for (const problem of source.dropped) lines.push(`  - ${where(problem, record)}: ${problem.reason}`);
  for (const problem of source.fields.slice(0, shown)) lines.push(`  ~ ${where(problem, record)}: ${problem.reason}`);
  if (source.fields.length > shown) lines.push(`  ~ and ${count(source.fields.length - shown, 'more field change')}`);
  for (const warning of source.warnings) lines.push(`  ! ${warning}`);
  if (source.stop) lines.push(`  ${stopped(source)}`);
  lines.push('');
  return lines;
}

function geocodeLines(report: GeocodeReport): string[] {
  if (!report.places) return ['Geocoding: every place with a postcode already had coordinates.'];
  const lines = [
    `Geocoding: ${report.located} of ${count(report.places, 'place')} without coordinates located from ${count(report.postcodes, 'postcode')} ` +
      `(${count(report.requests, 'request')}${report.fromCache ? `, ${number.format(report.fromCache)} from the cache` : ''}).`,
  ];
  if (report.notFound.length)
    lines.push(`  ${count(report.notFound.length, 'postcode')} not found: ${report.notFound.join(', ')}`);
  for (const problem of report.problems) lines.push(`  - ${where(problem, 'activity')}: ${problem.reason}`);
  if (report.error) lines.push(`  stopped: ${report.error.message}`);
  return lines;
}

function where(problem: Problem, name: string): string {
  const what =
    problem.collection === 'feed'
      ? 'the feed'
      : name === 'record'
        ? problem.collection.replace(/ies$/, 'y').replace(/s$/, '')
        : name;
  const position = problem.index >= 0 ? ` ${problem.index + 1}` : '';
  return `${what}${position}${problem.id ? ` "${problem.id}"` : ''}`;
}

function stopped({ stop }: SourceReport): string {
  const pages = stop!.page - 1;
  const kept =
    pages === 0 ? 'nothing was read from it' : pages === 1 ? 'page 1 was read' : `pages 1–${pages} were read`;
  if (!stop!.error) return `stopped at the page limit (--max-pages ${pages}): ${kept}, later pages were not.`;
  return `stopped: page ${stop!.page} could not be read (${stop!.error.message.replace(/\.$/, '')}); ${kept}.`;
}

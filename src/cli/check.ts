/**
 * `linkwork-feed check SOURCE…`: reads each source exactly as a harvest (and `<lw-feed>`) would and writes
 * nothing; says what would be dropped or mended, in words or (`--json`) for a CI job.
 * The exit code says how it went: 0 no problem, 3 problems, 1 a source could not be read.
 */
import type { Problem } from '../feed/parse.js';
import type { SourceReport } from '../feed/sources.js';
import type { CheckRequest } from './arguments.js';
import { read } from './harvest.js';
import { count, shownSource, sourceLines } from './report.js';

export interface CheckResult {
  /** 0 no problem, 3 problems, 1 a source could not be read. */
  exitCode: 0 | 1 | 3;
  /** What to print. */
  text: string;
}

/** Problems of a source that a publisher can fix: records dropped, fields changed, warnings, an early stop. */
const problemsOf = (source: SourceReport) =>
  source.dropped.length + source.fields.length + source.warnings.length + (source.stop ? 1 : 0);

export async function check(request: CheckRequest): Promise<CheckResult> {
  const { loaded } = await read(request);
  const { feed, sources } = loaded;
  const problems = sources.reduce((total, source) => total + problemsOf(source), 0);
  const unreadable = sources.some((source) => source.error);
  const exitCode = unreadable ? 1 : problems ? 3 : 0;
  const contents = {
    activities: feed.activities.length,
    networks: feed.networks.length,
    resources: feed.resources.length,
    categories: feed.categories.length,
  };
  if (request.json) {
    const report = { ok: exitCode === 0, problems, sources: sources.map(sourceJson), feed: contents };
    return { exitCode, text: `${JSON.stringify(report, null, 2)}\n` };
  }
  const lines = sources.flatMap((source) => sourceLines(source, Infinity));
  const dropped = sources.reduce((total, source) => total + source.dropped.length, 0);
  const fields = sources.reduce((total, source) => total + source.fields.length, 0);
  const holds = `It holds ${count(contents.activities, 'activity', 'activities')}, ${count(contents.networks, 'network')}, ${count(contents.resources, 'resource')} and ${count(contents.categories, 'category', 'categories')}.`;
  if (unreadable) lines.push('Not every source could be read (above); fix that first, then check again.');
  else if (!problems) lines.push(`No problems: every record and every field is shown as written. ${holds}`);
  else
    lines.push(
      `${count(problems, 'problem')}: ${count(dropped, 'record')} would not be shown and ${count(fields, 'field')} would be mended or left out${problems > dropped + fields ? ', and the warnings above' : ''}. ` +
        `The widgets show the rest; fix these where the feed is made so everything shows as you meant. ${holds}`,
    );
  return { exitCode, text: `${lines.join('\n')}\n` };
}

const problemJson = ({ collection, index, id, field, reason }: Problem) => ({
  collection,
  ...(index >= 0 ? { index } : {}),
  ...(id ? { id } : {}),
  ...(field ? { field } : {}),
  reason,
});

function sourceJson(source: SourceReport) {
  return {
    source: shownSource(source.url),
    ...(source.format ? { format: source.format } : {}),
    pages: source.pages,
    read: source.read,
    converted: source.converted,
    dropped: source.dropped.map(problemJson),
    fields: source.fields.map(problemJson),
    warnings: source.warnings,
    ...(source.stop
      ? { stoppedAtPage: source.stop.page, ...(source.stop.error ? { stoppedBecause: source.stop.error.message } : {}) }
      : {}),
    ...(source.error ? { error: source.error.message } : {}),
  };
}

/**
 * How long the feed layer takes to validate feeds of growing size (issue 2: ≤ 100 ms at 10k); today's parseFeed
 * against the one before issue 10's repairs, round by round (issue 10: at most 10% slower); and the browser's
 * sliced parse, slice by slice (issue 14: no long task).
 */
import { parseFeed, parseFeedInSlices, type ParsedFeed } from '../src/feed/parse.js';
import { generateFeed } from './generate-feed.js';
import type { BenchReport } from './harness/report.js';

declare global {
  interface Window {
    __lwBenchMachine(): Promise<{ loadAverage: number[]; feedOrigin: string }>;
  }
}

const sizes = [1_000, 10_000, 100_000];
/** Bundled by bench/harness/baseline.mjs from commit 35e7af9, before issue 10. */
const baselineUrl = '/.tmp/bench/baseline-parse.js';
const rounds = 12;

const load = async () => (await window.__lwBenchMachine()).loadAverage[0]!.toFixed(1);
const sorted = (times: number[]) => [...times].sort((a, b) => a - b);
const median = (times: number[]) => sorted(times)[Math.floor(times.length / 2)]!;

/** Before and now, on the same 10k feed, alternating which goes first in each round, each on a fresh JSON.parse. */
async function beforeAndAfter(report: BenchReport, text: string) {
  const baseline = (await import(/* @vite-ignore */ baselineUrl).catch(() => undefined)) as
    { parseFeed: (json: unknown) => ParsedFeed } | undefined;
  if (!baseline) {
    report.note('Before/after left out: the baseline (commit 35e7af9) could not be taken from git.');
    return;
  }
  const runs = { before: [] as number[], now: [] as number[] };
  const parsers = { before: baseline.parseFeed, now: parseFeed };
  const loadBefore = await load();
  for (let round = -1; round < rounds; round++) {
    for (const name of round % 2 ? (['before', 'now'] as const) : (['now', 'before'] as const)) {
      const json = JSON.parse(text);
      const start = performance.now();
      parsers[name](json);
      if (round >= 0) runs[name].push(performance.now() - start);
    }
  }
  const loadAfter = await load();
  const row = (name: 'before' | 'now', label: string) => [
    label,
    report.ms(sorted(runs[name])[0]!),
    report.ms(median(runs[name])),
    `${((median(runs[name]) / median(runs.before) - 1) * 100).toFixed(0)}%`,
  ];
  report.table(
    `parseFeed at 10,000 activities, before issue 10 and now, ${rounds} interleaved rounds (load ${loadBefore} → ${loadAfter})`,
    ['parseFeed', 'min', 'median', 'median against before'],
    [row('before', 'before (35e7af9)'), row('now', 'now')],
  );
  report.note('Target (issue 10): now at most 10% slower than before. One warm-up round is not counted.');
}

/** The browser's parse: how many slices, how long each ran, how many records each read. */
async function slices(report: BenchReport, text: string) {
  const rows = [];
  for (const rate of [1, 4]) {
    await report.throttleCpu(rate);
    const json = JSON.parse(text);
    const seen: { ms: number; records: number }[] = [];
    const start = performance.now();
    await parseFeedInSlices(json, { onSlice: (slice) => seen.push(slice) });
    const total = performance.now() - start;
    const times = sorted(seen.map((slice) => slice.ms));
    rows.push([
      `${rate}×`,
      seen.length,
      report.ms(median(times)),
      report.ms(times.at(-1)!),
      Math.max(...seen.map((slice) => slice.records)),
      report.ms(total),
      await load(),
    ]);
  }
  await report.throttleCpu(1);
  report.table(
    'parseFeedInSlices at 10,000 activities (8 ms slices, the page gets a turn between them)',
    ['CPU', 'slices', 'median slice', 'longest slice', 'most records in a slice', 'total', 'load'],
    rows,
  );
}

export default async function (report: BenchReport) {
  const rows = [];
  for (const activities of sizes) {
    const text = JSON.stringify(generateFeed({ activities }));
    const json = JSON.parse(text);
    const runs = activities >= 100_000 ? 5 : 15;
    const jsonParse = await report.time(() => JSON.parse(text), { runs });
    const validate = await report.time(() => parseFeed(json), { runs });
    const { feed, problems } = parseFeed(json);
    if (feed.activities.length !== activities || problems.length)
      throw new Error(`the generated feed lost records: ${JSON.stringify(problems.slice(0, 3))}`);
    rows.push([
      activities.toLocaleString('en-GB'),
      `${(text.length / 2 ** 20).toFixed(1)} MB`,
      report.ms(jsonParse.median),
      report.ms(validate.min),
      report.ms(validate.median),
      runs,
    ]);
  }
  report.table(
    'parseFeed (validate every record) on generated feeds',
    ['activities', 'JSON size', 'JSON.parse median', 'parseFeed min', 'parseFeed median', 'runs'],
    rows,
  );
  report.note(
    'Target (issue 2): parseFeed ≤ 100 ms for 10,000 activities. JSON.parse is shown for scale; `<lw-feed>` pays both.',
  );
  const text = JSON.stringify(generateFeed({ activities: 10_000 }));
  await beforeAndAfter(report, text);
  await slices(report, text);
}

/**
 * How long the feed layer takes to validate feeds of growing size (issue 2: ≤ 100 ms at 10k), against JSON.parse and a
 * plain validator of the same rules (issue 14); today's parseFeed
 * against the one before issue 10's repairs, round by round (issue 10: at most 10% slower); and the browser's
 * sliced parse, slice by slice (issue 14: no long task).
 */
import { parseFeed, parseFeedInSlices, type ParsedFeed } from '../src/feed/parse.js';
import { faultyFeed } from './faulty-feed.js';
import { generateFeed } from './generate-feed.js';
import type { BenchReport } from './harness/report.js';

declare global {
  interface Window {
    __lwBenchMachine(): Promise<{ loadAverage: number[]; feedOrigin: string }>;
  }
}

const sizes = [1_000, 10_000, 100_000];
/** Bundled by bench/harness/baseline.mjs from commit 35e7af9, before issue 10 (or BENCH_FEED_BEFORE, named in baseline.json). */
const baselineUrl = '/.tmp/bench/baseline-parse.js';
/** parse.ts with bench/plain-validator.ts in place of the zod schemas, bundled by bench/harness/plain-parse.mjs. */
const plainUrl = '/.tmp/bench/plain-parse.js';
const rounds = 12;

const load = async () => (await window.__lwBenchMachine()).loadAverage[0]!.toFixed(1);
const sorted = (times: number[]) => [...times].sort((a, b) => a - b);
const median = (times: number[]) => sorted(times)[Math.floor(times.length / 2)]!;

/** Before and now, on the same 10k feed, alternating which goes first in each round, each on a fresh JSON.parse. */
async function beforeAndAfter(report: BenchReport, text: string) {
  const baseline = (await import(/* @vite-ignore */ baselineUrl).catch(() => undefined)) as
    { parseFeed: (json: unknown) => ParsedFeed } | undefined;
  const { commit } = (await (await fetch('/.tmp/bench/baseline.json')).json()) as { commit: string };
  if (!baseline) {
    report.note(`Before/after left out: the baseline (${commit}) could not be taken from git.`);
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
    `parseFeed at 10,000 activities, ${commit} and now, ${rounds} interleaved rounds (load ${loadBefore} → ${loadAfter})`,
    ['parseFeed', 'min', 'median', 'median against before'],
    [row('before', `before (${commit})`), row('now', 'now')],
  );
  report.note(
    `${commit === '35e7af9' ? 'Target (issue 10): now at most 10% slower than before. ' : ''}One warm-up round is not counted.`,
  );
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

/** Same feed and problems from both parsers, or the comparison would not be fair. */
function sameResult(name: string, zod: ParsedFeed, plain: ParsedFeed) {
  if (JSON.stringify(zod) !== JSON.stringify(plain)) throw new Error(`the plain validator differs from zod on ${name}`);
}

export default async function (report: BenchReport) {
  const plain = (await import(/* @vite-ignore */ plainUrl)) as { parseFeed: (json: unknown) => ParsedFeed };
  const faulty = JSON.stringify(faultyFeed(2_000));
  const checked = parseFeed(JSON.parse(faulty));
  sameResult('the faulty feed', checked, plain.parseFeed(JSON.parse(faulty)));
  for (const fixture of ['valid-feed', 'search-feed', 'networks-feed']) {
    const text = await (await fetch(`/tests/fixtures/${fixture}.json`)).text();
    sameResult(fixture, parseFeed(JSON.parse(text)), plain.parseFeed(JSON.parse(text)));
  }
  report.note(
    `The plain validator (bench/plain-validator.ts, never shipped) gives the same feed and problems as zod on a faulty feed (${checked.problems.length.toLocaleString('en-GB')} problems of every kind, bench/faulty-feed.ts), on the test fixtures and on each generated feed below.`,
  );
  const rows = [];
  for (const activities of sizes) {
    const text = JSON.stringify(generateFeed({ activities }));
    const parsed = parseFeed(JSON.parse(text));
    if (parsed.feed.activities.length !== activities || parsed.problems.length)
      throw new Error(`the generated feed lost records: ${JSON.stringify(parsed.problems.slice(0, 3))}`);
    sameResult(`${activities} activities`, parsed, plain.parseFeed(JSON.parse(text)));
    const rounds = activities >= 100_000 ? 5 : 15;
    const runs = { json: [] as number[], zod: [] as number[], plain: [] as number[] };
    const parsers = { zod: parseFeed, plain: plain.parseFeed };
    const loadBefore = await load();
    for (let round = -1; round < rounds; round++) {
      let start = performance.now();
      const json = JSON.parse(text);
      if (round >= 0) runs.json.push(performance.now() - start);
      // Each parser on its own fresh copy, alternating which goes first.
      for (const name of round % 2 ? (['zod', 'plain'] as const) : (['plain', 'zod'] as const)) {
        const input = name === 'zod' ? json : JSON.parse(text);
        start = performance.now();
        parsers[name](input);
        if (round >= 0) runs[name].push(performance.now() - start);
      }
    }
    const base = median(runs.json);
    const cell = (times: number[]) => `${report.ms(median(times))} (${(median(times) / base).toFixed(1)}×)`;
    rows.push([
      activities.toLocaleString('en-GB'),
      `${(text.length / 2 ** 20).toFixed(1)} MB`,
      report.ms(base),
      cell(runs.zod),
      cell(runs.plain),
      rounds,
      `${loadBefore} → ${await load()}`,
    ]);
  }
  report.table(
    'JSON.parse, parseFeed (zod/mini) and the same reading with a plain validator, on generated feeds: medians, and as a multiple of JSON.parse',
    ['activities', 'JSON size', 'JSON.parse', 'parseFeed (zod)', 'plain validator', 'interleaved rounds', 'load'],
    rows,
  );
  report.note(
    'Target (issue 2): parseFeed ≤ 100 ms for 10,000 activities. The plain validator runs parse.ts and salvage.ts unchanged with plain functions in place of schema.ts (bench/harness/plain-parse.mjs): the difference is what zod costs. One warm-up round is not counted.',
  );
  const text = JSON.stringify(generateFeed({ activities: 10_000 }));
  await beforeAndAfter(report, text);
  await slices(report, text);
}

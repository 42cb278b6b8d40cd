#!/usr/bin/env node
// Where parseFeed's time goes, in Node: bundles src/feed/parse.ts (zod left in node_modules, so its frames keep their
// file names), parses a generated feed under the V8 CPU profiler and prints self time by file and by function; then
// times each part of the activity schema alone on the feed's own values, and what building the schemas costs.
//   node bench/tools/feed-profile.mjs [activities=10000] [rounds=10]
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const workDir = `${root}/.tmp/bench`;
const activities = Number(process.argv[2] ?? 10_000);
const rounds = Number(process.argv[3] ?? 10);
const load = () => loadavg()[0].toFixed(1);

mkdirSync(workDir, { recursive: true });
const entry = `${workDir}/feed-profile-entry.js`;
await build({
  stdin: {
    contents: `export * from './src/feed/parse.ts'; export * as schema from './src/feed/schema.ts'; export { generateFeed } from './bench/generate-feed.ts';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  packages: 'external',
  format: 'esm',
  platform: 'node',
  target: 'es2022',
  keepNames: true,
  outfile: entry,
  logLevel: 'warning',
});

// Building the schemas: zod loaded first on its own, then the module that builds every schema, timed alone.
const zodStart = performance.now();
await import('zod/mini');
const zodMs = performance.now() - zodStart;
const buildStart = performance.now();
const { parseFeed, schema, generateFeed } = await import(pathToFileURL(entry).href);
const buildMs = performance.now() - buildStart;
const text = JSON.stringify(generateFeed({ activities }));
const firstJson = JSON.parse(text);
const firstStart = performance.now();
parseFeed(firstJson);
const firstMs = performance.now() - firstStart;

const median = (times) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
function timed(run, prepare = () => undefined) {
  const times = [];
  for (let round = 0; round < rounds; round++) {
    const input = prepare();
    const start = performance.now();
    run(input);
    times.push(performance.now() - start);
  }
  return median(times);
}
const jsonMs = timed(() => JSON.parse(text));
const parseMs = timed(parseFeed, () => JSON.parse(text));

// The CPU profile of `rounds` parses (each of a fresh JSON.parse, which is left out of the shares).
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
const inputs = Array.from({ length: rounds }, () => JSON.parse(text));
await session.post('Profiler.start');
for (const input of inputs) parseFeed(input);
const { profile } = await session.post('Profiler.stop');
session.disconnect();
writeFileSync(`${workDir}/feed-parse.cpuprofile`, JSON.stringify(profile));

const selfTime = new Map(profile.nodes.map((node) => [node.id, 0]));
for (let i = 0; i < profile.samples.length; i++)
  selfTime.set(profile.samples[i], selfTime.get(profile.samples[i]) + (profile.timeDeltas[i] ?? 0));
const byFile = new Map();
const byFunction = new Map();
let total = 0;
for (const node of profile.nodes) {
  const { functionName, url, lineNumber } = node.callFrame;
  const us = selfTime.get(node.id);
  if (!us || functionName === '(idle)' || functionName === '(program)') continue;
  total += us;
  const file = url
    ? url.replace(/^.*node_modules\//, '').replace(/^.*\.tmp\/bench\/feed-profile-entry\.js$/, 'src (bundled)')
    : '(native)';
  byFile.set(file, (byFile.get(file) ?? 0) + us);
  const fn = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
}
const share = (us) => `${((us / total) * 100).toFixed(1).padStart(5)}%`;
const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);

console.log(
  `parseFeed on ${activities.toLocaleString('en-GB')} activities (${(text.length / 2 ** 20).toFixed(1)} MB), Node ${process.version}, load ${load()}`,
);
console.log(
  `  JSON.parse median ${jsonMs.toFixed(1)} ms; parseFeed median ${parseMs.toFixed(1)} ms (${(parseMs / jsonMs).toFixed(2)}× JSON.parse), ${rounds} rounds`,
);
console.log(
  `  building: zod/mini module ${zodMs.toFixed(1)} ms, schema.ts + parse.ts module (every schema built) ${buildMs.toFixed(1)} ms, first parseFeed ${firstMs.toFixed(1)} ms`,
);
console.log(`\nSelf time by file (${(total / 1000).toFixed(0)} ms sampled):`);
for (const [file, us] of top(byFile, 12)) console.log(`  ${share(us)}  ${file}`);
console.log('\nSelf time by function:');
for (const [fn, us] of top(byFunction, 25)) console.log(`  ${share(us)}  ${fn}`);

// Each part alone, on the values the feed holds: what one schema part costs over the whole feed.
const feed = JSON.parse(text);
const values = (pick) => feed.activities.flatMap((a) => [pick(a)].flat().filter((v) => v !== undefined));
const { activity, contact, scheduleEntry, place, cost, webLink, calendarDate } = schema;
const parts = [
  ['ids and categories (text)', activity.shape.id, values((a) => [a.id, ...a.categories, ...a.accessibility])],
  [
    'titles and names (words, html-text)',
    activity.shape.title,
    values((a) => [a.title, a.organisation.name, a.contact.name]),
  ],
  ['descriptions (richText)', activity.shape.description, values((a) => a.description)],
  ['links (webLink)', webLink, values((a) => [a.url, a.organisation.url])],
  ['emails (zod’s email pattern)', contact.shape.email, values((a) => a.contact.email)],
  ['phones', contact.shape.phone, values((a) => a.contact.phone)],
  ['dates (calendarDate)', calendarDate, values((a) => a.updated)],
  ['places (object + refine)', place, values((a) => a.location ?? undefined)],
  ['costs (union of objects)', cost, values((a) => a.cost)],
  ['schedule entries (object, enums, times)', scheduleEntry, values((a) => a.schedule)],
  ['schedule lists (array)', activity.shape.schedule, values((a) => [a.schedule])],
];
console.log(`\nEach part alone over the feed's values (median of ${rounds}; load ${load()}):`);
for (const [name, part, list] of parts) {
  const ms = timed(() => {
    for (const value of list) part.safeParse(value);
  });
  console.log(
    `  ${ms.toFixed(2).padStart(7)} ms  ${((ms / parseMs) * 100).toFixed(1).padStart(5)}% of parseFeed  ${name} (${list.length.toLocaleString('en-GB')} values)`,
  );
}
console.log(`\nProfile saved to ${workDir}/feed-parse.cpuprofile (open in Chromium's DevTools, Performance).`);

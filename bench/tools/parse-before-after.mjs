#!/usr/bin/env node
// parseFeed of an earlier commit against this checkout's, in Node, interleaved round by round on fresh JSON.parse copies
// of one generated feed; prints medians and the load. Both must give the same feed and problems (checked first, also on
// bench/faulty-feed.ts).
//   node bench/tools/parse-before-after.mjs [ref=main] [activities=10000] [rounds=15]
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const root = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const [ref = 'main', activities = '10000', roundsArg = '15'] = process.argv.slice(2);
const rounds = Number(roundsArg);
const workDir = `${root}/.tmp/bench/before-after`;
const load = () => loadavg()[0].toFixed(1);

rmSync(`${workDir}/before`, { recursive: true, force: true });
mkdirSync(`${workDir}/before`, { recursive: true });
const tar = execFileSync('git', ['-C', root, 'archive', '--format=tar', ref, 'src'], { maxBuffer: 256 * 2 ** 20 });
execFileSync('tar', ['-x', '-C', `${workDir}/before`], { input: tar });
const bundle = (dir, name) =>
  build({
    stdin: { contents: `export { parseFeed } from './src/feed/parse.ts';`, resolveDir: dir, loader: 'ts' },
    nodePaths: [`${root}/node_modules`],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    outfile: `${workDir}/${name}.js`,
    logLevel: 'warning',
  });
await bundle(`${workDir}/before`, 'before');
await bundle(root, 'after');
await build({
  stdin: {
    contents: `export { generateFeed } from './bench/generate-feed.ts'; export { faultyFeed } from './bench/faulty-feed.ts';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: `${workDir}/feeds.js`,
  logLevel: 'warning',
});
const parsers = {
  before: (await import(`${workDir}/before.js`)).parseFeed,
  after: (await import(`${workDir}/after.js`)).parseFeed,
};
const { generateFeed, faultyFeed } = await import(`${workDir}/feeds.js`);
const text = JSON.stringify(generateFeed({ activities: Number(activities) }));
for (const [name, json] of [
  ['the generated feed', text],
  ['the faulty feed', JSON.stringify(faultyFeed(2_000))],
]) {
  const [before, after] = [parsers.before(JSON.parse(json)), parsers.after(JSON.parse(json))];
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(before)), JSON.parse(JSON.stringify(after))))
    throw new Error(`${ref} and this checkout give different results on ${name}`);
}
const runs = { before: [], after: [] };
const loadBefore = load();
for (let round = -1; round < rounds; round++) {
  for (const name of round % 2 ? ['before', 'after'] : ['after', 'before']) {
    const json = JSON.parse(text);
    const start = performance.now();
    parsers[name](json);
    if (round >= 0) runs[name].push(performance.now() - start);
  }
}
const median = (times) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
const [b, a] = [median(runs.before), median(runs.after)];
console.log(
  `parseFeed, ${Number(activities).toLocaleString('en-GB')} activities, ${rounds} interleaved rounds, Node ${process.version}, load ${loadBefore} → ${load()}:`,
);
console.log(`  ${ref}: median ${b.toFixed(1)} ms (min ${Math.min(...runs.before).toFixed(1)})`);
console.log(
  `  this checkout: median ${a.toFixed(1)} ms (min ${Math.min(...runs.after).toFixed(1)}), ${((a / b - 1) * 100).toFixed(0)}%`,
);
console.log('  same feed and problems on the generated and the faulty feed.');

// The feed layer as it was before issue 10's repairs (commit 35e7af9), taken from git and bundled to
// .tmp/bench/baseline-parse.js, so the feed bench can time today's parseFeed against it, round by round.
// BENCH_FEED_BEFORE=<commit or branch> takes that one instead (e.g. main, to time a branch's change to the schema).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';

export const baselineCommit = process.env.BENCH_FEED_BEFORE ?? '35e7af9';

/** Bundles the baseline's parseFeed; false (and the comparison left out) when git or the commit is not there. */
export async function bundleBaseline(root, workDir) {
  const dir = `${workDir}/baseline-${baselineCommit.replace(/[^\w.-]/g, '_')}`;
  mkdirSync(workDir, { recursive: true });
  writeFileSync(`${workDir}/baseline.json`, JSON.stringify({ commit: baselineCommit }));
  try {
    // A branch moves: its copy is taken again every run.
    if (!existsSync(`${dir}/src/feed/parse.ts`) || !/^[0-9a-f]{7,40}$/.test(baselineCommit)) {
      const tar = execFileSync('git', ['-C', root, 'archive', '--format=tar', baselineCommit, 'src/feed'], {
        maxBuffer: 64 * 2 ** 20,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      execFileSync('tar', ['-x', '-C', dir], { input: tar });
    }
  } catch {
    return false;
  }
  await build({
    entryPoints: [`${dir}/src/feed/parse.ts`],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['production'],
    outfile: `${workDir}/baseline-parse.js`,
    logLevel: 'warning',
  });
  return true;
}

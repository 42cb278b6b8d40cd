// The yardstick: src/feed/parse.ts (and salvage.ts) bundled with bench/plain-validator.ts in place of schema.ts, to
// .tmp/bench/plain-parse.js, so the feed bench times the same reading with plain functions instead of zod.
import { build } from 'esbuild';

/** Bundles parse.ts with the plain validator; the bench imports the result as `/.tmp/bench/plain-parse.js`. */
export async function bundlePlainParse(root, workDir, outfile = `${workDir}/plain-parse.js`) {
  const plainSchema = {
    name: 'plain-schema',
    setup(plugin) {
      plugin.onResolve({ filter: /^\.\/schema\.js$/ }, (args) =>
        args.importer.endsWith('/src/feed/parse.ts') ? { path: `${root}/bench/plain-validator.ts` } : undefined,
      );
    },
  };
  await build({
    entryPoints: [`${root}/src/feed/parse.ts`],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    tsconfig: `${root}/tsconfig.json`,
    conditions: ['production'],
    plugins: [plainSchema],
    outfile,
    logLevel: 'warning',
  });
}

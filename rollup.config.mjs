// Three builds from one source: ESM modules for npm (dependencies left external), the CDN
// script, which bundles everything and splits each widget (and Leaflet) into a chunk of its own,
// and the `linkwork-feed` command line for Node, one self-contained file.
import { chmodSync, readdirSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const defineEntries = readdirSync('src/define')
  .filter((file) => file.startsWith('lw-'))
  .map((file) => `src/define/${file}`);

const external = (id) => /^(lit|@lit\/|zod|leaflet)(\/|$)/.test(id);
const executable = { name: 'executable', writeBundle: ({ file }) => chmodSync(file, 0o755) };
const typescript = (minify) => esbuild({ target: 'es2022', minify, tsconfig: 'tsconfig.json' });

export default [
  {
    input: ['src/index.ts', ...defineEntries],
    external,
    plugins: [typescript(false)],
    output: { dir: 'dist', format: 'esm', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
  },
  {
    input: { linkwork: 'src/cdn.ts' },
    plugins: [nodeResolve({ exportConditions: ['production'] }), typescript(false), terser({ format: { comments: false } })],
    output: {
      dir: 'dist/cdn',
      format: 'esm',
      entryFileNames: '[name].js',
      chunkFileNames: '[name]-[hash].js',
      sourcemap: true,
    },
  },
  {
    input: 'src/cli/linkwork-feed.ts',
    external: (id) => id.startsWith('node:'),
    plugins: [nodeResolve(), typescript(false), executable],
    output: { file: 'dist/cli/linkwork-feed.js', format: 'esm' },
  },
];

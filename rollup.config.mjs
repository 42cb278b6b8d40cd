// Two builds from one source: ESM modules for npm (dependencies left external) and the CDN
// script, which bundles everything and splits each widget (and Leaflet) into a chunk of its own.
import { readdirSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const defineEntries = readdirSync('src/define')
  .filter((file) => file.startsWith('lw-'))
  .map((file) => `src/define/${file}`);

const external = (id) => /^(lit|@lit\/|zod|leaflet)(\/|$)/.test(id);
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
];

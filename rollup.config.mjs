// Three builds from one source: ESM modules for npm (dependencies left external), the CDN
// script, which bundles everything and splits each widget (and Leaflet) into a chunk of its own,
// and the `linkwork-feed` command line for Node, one self-contained file.
// The npm build also writes dist/custom-elements.json from the components' JSDoc.
import { chmodSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { transformSync } from 'esbuild';
// The analyzer parses with its own TypeScript, so its source files must come from that copy too.
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const defineEntries = readdirSync('src/define')
  .filter((file) => file.startsWith('lw-'))
  .map((file) => `src/define/${file}`);

const external = (id) => /^(lit|@lit\/|zod|leaflet)(\/|$)/.test(id);
const executable = { name: 'executable', writeBundle: ({ file }) => chmodSync(file, 0o755) };
const typescript = (minify) => esbuild({ target: 'es2022', minify, tsconfig: 'tsconfig.json' });

// The manifest lists on every tag the global `--lw-*` tokens its styles use (its own files and
// everything they import), described from src/styles/tokens.ts, so no component's JSDoc repeats them.
async function globalTokens() {
  const { code } = transformSync(readFileSync('src/styles/tokens.ts', 'utf8'), { loader: 'ts', format: 'esm' });
  const { tokens } = await import(`data:text/javascript,${encodeURIComponent(code)}`);
  return new Map(tokens.map((token) => [token.name, token]));
}

/** Every --lw-* that a source file and the files it imports (relatively) use in var(). */
function tokensUsedFrom(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return new Set();
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  const used = new Set([...text.matchAll(/var\(\s*(--lw-[a-z0-9-]+)/g)].map((match) => match[1]));
  for (const [, path] of text.matchAll(/from\s+'(\.{1,2}\/[^']+)\.js'/g)) {
    for (const name of tokensUsedFrom(join(dirname(file), `${path}.ts`), seen)) used.add(name);
  }
  return used;
}

function globalTokensPlugin(tokens) {
  return {
    name: 'linkwork-global-tokens',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const element of module.declarations ?? []) {
          if (!element.customElement) continue;
          const listed = new Set((element.cssProperties ?? []).map((property) => property.name));
          const added = [...tokensUsedFrom(module.path)]
            .filter((name) => tokens.has(name) && !listed.has(name))
            .map((name) => ({ name, default: tokens.get(name).default, description: tokens.get(name).meaning }));
          if (added.length) element.cssProperties = [...(element.cssProperties ?? []), ...added];
        }
      }
    },
  };
}

/** Writes dist/custom-elements.json from the JSDoc of every component. */
function customElementsManifest() {
  return {
    name: 'linkwork-custom-elements-manifest',
    async writeBundle() {
      const files = readdirSync('src/components', { recursive: true })
        .filter((file) => file.endsWith('.ts'))
        .map((file) => join('src/components', file))
        .sort();
      const modules = files.map((file) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2015, true));
      const plugins = [...litPlugin(), globalTokensPlugin(await globalTokens())];
      writeFileSync('dist/custom-elements.json', `${JSON.stringify(create({ modules, plugins }), null, 2)}\n`);
    },
  };
}

export default [
  {
    input: ['src/index.ts', ...defineEntries],
    external,
    plugins: [typescript(false), customElementsManifest()],
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

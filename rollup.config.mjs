// Three builds from one source: ESM modules for npm (dependencies left external), the CDN
// script, which bundles everything and splits each widget (and Leaflet) into a chunk of its own,
// and the `linkwork-feed` command line for Node, one self-contained file.
// The npm build also writes dist/custom-elements.json from the components' JSDoc (and the editor data and
// the demo's reference pages, dist/docs/, made from it), the feed's JSON Schema, and copies the design-system
// presets to dist/presets/.
import { build, transformSync } from 'esbuild';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
// The analyzer parses with its own TypeScript, so its source files must come from that copy too.
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { jsxTypes, vscodeCssCustomData, vscodeCustomData, webTypes } from './src/build/editor-data.mjs';
import { referencePages } from './src/build/reference-pages.mjs';
import { typeOnlyElements } from './src/build/type-only-elements.mjs';

const defineEntries = readdirSync('src/define')
  .filter((file) => file.startsWith('lw-'))
  .map((file) => `src/define/${file}`);

const require = createRequire(import.meta.url);

/** Files that become JavaScript at build time (below): always bundled, never left to the importer. */
const builtAtBuildTime = /(leaflet\.css|countries-50m\.json)$/;
const external = (id) => /^(lit|@lit\/|zod|leaflet|supercluster)(\/|$)/.test(id) && !builtAtBuildTime.test(id);
/** Each build starts from an empty dist/, so no chunk of an earlier build is left to be measured or served. */
const emptyDist = { name: 'empty-dist', buildStart: () => rmSync('dist', { recursive: true, force: true }) };
const executable = { name: 'executable', writeBundle: ({ file }) => chmodSync(file, 0o755) };
/**
 * Prints the Subresource Integrity hash of dist/cdn/linkwork.js, for a webmaster who self-hosts it
 * (`<script type="module" src="/linkwork/linkwork.js" integrity="sha384-…" crossorigin="anonymous">`).
 */
const integrity = {
  name: 'integrity',
  writeBundle({ dir }) {
    const hash = createHash('sha384')
      .update(readFileSync(join(dir, 'linkwork.js')))
      .digest('base64');
    process.stdout.write(`dist/cdn/linkwork.js integrity="sha384-${hash}"\n`);
  },
};
/** The design-system presets (plain CSS files a page links to) go to dist/presets/ as they are. */
const presets = {
  name: 'presets',
  writeBundle: () => cpSync('src/styles/presets', 'dist/presets', { recursive: true }),
};
/**
 * The command line as one file, with the format adapters (which pages load on demand) evaluated before it
 * starts: its top-level `await main()` would otherwise pause the file before their code is reached.
 */
const cliParts = ['src/feed/foreign.ts', 'src/cli/linkwork-feed.ts'].map((file) => resolve(file));
const cliEntry = {
  name: 'linkwork-feed-entry',
  // Imported for what they run (package.json marks src/ as free of side effects).
  resolveId: (id) =>
    id === 'linkwork-feed-entry' ? id : cliParts.includes(id) ? { id, moduleSideEffects: true } : null,
  load: (id) => (id === 'linkwork-feed-entry' ? cliParts.map((file) => `import '${file}';`).join('\n') : null),
};
/**
 * CDN chunks shared by several widgets are named by what they hold, so the bench's and the browser's lists of
 * requests say what a page loads (rollup would name each after one of its modules); each widget's own chunk is
 * named by its tag (`lw-activity-search-….js`); the others keep rollup's name.
 */
const sharedChunkNames = [
  [/node_modules\/zod\/v4\/core\/core\.js$/, 'zod-feed-schema'],
  [/node_modules\/lit-html\/lit-html\.js$/, 'lit-feed-store'],
  [/src\/i18n\/en\.ts$/, 'words-en'],
  [/src\/feed\/foreign\.ts$/, 'foreign-formats'],
];
/** A widget's module is the one named as its folder: src/components/shortlist/shortlist.ts. */
const widgetModule = /\/src\/components\/([\w-]+)\/\1\.ts$/;
const chunkFileName = ({ moduleIds, facadeModuleId, isDynamicEntry }) => {
  const widget = isDynamicEntry && facadeModuleId?.match(widgetModule)?.[1];
  const shared = sharedChunkNames.find(([holds]) => moduleIds.some((id) => holds.test(id)))?.[1];
  return `${shared ?? (widget ? `lw-${widget}` : '[name]')}-[hash].js`;
};
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

/** A token's meaning, with its value in the dark scheme when it has one. */
const described = ({ meaning, dark }) => (dark ? `${meaning} (dark scheme: \`${dark}\`)` : meaning);

function globalTokensPlugin(tokens, typeOnly) {
  return {
    name: 'linkwork-global-tokens',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const element of module.declarations ?? []) {
          // A tag that is only read (<lw-source>) has no styles.
          if (!element.customElement || typeOnly.has(element.name)) continue;
          const listed = new Set((element.cssProperties ?? []).map((property) => property.name));
          const added = [...tokensUsedFrom(module.path)]
            .filter((name) => tokens.has(name) && !listed.has(name))
            .map((name) => ({ name, default: tokens.get(name).default, description: described(tokens.get(name)) }));
          if (added.length) element.cssProperties = [...(element.cssProperties ?? []), ...added];
        }
      }
    },
  };
}

/**
 * The manifest names what the package ships: each element's module as its dist/…js file (the other
 * component files are internal, not API), and each define/lw-*.js with the tag it defines.
 */
function shippedModules(manifest) {
  const shipped = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
  const elements = manifest.modules.filter((module) => module.declarations?.some((entry) => entry.customElement));
  for (const module of elements) {
    module.path = shipped(module.path);
    for (const entry of module.exports ?? []) {
      if (entry.declaration?.module) entry.declaration.module = shipped(entry.declaration.module);
    }
  }
  const definitions = defineEntries.map((file) => {
    const text = readFileSync(file, 'utf8');
    const [, tag, name] = text.match(/define\('([a-z-]+)',\s*(\w+)\)/);
    const [, from] = text.match(new RegExp(`import \\{ ${name} \\} from '(\\.\\.[^']+)\\.js'`));
    const declaration = { name, module: shipped(join(dirname(file), `${from}.ts`)) };
    return {
      kind: 'javascript-module',
      path: shipped(file),
      declarations: [],
      exports: [{ kind: 'custom-element-definition', name: tag, declaration }],
    };
  });
  return { ...manifest, modules: [...elements, ...definitions] };
}

/** Writes dist/custom-elements.json from the JSDoc of every component, and the editor data made from it. */
function customElementsManifest() {
  return {
    name: 'linkwork-custom-elements-manifest',
    async writeBundle() {
      const files = readdirSync('src/components', { recursive: true })
        .filter((file) => file.endsWith('.ts'))
        .map((file) => join('src/components', file))
        .sort();
      const modules = files.map((file) =>
        ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2015, true),
      );
      const typeOnly = typeOnlyElements();
      const plugins = [...litPlugin(), typeOnly, globalTokensPlugin(await globalTokens(), typeOnly.names)];
      const manifest = shippedModules(create({ modules, plugins }));
      const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
      writeFileSync('dist/custom-elements.json', json(manifest));
      // What editors and React read, made from the manifest (src/build/editor-data.mjs).
      writeFileSync('dist/vscode.html-custom-data.json', json(vscodeCustomData(manifest)));
      writeFileSync('dist/vscode.css-custom-data.json', json(vscodeCssCustomData(manifest)));
      writeFileSync('dist/web-types.json', json(webTypes(manifest, JSON.parse(readFileSync('package.json', 'utf8')))));
      writeFileSync('dist/jsx.d.ts', jsxTypes(manifest));
      // The demo's per-tag reference pages (src/build/reference-pages.mjs).
      mkdirSync('dist/docs', { recursive: true });
      for (const [file, text] of Object.entries(referencePages(manifest))) writeFileSync(join('dist/docs', file), text);
    },
  };
}

/** Where the feed's JSON Schema will be found once the package is published (its `$id`). */
const feedSchemaId = 'https://cdn.jsdelivr.net/npm/linkwork@0/dist/feed.schema.json';

/**
 * `import schema from 'linkwork:feed-json-schema'` gives the feed's JSON Schema, made from its zod
 * schemas by src/build/feed-json-schema.ts; the build also writes it to dist/feed.schema.json.
 */
export function feedJsonSchema() {
  const id = 'linkwork:feed-json-schema';
  let json;
  return {
    name: 'feed-json-schema',
    async buildStart() {
      const entry = 'src/build/feed-json-schema.ts';
      const options = { entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', write: false };
      const [{ text }] = (await build({ ...options, logLevel: 'silent' })).outputFiles;
      const made = await import(`data:text/javascript,${encodeURIComponent(text)}`);
      json = `${JSON.stringify(made.feedJsonSchema(feedSchemaId), null, 2)}\n`;
      this.addWatchFile(entry);
    },
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load: (loaded) => (loaded === `\0${id}` ? `export default ${json.trim()};` : null),
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'feed.schema.json', source: json });
    },
  };
}

/**
 * `import css from 'leaflet/dist/leaflet.css'` gives Leaflet's stylesheet as a string, for the map's
 * shadow root (a page's stylesheets cannot reach inside it). Comments, spacing, print styles and the
 * rules for what the map does not use (Leaflet's own controls, popups, tooltips, image icons, old
 * browsers) are left out.
 */
export function leafletCss() {
  const unused = [
    'control-layers[\\w-]*',
    'control-scale[\\w-]*',
    'control-attribution',
    'control-zoom[\\w-]*',
    'attribution-flag',
    'popup[\\w-]*',
    'tooltip[\\w-]*',
    'default-icon-path',
    'oldie',
    'vml-shape',
    'retina',
    'bar',
    'touch',
    'image-layer',
    'marker-shadow',
  ];
  const unusedSelector = new RegExp(`\\.leaflet-(${unused.join('|')})(?![\\w-])`);
  return {
    name: 'leaflet-css',
    resolveId: (id) => (id === 'leaflet/dist/leaflet.css' ? require.resolve(id) : null),
    transform(code, id) {
      if (!id.endsWith('leaflet/dist/leaflet.css')) return null;
      const minified = code
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{}:;,>])\s*/g, '$1')
        .replace(/@media print\{(?:[^{}]*\{[^}]*\})*\}/g, '')
        .trim();
      const rules = minified.match(/[^{}]+\{[^}]*\}/g).flatMap((rule) => {
        const [selectors, body] = rule.split('{');
        const kept = selectors.split(',').filter((selector) => !unusedSelector.test(selector));
        return kept.length ? [`${kept.join(',')}{${body}`] : [];
      });
      return { code: `export default ${JSON.stringify(rules.join(''))};`, map: { mappings: '' } };
    },
  };
}

/**
 * `import outline from 'world-atlas/countries-50m.json'` gives the coastlines of the United Kingdom,
 * Ireland, the Isle of Man and the Channel Islands from Natural Earth (public domain), simplified to
 * about a kilometre: the map's own basemap when no tiles arrive. An array of rings of [lat, lng].
 */
export function ukOutline() {
  const places = new Set(['826', '372', '833', '832', '831']);
  const toleranceDegrees = 0.02;
  return {
    name: 'uk-outline',
    resolveId: (id) => (id === 'world-atlas/countries-50m.json' ? require.resolve(id) : null),
    transform(code, id) {
      if (!id.endsWith('world-atlas/countries-50m.json')) return null;
      const topology = JSON.parse(code);
      const rings = topology.objects.countries.geometries
        .filter((geometry) => places.has(geometry.id))
        .flatMap((geometry) => (geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs))
        .map((polygon) => ringPoints(topology, polygon[0]))
        .map((ring) => simplify(ring, toleranceDegrees))
        .filter((ring) => ring.length >= 4)
        .map((ring) => ring.map(([lng, lat]) => [Math.round(lat * 100) / 100, Math.round(lng * 100) / 100]));
      return { code: `export default ${JSON.stringify(rings)};`, map: { mappings: '' } };
    },
  };
}

/** The points of one ring of a TopoJSON polygon: its arcs decoded (quantised, delta-encoded) and joined. */
function ringPoints({ arcs, transform }, arcIndexes) {
  const points = [];
  for (const index of arcIndexes) {
    let x = 0;
    let y = 0;
    const arc = arcs[index < 0 ? ~index : index].map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * transform.scale[0] + transform.translate[0], y * transform.scale[1] + transform.translate[1]];
    });
    if (index < 0) arc.reverse();
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  return points;
}

/** Douglas–Peucker: drops the points that lie within `tolerance` of the line through their neighbours. */
function simplify(points, tolerance) {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop();
    const [ax, ay] = points[first];
    const [bx, by] = points[last];
    const length = Math.hypot(bx - ax, by - ay);
    let farthest = -1;
    let distance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const [px, py] = points[i];
      // A closed ring starts and ends at one point: measure from that point.
      const d =
        length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
      if (d > distance) [farthest, distance] = [i, d];
    }
    if (farthest > 0) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

export default [
  {
    input: ['src/index.ts', 'src/feed/index.ts', ...defineEntries],
    external,
    plugins: [
      emptyDist,
      leafletCss(),
      ukOutline(),
      feedJsonSchema(),
      typescript(false),
      customElementsManifest(),
      presets,
    ],
    output: {
      dir: 'dist',
      format: 'esm',
      preserveModules: true,
      preserveModulesRoot: 'src',
      // What the build makes from packages' files (Leaflet's CSS, the UK outline) goes to dist/built/:
      // npm leaves any folder named node_modules out of a package.
      entryFileNames: (chunk) => `${chunk.name.replace(/^node_modules\//, 'built/')}.js`,
      // No source maps here: this JavaScript is the TypeScript without its types (not minified), and its maps
      // doubled the package. The CDN build, which is minified, keeps its maps.
    },
  },
  {
    input: { linkwork: 'src/cdn.ts' },
    plugins: [
      leafletCss(),
      ukOutline(),
      nodeResolve({ exportConditions: ['production'] }),
      typescript(false),
      terser({ format: { comments: false } }),
      integrity,
    ],
    output: {
      dir: 'dist/cdn',
      format: 'esm',
      entryFileNames: '[name].js',
      chunkFileNames: chunkFileName,
      sourcemap: true,
    },
  },
  {
    input: 'linkwork-feed-entry',
    external: (id) => id.startsWith('node:'),
    plugins: [cliEntry, nodeResolve(), typescript(false), executable],
    // One file: the adapters that pages load on demand are part of it.
    // The entry is the virtual module above, so the command's `#!` line is written here.
    output: {
      file: 'dist/cli/linkwork-feed.js',
      format: 'esm',
      inlineDynamicImports: true,
      banner: '#!/usr/bin/env node',
    },
  },
];

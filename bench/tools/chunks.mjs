#!/usr/bin/env node
// What each chunk of the CDN build holds: builds rollup.config.mjs's CDN entry in memory (nothing is written) and
// prints every chunk with its gzip -9 size and its largest modules (each module's code as rollup rendered it,
// before terser, gzipped alone: a guide to where the bytes are, not an exact share of the chunk).
//   node bench/tools/chunks.mjs [chunk-name-prefix…]
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import configs from '../../rollup.config.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gzip = (text) => gzipSync(text, { level: 9 }).length;
const only = process.argv.slice(2);
const cdn = configs.find((config) => config.output?.dir === 'dist/cdn');
const bundle = await rollup({ ...cdn, plugins: cdn.plugins.filter((plugin) => plugin.name !== 'integrity') });
const { output } = await bundle.generate(cdn.output);
await bundle.close();
const chunks = output
  .filter((file) => file.type === 'chunk' && (!only.length || only.some((name) => file.fileName.startsWith(name))))
  .sort((a, b) => gzip(b.code) - gzip(a.code));
for (const chunk of chunks) {
  const lazy = chunk.dynamicImports.length ? `; loads on demand ${chunk.dynamicImports.join(', ')}` : '';
  console.log(
    `\n${chunk.fileName}: ${kb(gzip(chunk.code))} gz; imports ${chunk.imports.join(', ') || 'nothing'}${lazy}`,
  );
  const modules = Object.entries(chunk.modules)
    .filter(([, module]) => module.renderedLength > 0)
    .map(([id, module]) => [id.replace(/^.*?\/(node_modules|src)\//, '$1/'), gzip(module.code ?? '')])
    .sort((a, b) => b[1] - a[1]);
  for (const [id, bytes] of modules.slice(0, 12)) console.log(`  ${kb(bytes).padStart(8)}  ${id}`);
  if (modules.length > 12) console.log(`  … and ${modules.length - 12} more modules`);
}

// Settings for `cem analyze` (run by `npm run build`), with one plugin: it lists on every tag the
// global `--lw-*` tokens that tag's styles use (its own files and everything they import), described
// from src/styles/tokens.ts, so each tag's cssProperties in dist/custom-elements.json is complete
// without repeating the global tokens in every component's JSDoc.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { transformSync } from 'esbuild';

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

export default {
  plugins: [globalTokensPlugin(await globalTokens())],
};

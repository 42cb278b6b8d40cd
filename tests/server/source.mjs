// The project's own source text, for tests that check the code against its documentation:
//   /source/<dir>   JSON { "<dir>/path/file.ts": "text", … } of every file under <dir> (src or demo)
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readable = new Set(['src', 'demo']);

export default async function source(ctx, next) {
  const [, prefix, dir, ...rest] = new URL(ctx.url, 'http://test').pathname.split('/');
  if (prefix !== 'source' || !readable.has(dir) || rest.length > 0) return next();
  const files = {};
  for (const path of readdirSync(root + dir, { recursive: true })) {
    const file = `${dir}/${path}`;
    if (/\.(ts|html|js|css)$/.test(file)) files[file] = readFileSync(root + file, 'utf8');
  }
  ctx.type = 'json';
  ctx.body = files;
}

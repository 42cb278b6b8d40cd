/** The project's source text, served by tests/server/source.mjs: `{ path: text }`. */
export async function sourceFiles(dir: 'src' | 'demo'): Promise<Record<string, string>> {
  const response = await fetch(`/source/${dir}`);
  if (!response.ok) throw new Error(`/source/${dir} answered ${response.status}`);
  return response.json();
}

export interface VarUse {
  name: string;
  /** The fallback as written, trimmed; undefined when the var() has none. */
  fallback?: string;
  file: string;
}

/** Every `var(--lw-…)` in a text, with its fallback (which may itself hold parentheses). */
export function lwVarUses(text: string, file: string): VarUse[] {
  const uses: VarUse[] = [];
  for (const match of text.matchAll(/var\(\s*(--lw-[a-z0-9-]+)\s*(,)?/g)) {
    const use: VarUse = { name: match[1], file };
    if (match[2]) {
      let depth = 0;
      let end = match.index + match[0].length;
      for (; end < text.length; end++) {
        if (text[end] === '(') depth++;
        else if (text[end] === ')' && depth-- === 0) break;
      }
      use.fallback = text
        .slice(match.index + match[0].length, end)
        .trim()
        .replace(/\s+/g, ' ');
    }
    uses.push(use);
  }
  return uses;
}

/** The custom properties documented with `@cssprop` / `@cssproperty` in JSDoc. */
export function documentedCssProps(text: string): string[] {
  return [...text.matchAll(/@cssprop(?:erty)?\s+(?:\{[^}]*\}\s+)?\[?(--lw-[a-z0-9-]+)/g)].map((match) => match[1]);
}

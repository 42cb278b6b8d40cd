/** The tags the package defines, as dist/custom-elements.json lists them (one `define/lw-*.js` each). */
export async function definedTags(): Promise<string[]> {
  const response = await fetch('/dist/custom-elements.json');
  if (!response.ok) throw new Error('dist/custom-elements.json is missing: run `npm run build` first');
  const manifest = (await response.json()) as { modules: { exports?: { kind: string; name: string }[] }[] };
  const tags = manifest.modules
    .flatMap((module) => module.exports ?? [])
    .filter((entry) => entry.kind === 'custom-element-definition')
    .map((entry) => entry.name);
  if (!tags.includes('lw-feed')) throw new Error(`the manifest defines no <lw-feed>: ${tags.join(', ')}`);
  return tags;
}

/** Resolves once every Linkwork element under `root` (and in its open shadow roots) has drawn its last update. */
export async function allDrawn(root: ParentNode): Promise<void> {
  const elements = [...root.querySelectorAll('*')].filter((element) => element.localName.startsWith('lw-'));
  await Promise.all(
    elements.map((element) => (element as Element & { updateComplete?: Promise<unknown> }).updateComplete),
  );
}

// A custom-elements-manifest analyzer plugin for tags that are read but never defined, such as `<lw-source>`
// (its `<lw-feed>` reads its attributes). Such a tag is written as `export declare class LwSource extends
// HTMLElement {}` with the usual JSDoc (@tagname, @summary, @attr): editors and JSX learn the tag from the
// manifest, while the class exists only as a type. The shipped module does not export it, so the manifest
// must not say it does.

/** @param {import('typescript')} ts */
const isDeclared = (ts, node) =>
  ts.isClassDeclaration(node) &&
  (node.modifiers ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.DeclareKeyword);

export function typeOnlyElements() {
  /** Names of the classes that exist only as types. */
  const names = new Set();
  return {
    name: 'linkwork-type-only-elements',
    names,
    analyzePhase({ ts, node }) {
      if (isDeclared(ts, node) && node.name) names.add(node.name.getText());
    },
    // After the analyzer's own clean-up (which drops what a module does not export), so the tag stays listed.
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        module.exports = (module.exports ?? []).filter(
          (entry) => !(entry.kind === 'js' && names.has(entry.declaration?.name)),
        );
      }
    },
  };
}

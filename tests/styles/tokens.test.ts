import { expect } from '@open-wc/testing';
import { tokens } from '../../src/styles/tokens.js';
import { documentedCssProps, lwVarUses, sourceFiles, type VarUse } from '../helpers/source.js';

const globalDefaults = new Map(tokens.map((token) => [token.name, token.default]));

/** The private property holding a token's value in the current colour scheme: --lw-x → --_lw-x. */
const schemeName = (name: string) => `--_${name.slice(2)}`;

/** Light and dark values as one, each word that differs as light-dark(): '3px solid light-dark(#000, #fff)'. */
function lightDark(light: string, dark: string): string {
  const [lights, darks] = [light.split(' '), dark.split(' ')];
  return lights.map((word, i) => (word === darks[i] ? word : `light-dark(${word}, ${darks[i]})`)).join(' ');
}

describe('design tokens', () => {
  let uses: VarUse[];
  let cssprops: Map<string, string>;

  before(async () => {
    const files = await sourceFiles('src');
    uses = Object.entries(files).flatMap(([file, text]) => lwVarUses(text, file));
    cssprops = new Map(
      Object.entries(files).flatMap(([file, text]) => documentedCssProps(text).map((name) => [name, file])),
    );
  });

  it('finds the tokens the base styles use (the scan itself works)', () => {
    expect(uses.filter((use) => use.file === 'src/styles/base.styles.ts').map((use) => use.name)).to.include.members([
      '--lw-color-text',
      '--lw-focus-ring',
    ]);
  });

  it('documents every --lw-* used in src/, in tokens.ts or with @cssprop', () => {
    const undocumented = uses.filter((use) => !globalDefaults.has(use.name) && !cssprops.has(use.name));
    expect(undocumented.map((use) => `${use.name} in ${use.file}`)).to.deep.equal([]);
  });

  it('uses every documented token somewhere in src/', () => {
    const used = new Set(uses.map((use) => use.name));
    const unused = [...globalDefaults.keys(), ...cssprops.keys()].filter((name) => !used.has(name));
    expect(unused).to.deep.equal([]);
  });

  it('gives every var(--lw-…) a fallback, so an unthemed widget still looks right', () => {
    expect(uses.filter((use) => !use.fallback).map((use) => `${use.name} in ${use.file}`)).to.deep.equal([]);
  });

  it('falls back to the documented default of each global token, or to its colour scheme’s value', () => {
    const drifted = uses.filter((use) => {
      const token = tokens.find((candidate) => candidate.name === use.name);
      if (!token || use.fallback?.startsWith('var(--lw-')) return false;
      const scheme = `var(${schemeName(token.name)})`;
      const expected = token.dark ? [scheme] : [token.default, `var(${schemeName(token.name)}, ${token.default})`];
      return !expected.includes(use.fallback!);
    });
    expect(drifted.map((use) => `${use.name}: ${use.fallback} in ${use.file}`)).to.deep.equal([]);
  });

  it('gives each token with a dark value its light value everywhere, and both where light-dark() works', async () => {
    const scheme = (await sourceFiles('src'))['src/styles/scheme.styles.ts'];
    const [plain, supported] = scheme.split('@supports (color: light-dark(#000, #fff))');
    const declared = (block: string, name: string) => block.match(new RegExp(`${schemeName(name)}: ([^;]+);`))?.[1];
    const schemed = tokens.filter((token) => token.dark);
    expect(schemed.length).to.be.greaterThan(10);
    for (const token of schemed) {
      expect(declared(plain, token.name), token.name).to.equal(token.default);
      expect(declared(supported, token.name), token.name).to.equal(lightDark(token.default, token.dark!));
    }
  });

  it('lists each global token once, in the reference theming table with its defaults', async () => {
    expect(new Set(tokens.map((token) => token.name)).size).to.equal(tokens.length);
    const readme = await (await fetch('/demo/docs/reference.md')).text();
    const missing = tokens.filter(
      (token) =>
        !readme.includes(
          `| \`${token.name}\` | \`${token.default}\` | ${token.dark ? `\`${token.dark}\`` : '–'} | ${token.meaning} |`,
        ),
    );
    expect(missing.map((token) => token.name)).to.deep.equal([]);
  });
});

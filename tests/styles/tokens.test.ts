import { expect } from '@open-wc/testing';
import { tokens } from '../../src/styles/tokens.js';
import { documentedCssProps, lwVarUses, sourceFiles, type VarUse } from '../helpers/source.js';

const globalDefaults = new Map(tokens.map((token) => [token.name, token.default]));

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

  it('falls back to the documented default of each global token', () => {
    const drifted = uses.filter((use) => {
      const documented = globalDefaults.get(use.name);
      return documented !== undefined && !use.fallback?.startsWith('var(') && use.fallback !== documented;
    });
    expect(
      drifted.map((use) => `${use.name}: ${use.fallback} in ${use.file}, documented ${globalDefaults.get(use.name)}`),
    ).to.deep.equal([]);
  });

  it('lists each global token once, in the README theming table with its default', async () => {
    expect(new Set(tokens.map((token) => token.name)).size).to.equal(tokens.length);
    const readme = await (await fetch('/README.md')).text();
    const missing = tokens.filter(
      (token) => !readme.includes(`| \`${token.name}\` | \`${token.default}\` | ${token.meaning} |`),
    );
    expect(missing.map((token) => token.name)).to.deep.equal([]);
  });
});

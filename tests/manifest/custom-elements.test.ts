import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { lwVarUses, sourceFiles } from '../helpers/source.js';

interface Described {
  name?: string;
  description?: string;
  privacy?: string;
  static?: boolean;
  kind?: string;
  default?: string;
}
interface Element extends Described {
  tagName: string;
  summary?: string;
  attributes?: Described[];
  members?: Described[];
  events?: Described[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}

const publicMember = (member: Described) => !member.privacy && !member.static && !/^[#_]/.test(member.name ?? '');

/** What a tag lacks: every public attribute, property, event, slot, part and CSS property needs a description. */
function undescribed(element: Element): string[] {
  const missing: string[] = [];
  if (!element.summary?.trim() && !element.description?.trim()) missing.push(`${element.tagName}: summary`);
  const lists = {
    attribute: element.attributes ?? [],
    property: (element.members ?? []).filter(publicMember),
    event: element.events ?? [],
    slot: element.slots ?? [],
    part: element.cssParts ?? [],
    'CSS property': element.cssProperties ?? [],
  };
  for (const [kind, entries] of Object.entries(lists)) {
    for (const entry of entries) {
      if (!entry.description?.trim()) missing.push(`${element.tagName}: ${kind} ${entry.name || '(default)'}`);
      if (kind === 'event' && !entry.name) missing.push(`${element.tagName}: an event without a name`);
    }
  }
  return missing;
}

interface Module {
  path: string;
  declarations?: (Element & { customElement?: boolean })[];
  exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[];
}

/** The CSS of a defined tag's styles, as the browser holds it. */
async function tagCss(file: string, tag: string): Promise<string> {
  await import(`/${file}`);
  const styles = (customElements.get(tag) as unknown as typeof LitElement).elementStyles;
  return styles.map((style) => (style as { cssText?: string }).cssText ?? '').join('\n');
}

describe('dist/custom-elements.json', () => {
  let elements: Element[];
  let modules: Module[];
  let defineFiles: string[];

  before(async () => {
    const response = await fetch('/dist/custom-elements.json');
    if (!response.ok) throw new Error('dist/custom-elements.json is missing: run `npm run build` first');
    const manifest = (await response.json()) as { modules: Module[] };
    modules = manifest.modules;
    elements = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.customElement);
    defineFiles = Object.keys(await sourceFiles('src')).filter((file) => /^src\/define\/lw-[a-z-]+\.ts$/.test(file));
  });

  it('describes every tag the library defines', () => {
    const tags = defineFiles.map((file) => file.replace(/^src\/define\/|\.ts$/g, ''));
    expect(tags).to.include('lw-feed');
    expect(elements.map((element) => element.tagName)).to.include.members(tags);
  });

  it('is where package.json tells tools to look for it', async () => {
    const { customElements: path } = (await (await fetch('/package.json')).json()) as { customElements: string };
    expect(path).to.equal('dist/custom-elements.json');
  });

  it('describes every attribute, property, event, slot, part and CSS property of every tag', () => {
    expect(elements.flatMap(undescribed)).to.deep.equal([]);
  });

  it('notices a missing description (the check itself works)', () => {
    const broken: Element = {
      tagName: 'lw-x',
      summary: 'X',
      attributes: [{ name: 'src', description: '' }],
      events: [{ name: 'lw-y' }],
      members: [{ name: '#secret' }],
    };
    expect(undescribed(broken)).to.deep.equal(['lw-x: attribute src', 'lw-x: event lw-y']);
  });

  it("lists every --lw-* token a tag's styles use among its CSS properties", async () => {
    const unlisted: string[] = [];
    for (const file of defineFiles) {
      const tag = file.replace(/^src\/define\/|\.ts$/g, '');
      const cssText = await tagCss(file, tag);
      const used = new Set(lwVarUses(cssText, tag).map((use) => use.name));
      const listed = new Set(
        elements.find((element) => element.tagName === tag)?.cssProperties?.map((property) => property.name),
      );
      unlisted.push(...[...used].filter((name) => !listed.has(name)).map((name) => `${tag}: ${name}`));
      expect(used.size, `${tag} uses no tokens?`).to.be.greaterThan(0);
    }
    expect(unlisted).to.deep.equal([]);
  });

  it('gives every tag a one-line summary, the rest of its JSDoc going to the description', () => {
    const summaries = elements.map((element) => [element.tagName, element.summary ?? '']);
    expect(summaries.filter(([, summary]) => !summary.trim() || summary.includes('\n'))).to.deep.equal([]);
    const feed = elements.find((element) => element.tagName === 'lw-feed')!;
    expect(feed.summary).to.equal('Loads and shares one feed with the widgets inside it. Invisible itself.');
    expect(feed.description).to.contain('<lw-source');
  });

  it("gives each widget's own CSS properties the default its styles fall back to", async () => {
    const wrong: string[] = [];
    for (const file of defineFiles) {
      const tag = file.replace(/^src\/define\/|\.ts$/g, '');
      const fallbacks = new Map(lwVarUses(await tagCss(file, tag), tag).map((use) => [use.name, use.fallback]));
      const own = elements
        .find((element) => element.tagName === tag)!
        .cssProperties!.filter((property) => property.name!.startsWith(`--${tag}-`));
      for (const property of own) {
        if (property.default !== fallbacks.get(property.name!))
          wrong.push(`${tag}: ${property.name} says ${property.default}, styles use ${fallbacks.get(property.name!)}`);
      }
    }
    expect(wrong).to.deep.equal([]);
    const finder = elements.find((element) => element.tagName === 'lw-network-finder')!;
    expect(finder.cssProperties!.find((property) => property.name === '--lw-network-finder-height')).to.include({
      default: '28rem',
      description: 'Height of the map (also set by the `height` attribute).',
    });
  });

  it('names the shipped files: each element in dist/components, each definition in dist/define', async () => {
    const paths = modules.map((module) => module.path);
    expect(paths.filter((path) => !/^dist\/.+\.js$/.test(path))).to.deep.equal([]);
    for (const path of paths) expect((await fetch(`/${path}`)).ok, `${path} is not built`).to.equal(true);
    const tags = defineFiles.map((file) => file.replace(/^src\/define\/|\.ts$/g, ''));
    for (const tag of tags) {
      const definition = modules.find((module) => module.path === `dist/define/${tag}.js`);
      expect(definition, `no module for dist/define/${tag}.js`).to.not.equal(undefined);
      const [exported] = definition!.exports!;
      expect(exported).to.include({ kind: 'custom-element-definition', name: tag });
      const declaring = modules.find((module) => module.path === exported.declaration.module)!;
      const element = declaring.declarations!.find((declaration) => declaration.name === exported.declaration.name);
      expect(element?.tagName, `${tag} points at ${exported.declaration.module}`).to.equal(tag);
      expect(declaring.exports!.map((entry) => entry.declaration.module)).to.deep.equal([declaring.path]);
    }
  });

  it('puts one JSDoc line above every export of src/index.ts', async () => {
    const lines = (await sourceFiles('src'))['src/index.ts'].split('\n');
    const exports = lines.flatMap((line, at) => (line.startsWith('export ') ? [at] : []));
    expect(exports.length).to.be.greaterThan(40);
    const bare = exports.filter((at) => !/^\/\*\*.*\*\/$/.test(lines[at - 1])).map((at) => lines[at]);
    expect(bare).to.deep.equal([]);
    const listed = exports.filter((at) => /^export (type )?\{[^}]*,/.test(lines[at])).map((at) => lines[at]);
    expect(listed, 'one name an export, so each has its own line').to.deep.equal([]);
  });
});

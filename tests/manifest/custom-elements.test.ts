import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { lwVarUses, sourceFiles } from '../helpers/source.js';

interface Described {
  name?: string;
  description?: string;
  privacy?: string;
  static?: boolean;
  kind?: string;
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

describe('dist/custom-elements.json', () => {
  let elements: Element[];
  let defineFiles: string[];

  before(async () => {
    const response = await fetch('/dist/custom-elements.json');
    if (!response.ok) throw new Error('dist/custom-elements.json is missing: run `npm run build` first');
    const manifest = (await response.json()) as {
      modules: { declarations?: (Element & { customElement?: boolean })[] }[];
    };
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
      await import(`/${file}`);
      const styles = (customElements.get(tag) as unknown as typeof LitElement).elementStyles;
      const cssText = styles.map((style) => (style as { cssText?: string }).cssText ?? '').join('\n');
      const used = new Set(lwVarUses(cssText, tag).map((use) => use.name));
      const listed = new Set(
        elements.find((element) => element.tagName === tag)?.cssProperties?.map((property) => property.name),
      );
      unlisted.push(...[...used].filter((name) => !listed.has(name)).map((name) => `${tag}: ${name}`));
      expect(used.size, `${tag} uses no tokens?`).to.be.greaterThan(0);
    }
    expect(unlisted).to.deep.equal([]);
  });
});

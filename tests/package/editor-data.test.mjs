// @ts-check
// The editor data the build makes from custom-elements.json: what VS Code and JetBrains IDEs offer for
// each tag, and that package.json points at it.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';

const read = async (/** @type {string} */ path) => JSON.parse(await readFile(new URL(path, import.meta.url), 'utf8'));
const manifest = await read('../../dist/custom-elements.json');
const tags = manifest.modules.flatMap((/** @type {any} */ module) =>
  (module.declarations ?? [])
    .filter((/** @type {any} */ entry) => entry.customElement)
    .map((/** @type {any} */ entry) => entry.tagName),
);

describe('editor data', () => {
  it('VS Code custom data lists every tag, its attributes and their choices', async () => {
    const data = await read('../../dist/vscode.html-custom-data.json');
    assert.deepEqual(
      data.tags.map((/** @type {{ name: string }} */ tag) => tag.name),
      tags,
    );
    const list = data.tags.find((/** @type {{ name: string }} */ tag) => tag.name === 'lw-resource-list');
    const layout = list.attributes.find((/** @type {{ name: string }} */ attribute) => attribute.name === 'layout');
    assert.deepEqual(layout.values, [{ name: 'cards' }, { name: 'compact' }]);
    assert.ok(layout.description.length > 10, layout.description);
  });

  it('web-types lists every tag with its attributes and events, and package.json points at it', async () => {
    const data = await read('../../dist/web-types.json');
    const pkg = await read('../../package.json');
    assert.equal(pkg['web-types'], './dist/web-types.json');
    assert.equal(data.version, pkg.version);
    const search = data.contributions.html.elements.find(
      (/** @type {{ name: string }} */ e) => e.name === 'lw-activity-search',
    );
    assert.ok(search.attributes.some((/** @type {{ name: string }} */ a) => a.name === 'page-size'));
    assert.deepEqual(
      search.events.map((/** @type {{ name: string }} */ event) => event.name),
      ['lw-search', 'lw-select', 'lw-locate'],
    );
  });
});

/** @typedef {{ name: string, default?: string, description?: string }} CssProperty */
/** @typedef {{ name: string, tagName: string, attributes?: { name: string, type?: { text: string } }[], cssProperties?: CssProperty[], members?: unknown[] }} Element */

/** @returns {Element} */
const element = (/** @type {string} */ tag) =>
  manifest.modules
    .flatMap((/** @type {any} */ module) => module.declarations ?? [])
    .find((/** @type {Element} */ entry) => entry.tagName === tag);

describe('<lw-source> and CSS property defaults in the manifest and the editor data', () => {
  it('lists <lw-source> beside <lw-feed>, with its attributes, as a tag the package reads but never defines', () => {
    const feedModule = manifest.modules.find(
      (/** @type {any} */ module) => module.path === 'dist/components/feed/feed.js',
    );
    const source = feedModule.declarations.find((/** @type {Element} */ entry) => entry.tagName === 'lw-source');
    assert.equal(source.name, 'LwSource');
    assert.deepEqual(
      source.attributes.map((/** @type {any} */ attribute) => [attribute.name, attribute.type?.text]),
      [
        ['src', undefined],
        ['format', "'linkwork' | 'openreferral' | 'openactive'"],
        ['search', "'remote'"],
      ],
    );
    // The shipped module exports LwFeed only, and no define module defines lw-source: it is a type, read by <lw-feed>.
    assert.deepEqual(
      feedModule.exports.map((/** @type {any} */ entry) => entry.name),
      ['LwFeed'],
    );
    const defined = manifest.modules.flatMap((/** @type {any} */ module) =>
      (module.exports ?? []).filter((/** @type {any} */ entry) => entry.kind === 'custom-element-definition'),
    );
    assert.equal(
      defined.some((/** @type {any} */ entry) => entry.name === 'lw-source'),
      false,
    );
    assert.equal(source.cssProperties, undefined, 'it has no styles of its own');
  });

  it('offers <lw-source> and its formats in VS Code, JetBrains IDEs and JSX', async () => {
    const vscode = await read('../../dist/vscode.html-custom-data.json');
    const tag = vscode.tags.find((/** @type {{ name: string }} */ entry) => entry.name === 'lw-source');
    assert.match(tag.description, /^One more feed for the `<lw-feed>` around it/);
    const format = tag.attributes.find((/** @type {{ name: string }} */ attribute) => attribute.name === 'format');
    assert.deepEqual(format.values, [{ name: 'linkwork' }, { name: 'openreferral' }, { name: 'openactive' }]);
    const webTypes = await read('../../dist/web-types.json');
    const jetbrains = webTypes.contributions.html.elements.find(
      (/** @type {{ name: string }} */ entry) => entry.name === 'lw-source',
    );
    assert.deepEqual(
      jetbrains.attributes.map((/** @type {{ name: string }} */ attribute) => attribute.name),
      ['src', 'format', 'search'],
    );
    const jsx = await readFile(new URL('../../dist/jsx.d.ts', import.meta.url), 'utf8');
    assert.match(jsx, /'lw-source': LwSourceProps;/);
    assert.match(jsx, /'format': 'linkwork' \| 'openreferral' \| 'openactive';/);
  });

  it("gives every widget's own CSS properties a default, in the manifest and in both editors' data", async () => {
    /** @type {(CssProperty & { tag: string })[]} */
    const own = tags.flatMap((/** @type {string} */ tag) =>
      (element(tag).cssProperties ?? [])
        .filter((property) => property.name.startsWith(`--${tag}-`))
        .map((property) => ({ tag, ...property })),
    );
    assert.equal(own.length, 9, own.map((property) => property.name).join(', '));
    assert.deepEqual(
      own.filter((property) => !property.default),
      [],
    );
    const height = own.find((property) => property.name === '--lw-network-finder-height');
    assert.equal(height?.default, '28rem');

    const webTypes = await read('../../dist/web-types.json');
    const finder = webTypes.contributions.html.elements.find(
      (/** @type {{ name: string }} */ entry) => entry.name === 'lw-network-finder',
    );
    assert.deepEqual(
      finder.css.properties.find(
        (/** @type {CssProperty} */ property) => property.name === '--lw-network-finder-height',
      ),
      {
        name: '--lw-network-finder-height',
        description: 'Height of the map (also set by the `height` attribute). Default: `28rem`.',
      },
    );
    assert.ok(finder.css.parts.some((/** @type {{ name: string }} */ part) => part.name === 'map'));

    const css = await read('../../dist/vscode.css-custom-data.json');
    const byName = new Map(css.properties.map((/** @type {CssProperty} */ property) => [property.name, property]));
    assert.equal(
      byName.get('--lw-resource-list-card-width').description,
      'The narrowest a card may be before the cards layout puts fewer in a row. Default: `16rem`. (<lw-resource-list>)',
    );
    assert.match(byName.get('--lw-color-accent').description, /Default: `#0b5cad`\. \(<lw-activity-search>, <lw-feed>/);
    for (const property of own) assert.ok(byName.has(property.name), `${property.name} in VS Code's CSS data`);
  });
});

describe('the reference pages made from the manifest (dist/docs/, for the demo)', () => {
  it('has a page for every tag, listing each of its CSS properties with its default, and an index of them all', async () => {
    const index = await readFile(new URL('../../dist/docs/index.html', import.meta.url), 'utf8');
    for (const tag of tags) {
      assert.ok(index.includes(`<a href="${tag}.html">`), `the index links to ${tag}`);
      const html = await readFile(new URL(`../../dist/docs/${tag}.html`, import.meta.url), 'utf8');
      assert.ok(html.includes(`<h1><code>&lt;${tag}&gt;</code></h1>`), tag);
      for (const property of element(tag).cssProperties ?? []) {
        const row = `<tr><td><code>${property.name}</code></td><td><code>${property.default}</code></td>`;
        assert.ok(html.includes(row), `${tag}: ${property.name} = ${property.default}`);
      }
    }
  });
});

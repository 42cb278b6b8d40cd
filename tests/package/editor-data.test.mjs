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

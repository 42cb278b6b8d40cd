import { expect } from '@open-wc/testing';
import { builtInLabels, CategoryMapper } from '../../../src/feed/adapters/categories.js';
import { cy } from '../../../src/i18n/cy.js';
import { adapters } from '../../../src/i18n/en/adapters.js';
import { load } from './helpers.js';

const labels = builtInLabels(adapters);

describe('category mapping', () => {
  it('places common activity words in built-in categories, and keeps the rest under their own label', () => {
    const mapper = new CategoryMapper({ labels });
    expect(mapper.idsFor(['Arts / Crafts'])).to.deep.equal(['arts']);
    expect(mapper.idsFor(['Singing'])).to.deep.equal(['music']);
    expect(mapper.idsFor(['Walking Football'])).to.deep.equal(['walking', 'football']);
    expect(mapper.idsFor(['Healthy Eating', 'Cookery'])).to.deep.equal(['cooking']);
    expect(mapper.idsFor(['Bee Keeping'])).to.deep.equal(['bee-keeping']);
    expect(mapper.categories).to.deep.equal([
      { id: 'arts', label: 'Arts and crafts' },
      { id: 'music', label: 'Music and singing' },
      { id: 'walking', label: 'Walking' },
      { id: 'football', label: 'Football' },
      { id: 'cooking', label: 'Cooking and healthy eating' },
      { id: 'bee-keeping', label: 'Bee Keeping' },
    ]);
  });

  it('names built-in categories in the page language', () => {
    const mapper = new CategoryMapper({ labels: builtInLabels(cy) });
    mapper.idsFor(['Gardening']);
    expect(mapper.categories).to.deep.equal([{ id: 'gardening', label: 'Garddio' }]);
  });

  it("follows the publisher's mapping first, then the feed's own categories", () => {
    const mapper = new CategoryMapper({
      labels,
      map: { 'Arts / Crafts': 'creative', Woodwork: 'creative' },
      known: [
        { id: 'creative', label: 'Creative activities' },
        { id: 'sport', label: 'Sport and games' },
      ],
    });
    expect(mapper.idsFor(['arts / crafts', 'WOODWORK', 'Sport and games'])).to.deep.equal(['creative', 'sport']);
    expect(mapper.categories).to.deep.equal([
      { id: 'creative', label: 'Creative activities' },
      { id: 'sport', label: 'Sport and games' },
    ]);
  });

  it('takes a categoryMap from a Linkwork feed given alongside, and a property map over it', async () => {
    const withFeed = await load([
      { url: '/tests/fixtures/adapters/category-map-feed.json' },
      { url: '/adapters/oruk3/services' },
    ]);
    const shed = withFeed.feed.activities.find((a) => a.title === "Men's Shed")!;
    expect(shed.categories).to.deep.equal(['arts']);
    expect(withFeed.feed.categories.find((c) => c.id === 'arts')!.label).to.equal('Arts and crafts (from the feed)');

    const withProperty = await load(
      [{ url: '/tests/fixtures/adapters/category-map-feed.json' }, { url: '/adapters/oruk3/services' }],
      { categoryMap: { Woodwork: 'making' } },
    );
    expect(withProperty.feed.activities.find((a) => a.title === "Men's Shed")!.categories).to.deep.equal(['making']);
  });
});

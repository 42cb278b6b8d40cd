import { expect } from '@open-wc/testing';
import { resourceWords } from '../../src/components/resource-list/resource-words.js';
import { parseFeed } from '../../src/feed/parse.js';
import { findResources, groupByType } from '../../src/search/resources.js';
import { cy, en } from '../helpers/catalogues.js';
import { resourceFeed } from './harness.js';

const { feed } = parseFeed(resourceFeed);
const ids = (resources: { id: string }[]) => resources.map((resource) => resource.id);

describe('findResources', () => {
  it('keeps feed order without a query, and groups by type in a fixed order', () => {
    const { resources } = findResources(feed, resourceWords(en));
    expect(ids(resources)).to.deep.equal([
      'portal',
      'webinar',
      'guide-museums',
      'guide-public',
      'network',
      'organisation',
    ]);
    expect(groupByType(resources).map((group) => group.type)).to.deep.equal([
      'portal',
      'webinar',
      'guide',
      'network',
      'organisation',
    ]);
  });

  it('counts each type with the audience chosen, and each audience with the types chosen', () => {
    const { typeCounts, audienceCounts } = findResources(feed, resourceWords(en), {
      types: ['guide'],
      audiences: ['public'],
    });
    expect(Object.fromEntries(typeCounts)).to.deep.equal({
      portal: 0,
      webinar: 0,
      guide: 1,
      network: 1,
      organisation: 0,
    });
    expect(Object.fromEntries(audienceCounts)).to.deep.equal({
      'cultural-organisations': 1,
      'link-workers': 0,
      public: 1,
    });
  });

  it('ranks by the shared index: a title match first, typos forgiven, type words in the language given', () => {
    expect(ids(findResources(feed, resourceWords(en), { query: 'netwrk' }).resources)).to.deep.equal(['network']);
    expect(ids(findResources(feed, resourceWords(cy), { query: 'rhwydweithiau' }).resources)).to.deep.equal([
      'network',
    ]);
    // A word counts in each field it is in (issue 11): "Link Workers" in the title and the audience comes first.
    expect(ids(findResources(feed, resourceWords(en), { query: 'link workers' }).resources).slice(0, 2)).to.deep.equal([
      'organisation',
      'guide-museums',
    ]);
  });
});

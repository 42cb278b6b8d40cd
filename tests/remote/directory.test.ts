/** The remote layer without widgets: what an API can take, the addresses asked, and answers that are not pages. */
import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/errors.js';
import { openApiParameters, rootUrl, shapeCapabilities } from '../../src/feed/remote/capabilities.js';
import { RemoteDirectory } from '../../src/feed/remote/directory.js';
import { remoteRequest } from '../../src/feed/remote/request.js';
import { adapters } from '../../src/i18n/en/adapters.js';

const everything = { query: 'choir', termIds: ['term-choir'], age: 70, days: ['MO'] };

describe('remote: capabilities', () => {
  it('reads the query parameters of GET /services from an openapi document, following $refs', () => {
    const document = {
      paths: {
        '/services': {
          get: {
            parameters: [
              { $ref: '#/components/parameters/search' },
              { name: 'postcode', in: 'query' },
              { name: 'id', in: 'path' },
              { $ref: '#/components/parameters/missing' },
            ],
          },
        },
      },
      components: { parameters: { search: { name: 'search', in: 'query' } } },
    };
    expect(openApiParameters(document)).to.deep.equal(['search', 'postcode']);
    expect(openApiParameters({ paths: {} })).to.equal(undefined);
    expect(openApiParameters('not a document')).to.equal(undefined);
  });

  it('finds the `/` of an API from its /services, and nothing for another address', () => {
    expect(rootUrl('https://directory.example/api/v3/services?x=1')).to.equal('https://directory.example/api/v3/');
    expect(rootUrl('https://directory.example/api/v3/services/')).to.equal('https://directory.example/api/v3/');
    expect(rootUrl('https://directory.example/data/services-{page}.json')).to.equal(undefined);
  });

  it('asks each shape in its own words, and only what it takes', () => {
    const base = 'https://directory.example/services';
    const near = { postcode: 'LS1 4AP', lat: 53.8, lng: -1.55, withinKm: 2 };
    const current = remoteRequest(base, { ...everything, near }, shapeCapabilities('3.0', 1), 2);
    expect(current.url).to.equal(
      'https://directory.example/services?search=choir&taxonomy_term_id=term-choir&postcode=LS1+4AP&proximity=2000&per_page=50&page=3',
    );
    expect(current.applied).to.deep.equal(['query', 'categories', 'distance']);
    const older = remoteRequest(
      base,
      { ...everything, near: { ...near, postcode: undefined } },
      shapeCapabilities('older', 0),
      1,
    );
    expect(older.url).to.equal(
      'https://directory.example/services?text=choir&taxonomy_id=term-choir&per_page=50&page=1',
    );
    expect(older.applied).to.deep.equal(['query', 'categories']);
    const off = remoteRequest(base, everything, shapeCapabilities('3.0', 1), 0, new Set(['categories', 'query']));
    expect(off.url).to.equal('https://directory.example/services?per_page=50');
    expect(off.applied).to.deep.equal([]);
  });
});

describe('remote: answers', () => {
  it('says when an answer is not a page of services', async () => {
    const first = { shape: '3.0' as const, services: [], last: true, pageNumber: 1 };
    const directory = new RemoteDirectory(
      '/tests/fixtures/search-feed.json',
      first,
      { url: '/first', bytes: 0 },
      { categoryNames: adapters },
    );
    await directory.discover();
    expect(directory.capabilities.from).to.equal('shape');
    const failure = await directory.page(everything, 0, new Set()).catch((error: unknown) => error);
    expect(failure).to.be.instanceOf(FeedError);
    expect((failure as FeedError).message).to.match(/did not answer with a page of Open Referral UK services\.$/);
  });
});

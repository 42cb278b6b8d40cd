import { expect } from '@open-wc/testing';
import { chooseFormat, detectFormat } from '../../../src/feed/adapters/detect.js';
import { FeedError } from '../../../src/feed/errors.js';
import { load } from './helpers.js';

async function failure(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    return error as FeedError;
  }
  throw new Error('expected the load to fail');
}

describe('choosing the format', () => {
  it('tells each format from its first page', async () => {
    const first = async (url: string) => (await fetch(url)).json();
    expect(detectFormat(await first('/tests/fixtures/valid-feed.json'))).to.equal('linkwork');
    expect(detectFormat(await first('/adapters/oruk3/services'))).to.equal('openreferral');
    expect(detectFormat(await first('/adapters/oruk-older/services'))).to.equal('openreferral');
    expect(detectFormat(await first('/adapters/openactive/feed'))).to.equal('openactive');
    expect(detectFormat(await first('/adapters/unknown'))).to.equal(undefined);
  });

  it('picks the right adapter when no format is given', async () => {
    const loaded = await load([
      { url: '/tests/fixtures/valid-feed.json' },
      { url: '/adapters/oruk-older/services' },
      { url: '/adapters/openactive/feed' },
    ]);
    expect(loaded.sources.map((s) => s.format)).to.deep.equal(['linkwork', 'openreferral', 'openactive']);
  });

  it('says what the feed looks like when the given format is wrong', async () => {
    const error = await failure(load([{ url: '/adapters/oruk3/services', format: 'openactive' }]));
    expect(error).to.be.instanceOf(FeedError);
    expect(error.kind).to.equal('invalid');
    expect(error.message).to.equal(
      '/adapters/oruk3/services was given as format="openactive" (an OpenActive RPDE feed), but it looks like an Open Referral UK services API (format="openreferral").',
    );
  });

  it('says which signs it looked for when it cannot tell', async () => {
    const error = await failure(load([{ url: '/adapters/unknown' }]));
    expect(error.message)
      .to.contain('cannot tell what kind of feed /adapters/unknown is')
      .and.contain('"items" and "next"');
    expect(() => chooseFormat({ items: [] }, 'x.json', 'openreferral')).to.throw(
      FeedError,
      'it has none of "contents" with "total_items"',
    );
    expect(() => chooseFormat({}, 'x.json', 'oruk')).to.throw(
      FeedError,
      'format="oruk" is not a format Linkwork reads',
    );
  });

  it('still reads a plain Linkwork feed exactly as before', async () => {
    const loaded = await load([{ url: '/tests/fixtures/valid-feed.json', format: 'linkwork' }]);
    expect(loaded.feed.activities).to.have.length(4);
    expect(loaded.feed.title).to.equal('Test feed');
    expect(loaded.problems).to.deep.equal([]);
  });
});

import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/errors.js';
import { parseFeed } from '../../src/feed/parse.js';

const fixture = async () => (await fetch('/tests/fixtures/valid-feed.json')).json();

const activity = (extra: object) => ({ id: 'a', title: 'A walk', ...extra });

describe('parseFeed', () => {
  it('keeps every record of a valid feed and reports no problems', async () => {
    const { feed, problems } = parseFeed(await fixture());
    expect(problems).to.deep.equal([]);
    expect(feed.activities.map((a) => a.id)).to.deep.equal(['garden-club', 'swim', 'paint-online', 'craft']);
    expect(feed.networks).to.have.length(2);
    expect(feed.resources).to.have.length(2);
    expect(feed.title).to.equal('Test feed');
  });

  it('fills defaults and ignores unknown fields', () => {
    const { feed } = parseFeed({ version: 1, activities: [activity({ colour: 'red' })] });
    const [walk] = feed.activities;
    expect(walk).to.deep.include({ categories: [], accessibility: [], schedule: [], online: false });
    expect(walk).not.to.have.property('colour');
  });

  describe('drops a bad record, says why, and keeps the rest', () => {
    const cases: [string, object, RegExp][] = [
      ['a missing id', { title: 'No id' }, /id is missing/],
      ['an empty title', { id: 'x', title: '  ' }, /title must not be empty/],
      [
        'a latitude out of range',
        activity({ id: 'x', location: { lat: 95, lng: 0 } }),
        /location\.lat must be at most 90/,
      ],
      [
        'a longitude of the wrong type',
        activity({ id: 'x', location: { lat: 51, lng: '-1' } }),
        /location\.lng must be a number/,
      ],
      ['a javascript: link', activity({ id: 'x', url: 'javascript:alert(1)' }), /url must be an http\(s\) link/],
      [
        'a data: link in contact',
        activity({ id: 'x', contact: { url: 'data:text/html,hi' } }),
        /contact\.url must be an http\(s\) link/,
      ],
      [
        'a bad time',
        activity({ id: 'x', schedule: [{ days: ['mon'], start: '25:00' }] }),
        /schedule\.0\.start must be a 24-hour time/,
      ],
      [
        'an unknown day',
        activity({ id: 'x', schedule: [{ days: ['funday'] }] }),
        /schedule\.0\.days\.0 must be one of "mon"/,
      ],
      ['a repeated id', activity({}), /another record already has the id "a"/],
    ];
    for (const [what, bad, reason] of cases) {
      it(what, () => {
        const { feed, problems } = parseFeed({ version: 1, activities: [activity({}), bad, activity({ id: 'b' })] });
        expect(feed.activities.map((a) => a.id)).to.deep.equal(['a', 'b']);
        expect(problems).to.have.length(1);
        expect(problems[0]).to.include({ collection: 'activities', index: 1 });
        expect(problems[0].reason).to.match(reason);
      });
    }

    it('reports the id of a dropped record when it has one', () => {
      const { problems } = parseFeed({
        version: 1,
        networks: [{ id: 'n1', name: 'N', scope: 'local', coverage: { radiusKm: 5 } }],
      });
      expect(problems).to.deep.equal([
        {
          collection: 'networks',
          index: 0,
          id: 'n1',
          reason: 'coverage a radius coverage needs a location to measure from',
        },
      ]);
    });

    it('rejects a resource link that is not http(s)', () => {
      const { feed, problems } = parseFeed({
        version: 1,
        resources: [
          { id: 'r', title: 'R', type: 'guide', url: 'javascript:void(0)' },
          { id: 's', title: 'S', type: 'guide', url: 'https://example.org/' },
        ],
      });
      expect(feed.resources.map((r) => r.id)).to.deep.equal(['s']);
      expect(problems[0]).to.include({ id: 'r', reason: 'url must be an http(s) link' });
    });

    it('accepts mailto and tel only as contact email and phone', () => {
      const { feed } = parseFeed({
        version: 1,
        activities: [activity({ contact: { email: 'hello@example.org', phone: '+44 113 496 0000' } })],
      });
      expect(feed.activities[0].contact).to.deep.equal({ email: 'hello@example.org', phone: '+44 113 496 0000' });
    });

    it('reports a record list that is not a list', () => {
      const { problems } = parseFeed({ version: 1, activities: { id: 'a' } });
      expect(problems).to.deep.equal([
        { collection: 'activities', index: -1, reason: '"activities" must be a list, but it is an object.' },
      ]);
    });
  });

  describe('feed-level errors', () => {
    const cases: [string, unknown, RegExp][] = [
      ['a list', [], /must be a JSON object, but it is a list/],
      ['null', null, /must be a JSON object, but it is null/],
      ['a string', 'hello', /must be a JSON object, but it is a string/],
      ['no version', { activities: [] }, /has no "version"/],
      ['an unsupported version', { version: 2 }, /is version 2; this library reads version 1/],
    ];
    for (const [what, input, message] of cases) {
      it(`is an invalid feed when it is ${what}`, () => {
        expect(() => parseFeed(input)).to.throw(FeedError, message);
        try {
          parseFeed(input);
        } catch (error) {
          expect((error as FeedError).kind).to.equal('invalid');
        }
      });
    }
  });
});

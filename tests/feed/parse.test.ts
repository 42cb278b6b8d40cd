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

  it('reads a currency code in any case, with spaces around it', () => {
    const { feed, problems } = parseFeed({
      version: 1,
      activities: [
        activity({ cost: { amount: 3, currency: ' eur ' } }),
        activity({ id: 'b', cost: { amount: 2, currency: 'gbp' } }),
      ],
    });
    expect(feed.activities.map((a) => a.cost)).to.deep.equal([
      { amount: 3, currency: 'EUR' },
      { amount: 2, currency: 'GBP' },
    ]);
    expect(problems).to.deep.equal([]);
  });

  describe('drops a record only without an id or a title, and says why', () => {
    const cases: [string, unknown, string][] = [
      ['a missing id', { title: 'No id' }, 'id is missing'],
      ['an empty title', { id: 'x', title: '  ' }, 'title must not be empty'],
      ['a title that is only markup', { id: 'x', title: '<p></p>' }, 'title must not be empty'],
      ['a record that is not an object', 'a walk', 'the record is a string, not an object.'],
      ['a repeated id', activity({}), 'another record already has the id "a".'],
    ];
    for (const [what, bad, reason] of cases) {
      it(what, () => {
        const { feed, problems } = parseFeed({ version: 1, activities: [activity({}), bad, activity({ id: 'b' })] });
        expect(feed.activities.map((a) => a.id)).to.deep.equal(['a', 'b']);
        expect(problems).to.have.length(1);
        expect(problems[0]).to.include({ collection: 'activities', index: 1, severity: 'dropped', reason });
      });
    }

    it('reports each repeated id at its own position', () => {
      const { problems } = parseFeed({
        version: 1,
        activities: [activity({}), activity({ title: 'Again' }), activity({ id: 'b' }), activity({ title: 'Thrice' })],
      });
      expect(problems.map((p) => [p.index, p.id, p.severity])).to.deep.equal([
        [1, 'a', 'dropped'],
        [3, 'a', 'dropped'],
      ]);
    });

    it('drops a network without a usable coverage, and a resource without a usable link', () => {
      const { feed, problems } = parseFeed({
        version: 1,
        networks: [{ id: 'n1', name: 'N', scope: 'local', coverage: { radiusKm: 5 } }],
        resources: [
          { id: 'r', title: 'R', type: 'guide', url: 'javascript:void(0)' },
          { id: 's', title: 'S', type: 'guide', url: 'https://example.org/' },
        ],
      });
      expect(feed.networks).to.deep.equal([]);
      expect(feed.resources.map((r) => r.id)).to.deep.equal(['s']);
      expect(problems).to.deep.equal([
        {
          collection: 'networks',
          index: 0,
          id: 'n1',
          severity: 'dropped',
          reason: 'coverage a radius coverage needs a location to measure from',
        },
        { collection: 'resources', index: 0, id: 'r', severity: 'dropped', reason: 'url must be an http(s) link' },
      ]);
    });

    it('reports a record list that is not a list', () => {
      const { problems } = parseFeed({ version: 1, activities: { id: 'a' } });
      expect(problems).to.deep.equal([
        {
          collection: 'activities',
          index: -1,
          severity: 'dropped',
          reason: '"activities" must be a list, but it is an object.',
        },
      ]);
    });
  });

  describe('a bad field costs the field, not the record', () => {
    const cases: [string, object, string, string, object][] = [
      [
        'a latitude out of range',
        { location: { name: 'Hall', lat: 100, lng: 101, postcode: 'LS1 1AA' } },
        'location',
        'location.lat must be at most 90; the coordinates were removed and the rest of the place kept.',
        { location: { name: 'Hall', postcode: 'LS1 1AA' } },
      ],
      [
        'a longitude of the wrong type',
        { location: { lat: 51, lng: '-1', address: '1 High Street' } },
        'location',
        'location.lng must be a number; the coordinates were removed and the rest of the place kept.',
        { location: { address: '1 High Street' } },
      ],
      [
        'a javascript: link',
        { url: 'javascript:alert(1)' },
        'url',
        'url must be an http(s) link; the field was removed.',
        {},
      ],
      [
        'a data: link in contact',
        { contact: { name: 'Jo', url: 'data:text/html,hi' } },
        'contact.url',
        'contact.url must be an http(s) link; the field was removed.',
        { contact: { name: 'Jo' } },
      ],
      [
        'a bad time',
        { schedule: [{ days: ['mon'], start: '25:00' }] },
        'schedule.0.start',
        'schedule.0.start must be a 24-hour time such as 09:30; the field was removed.',
        { schedule: [{ days: ['mon'], frequency: 'weekly' }] },
      ],
      [
        'a currency that is not a code',
        { cost: { amount: 3, currency: 'pounds' } },
        'cost.currency',
        'cost.currency must be a three-letter currency code such as GBP; the field was removed.',
        { cost: { amount: 3, currency: 'GBP' } },
      ],
      [
        'an unknown day',
        { schedule: [{ days: ['funday', 'tue'] }] },
        'schedule.0.days.0',
        'schedule.0.days.0 must be one of "mon", "tue", "wed", "thu", "fri", "sat", "sun"; the field was removed.',
        { schedule: [{ days: ['tue'], frequency: 'weekly' }] },
      ],
      [
        'a description that is a number',
        { description: 5 },
        'description',
        'description must be a string; the field was removed.',
        {},
      ],
      [
        'an organisation without a name',
        { organisation: { url: 'https://example.org/' } },
        'organisation',
        'organisation.name is missing; organisation was removed.',
        {},
      ],
      [
        'an email that is not one',
        { contact: { email: 'ring us', phone: '0113 496 0000' } },
        'contact.email',
        'contact.email must be an email address; the field was removed.',
        { contact: { phone: '0113 496 0000' } },
      ],
    ];
    for (const [what, bad, field, reason, kept] of cases) {
      it(what, () => {
        const { feed, problems } = parseFeed({ version: 1, activities: [activity(bad)] });
        expect(feed.activities).to.have.length(1);
        expect(feed.activities[0]).to.deep.include({ id: 'a', title: 'A walk', ...kept });
        expect(problems).to.deep.equal([
          { collection: 'activities', index: 0, id: 'a', severity: 'field', field, reason },
        ]);
      });
    }

    it('mends links and contacts whose meaning is clear, and says what it did', () => {
      const { feed, problems } = parseFeed({
        version: 1,
        activities: [
          activity({
            url: 'www.northlincs.gov.uk',
            organisation: { name: 'Growers', url: 'http:www.example.co.uk' },
            contact: { email: ' garden@example.org\u200b. ', phone: 'tel:0113 496 0001', url: 'example.org/path' },
          }),
        ],
      });
      expect(feed.activities[0]).to.deep.include({
        url: 'https://www.northlincs.gov.uk',
        organisation: { name: 'Growers', url: 'http://www.example.co.uk' },
        contact: { email: 'garden@example.org', phone: '0113 496 0001', url: 'https://example.org/path' },
      });
      expect(problems.map((p) => [p.severity, p.field, p.reason])).to.deep.equal([
        [
          'field',
          'organisation.url',
          'organisation.url "http:www.example.co.uk" was mended to "http://www.example.co.uk" (wrote the scheme as http://).',
        ],
        ['field', 'contact.phone', 'contact.phone "tel:0113 496 0001" was mended to "0113 496 0001" (removed tel:).'],
        [
          'field',
          'contact.email',
          'contact.email " garden@example.org\\u200b. " was mended to "garden@example.org" (removed an invisible character, removed the trailing dot).',
        ],
        [
          'field',
          'contact.url',
          'contact.url "example.org/path" was mended to "https://example.org/path" (added https://).',
        ],
        ['field', 'url', 'url "www.northlincs.gov.uk" was mended to "https://www.northlincs.gov.uk" (added https://).'],
      ]);
    });

    it('keeps a phone number written with words, as the publisher wrote it', () => {
      const { feed, problems } = parseFeed({
        version: 1,
        activities: [activity({ contact: { phone: 'Call 0113 496 0000 (Mon to Fri)' } })],
      });
      expect(feed.activities[0].contact).to.deep.equal({ phone: 'Call 0113 496 0000 (Mon to Fri)' });
      expect(problems).to.deep.equal([]);
    });

    it('accepts mailto and tel only as contact email and phone', () => {
      const { feed } = parseFeed({
        version: 1,
        activities: [activity({ contact: { email: 'hello@example.org', phone: '+44 113 496 0000' } })],
      });
      expect(feed.activities[0].contact).to.deep.equal({ email: 'hello@example.org', phone: '+44 113 496 0000' });
    });

    it('keeps a place without coordinates, and one with only an address', () => {
      const { feed, problems } = parseFeed({
        version: 1,
        activities: [activity({ location: { name: 'Village hall', postcode: 'LS7 3EX' } })],
      });
      expect(feed.activities[0].location).to.deep.equal({ name: 'Village hall', postcode: 'LS7 3EX' });
      expect(problems).to.deep.equal([]);
    });

    it('turns HTML in descriptions and titles into plain text with paragraphs', () => {
      const { feed } = parseFeed({
        version: 1,
        activities: [
          activity({
            title: 'Parent &amp; Toddler',
            description: '<p>Tea &amp; cake.</p><p>Bring&nbsp;a friend&#39;s &rsquo;mug&rsquo;.</p>',
          }),
        ],
      });
      expect(feed.activities[0].title).to.equal('Parent & Toddler');
      expect(feed.activities[0].description).to.equal("Tea & cake.\n\nBring a friend's \u2019mug\u2019.");
    });

    it('reads the feed’s own fields one by one: bad synonyms do not cost the title', () => {
      const { feed, problems } = parseFeed({
        version: 1,
        title: 'Leeds &amp; Bradford activities',
        synonyms: { choir: 'singing' },
        bankHolidays: 'sometimes',
        activities: [activity({})],
      });
      expect(feed.title).to.equal('Leeds & Bradford activities');
      expect(feed).not.to.have.property('synonyms');
      expect(feed).not.to.have.property('bankHolidays');
      expect(problems).to.deep.equal([
        {
          collection: 'feed',
          index: -1,
          severity: 'field',
          field: 'bankHolidays',
          reason: 'bankHolidays must be one of "closed", "open"; the field was removed.',
        },
        {
          collection: 'feed',
          index: -1,
          severity: 'field',
          field: 'synonyms',
          reason: 'synonyms.choir must be an array; the field was removed.',
        },
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

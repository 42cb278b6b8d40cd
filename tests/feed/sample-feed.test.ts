import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';

// The demo's sample feed: valid, big and varied enough to show every widget, and plainly invented.
const sample = async () => (await fetch('/demo/feed.json')).json();

const seedKinds = [
  'volunteering',
  'arts',
  'group-learning',
  'gardening',
  'befriending',
  'cookery',
  'healthy-eating',
  'sport',
  'dance',
  'nature-walks',
  'museums',
  'libraries',
];

// Ofcom's numbers reserved for drama: none of them reaches a real person.
const dramaNumber = /^(01632 960[0-9]{3}|0113 496 0[0-9]{3}|020 7946 0[0-9]{3})$/;

describe('the sample feed (demo/feed.json)', () => {
  it('validates with no problems', async () => {
    const { problems } = parseFeed(await sample());
    expect(problems).to.deep.equal([]);
  });

  it('has at least 80 activities in at least 10 towns, some online', async () => {
    const { feed } = parseFeed(await sample());
    expect(feed.activities.length).to.be.at.least(80);
    const towns = new Set(
      feed.activities.flatMap((a) => (a.location?.address ? [a.location.address.split(', ').at(-1)] : [])),
    );
    expect(towns.size).to.be.at.least(10);
    expect(feed.activities.filter((a) => a.online && a.location === null)).to.not.be.empty;
  });

  it('has the five arts-and-health networks and three national bodies', async () => {
    const { feed } = parseFeed(await sample());
    const local = feed.networks.filter((n) => n.scope !== 'national');
    expect(local.map((n) => n.name.replace(' (sample)', ''))).to.have.members([
      'Arts and Health South West',
      'London Arts in Health Forum',
      'Leeds Arts Health and Wellbeing Network',
      'Arts Derbyshire',
      'Arts and Health Network North East',
    ]);
    const national = feed.networks.filter((n) => n.scope === 'national');
    expect(national).to.have.length(3);
    expect(national.every((n) => n.coverage === 'national')).to.equal(true);
  });

  it('covers every activity kind of the seed page, with varied schedules, costs and accessibility', async () => {
    const { feed } = parseFeed(await sample());
    const used = new Set(feed.activities.flatMap((a) => a.categories));
    expect([...used]).to.include.members(seedKinds);
    expect(feed.categories.map((c) => c.id)).to.include.members(seedKinds);
    const frequencies = new Set(feed.activities.flatMap((a) => a.schedule.map((s) => s.frequency)));
    expect([...frequencies]).to.include.members(['weekly', 'fortnightly', 'monthly']);
    expect(feed.activities.some((a) => a.cost && 'free' in a.cost)).to.equal(true);
    expect(feed.activities.some((a) => a.cost && 'amount' in a.cost)).to.equal(true);
    const access = new Set(feed.activities.flatMap((a) => a.accessibility));
    expect([...access]).to.include.members([
      'step-free',
      'hearing-loop',
      'quiet-space',
      'bsl',
      'large-print',
      'accessible-toilet',
    ]);
  });

  it('is marked as sample data, with no real phone numbers, emails or links', async () => {
    const json = await sample();
    expect(json.description).to.match(/^SAMPLE DATA/);
    const { feed } = parseFeed(json);
    const phones = [...feed.networks, ...feed.activities.map((a) => a.contact ?? {})].flatMap((r) =>
      r.phone ? [r.phone] : [],
    );
    expect(phones).to.not.be.empty;
    for (const phone of phones) expect(phone).to.match(dramaNumber);
    const text = JSON.stringify(json);
    const hosts = [...text.matchAll(/https?:\/\/([^/"]+)/g)].map((m) => m[1]);
    const emails = [...text.matchAll(/@([a-z0-9.-]+)"/g)].map((m) => m[1]);
    for (const host of [...hosts, ...emails]) expect(host).to.match(/(^|\.)example\.(org|com)$/);
  });

  it('has the resources the design names, with a registration badge for the webinar', async () => {
    const { feed } = parseFeed(await sample());
    const titles = feed.resources.map((r) => r.title).join(' | ');
    for (const name of [
      'Culture, Health and Wellbeing Alliance',
      'arts on prescription',
      'Social Prescribing Network',
      'National Association of Link Workers',
    ]) {
      expect(titles).to.include(name);
    }
    expect(
      feed.resources.find((r) => r.type === 'webinar' && /arts on prescription/.test(r.title))?.registrationRequired,
    ).to.equal(true);
    expect(new Set(feed.resources.map((r) => r.type)).size).to.be.at.least(4);
  });
});

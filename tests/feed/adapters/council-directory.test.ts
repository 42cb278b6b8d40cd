import { expect } from '@open-wc/testing';
import { detectFormat } from '../../../src/feed/adapters/detect.js';
import { activity, load } from './helpers.js';

const council = '/adapters/council/services';

describe('a council’s Open Referral UK list, as councils publish it', () => {
  it('keeps every service with an id and a name, and reports each mended or removed field', async () => {
    const loaded = await load([{ url: council }]);
    expect(loaded.sources[0]).to.include({ format: 'openreferral', pages: 3, read: 8, converted: 6 });
    expect(loaded.sources[0]!.dropped.map((p) => [p.index, p.reason])).to.deep.equal([
      [6, 'the service has no name.'],
      [7, 'the service is not active (its status is "inactive").'],
    ]);
    expect(loaded.sources[0]!.fields.map((p) => [p.index, p.field])).to.deep.equal([
      [0, 'organisation.url'],
      [0, 'contact.phone'],
      [0, 'url'],
      [1, 'contact.email'],
      [2, 'location'],
      [2, 'contact.email'],
      [3, 'organisation.url'],
      [3, 'contact.email'],
      [3, 'url'],
      [5, 'contact.email'],
    ]);
    expect(loaded.problems.filter((p) => p.severity === 'field')).to.have.length(10);
  });

  it('turns rich-text HTML into plain text with paragraphs and list lines, every entity decoded', async () => {
    const knit = activity(await load([{ url: council }]), 'Knit & Natter');
    expect(knit.description).to.equal(
      "Knit & Natter at Ashby Library\n\nBring your needles – or borrow ours. We're a friendly group & beginners are welcome.\n\nEach session:\n\n• Tea & biscuits\n• Help with patterns",
    );
    const cafe = activity(await load([{ url: council }]), 'Online Wellbeing Café');
    expect(cafe.description).to.equal(
      'A friendly chat over video, every week.\n\nJoin from home – you’ll get a link by email.',
    );
    const garden = activity(await load([{ url: council }]), 'Community Garden');
    expect(garden.description).to.equal('Grow vegetables with neighbours.\n\nTools and tea provided.');
  });

  it('mends links and contacts whose intent is clear, and removes what stays broken', async () => {
    const loaded = await load([{ url: council }]);
    expect(activity(loaded, 'Knit & Natter')).to.deep.include({
      url: 'https://www.northlincs.gov.uk/knit-and-natter',
      organisation: { name: 'Ashby Library', url: 'http://www.northlincs.gov.uk/libraries' },
      contact: { name: 'Library desk', email: 'ashby.library@northlincs.gov.uk', phone: '01724 860161' },
    });
    expect(activity(loaded, 'Online Wellbeing Café').contact).to.deep.equal({ name: 'Sam', email: 'cafe@example.org' });
    expect(activity(loaded, 'Community Garden').contact).to.deep.equal({ name: 'Amira', email: 'garden@example.org' });
    expect(activity(loaded, 'Health Walk')).to.deep.include({
      url: 'https://example.org/health-walks',
      contact: { name: 'Pat', email: 'walks@example.org' },
    });
    expect(activity(loaded, 'Pottery for Wellbeing').contact).to.deep.equal({
      name: 'Jo',
      phone: 'Call 01724 297000 (Mon to Fri)',
    });
    const carers = activity(loaded, "Carers' Support Group");
    expect(carers.description).to.equal('5');
    expect(carers.contact).to.deep.equal({});
    expect(loaded.problems.find((p) => p.id === '2006')!.reason).to.equal(
      'contact.email must be an email address; the field was removed.',
    );
  });

  it('keeps a place whose coordinates are impossible, or missing, by its address and postcode', async () => {
    const loaded = await load([{ url: council }]);
    expect(activity(loaded, 'Community Garden').location).to.deep.equal({
      name: 'Riddings allotments',
      address: 'Enderby Road, Scunthorpe',
      postcode: 'DN17 2JL',
    });
    expect(activity(loaded, 'Pottery for Wellbeing').location).to.deep.equal({
      name: 'Clay Studio',
      address: '12 Mary Street, Scunthorpe',
      postcode: 'DN15 6LA',
    });
    expect(loaded.problems.find((p) => p.id === '2003' && p.field === 'location')!.reason).to.equal(
      'location.lat must be at most 90; the coordinates were removed and the rest of the place kept.',
    );
  });

  it('reads online attendance, how to join, categories from deliverable_type, taxonomy and target audience', async () => {
    const loaded = await load([{ url: council }]);
    const cafe = activity(loaded, 'Online Wellbeing Café');
    expect(cafe).to.deep.include({ online: true, howToJoin: 'Self referral. Email us to get the link' });
    expect(cafe).not.to.have.property('location');
    const knit = activity(loaded, 'Knit & Natter');
    expect(knit).to.deep.include({ online: false, howToJoin: 'Drop-in' });
    expect(knit.categories).to.deep.equal(['arts', 'social-activity', 'older-people']);
    expect(activity(loaded, "Carers' Support Group").categories).to.deep.equal(['support-group', 'carers']);
    expect(loaded.feed.categories).to.deep.include({ id: 'older-people', label: 'Older people' });
  });

  it('reads week-of-month, fortnightly anchors and valid dates, without repeating what the fields say', async () => {
    const loaded = await load([{ url: council }]);
    expect(activity(loaded, 'Knit & Natter').schedule).to.deep.equal([
      {
        days: ['tue'],
        start: '10:00',
        end: '12:00',
        frequency: 'monthly',
        weeks: [1],
        validFrom: '2024-01-01',
        note: 'First Tuesday of the month, 10am to 12pm',
      },
    ]);
    expect(activity(loaded, 'Health Walk').schedule).to.deep.equal([
      {
        days: ['fri'],
        start: '11:00',
        end: '12:00',
        frequency: 'monthly',
        weeks: [-1],
        validFrom: '2026-01-01',
        validUntil: '2027-12-31',
      },
    ]);
    expect(activity(loaded, 'Pottery for Wellbeing').schedule).to.deep.equal([
      { days: ['wed'], start: '14:00', end: '16:00', frequency: 'fortnightly', date: '2026-01-07' },
    ]);
    const garden = activity(loaded, 'Community Garden');
    expect(garden.schedule).to.deep.equal([
      { days: ['tue', 'thu'], start: '10:00', end: '12:30', frequency: 'weekly' },
    ]);
    expect(garden.cost).to.deep.equal({ free: true });
  });

  it('names the cheapest price, and says ages only when the directory does', async () => {
    const loaded = await load([{ url: council }]);
    expect(activity(loaded, 'Pottery for Wellbeing').cost).to.deep.equal({
      amount: 3,
      currency: 'GBP',
      from: true,
      note: 'Concession',
    });
    expect(activity(loaded, 'Knit & Natter').ages).to.deep.equal({ min: 18 });
    expect(activity(loaded, "Carers' Support Group")).not.to.have.property('ages');
  });

  it('reads the same services as a bare list, though some have no organisation', async () => {
    const bare = await (await fetch('/adapters/council/bare')).json();
    expect(detectFormat(bare)).to.equal('openreferral');
    const loaded = await load([{ url: '/adapters/council/bare' }]);
    expect(loaded.sources[0]).to.include({ format: 'openreferral', read: 8, converted: 6 });
  });

  it('does not take a Spring page of other records for Open Referral UK', async () => {
    const page = await (await fetch('/adapters/spring-page')).json();
    expect(detectFormat(page)).to.equal(undefined);
  });
});

describe('an ORUK 3.0 service in full', () => {
  it('keeps the service with its schedule, cost and access when its coordinates are impossible', async () => {
    const loaded = await load([{ url: '/adapters/oruk3-full/services' }]);
    const counselling = activity(loaded, 'Community Counselling');
    expect(counselling).to.deep.include({
      description: 'Counselling from trained professionals, for anxiety, low mood & difficult life events.',
      location: { name: 'Anytown Civic Centre', address: '1 Main Street, Anytown', postcode: 'AB1 2CD' },
      cost: { amount: 50, currency: 'GBP', note: 'Per hour' },
      ages: { min: 12, max: 100 },
      accessibility: ['step-free'],
      contact: { email: 'email@example.com', phone: '+44 1234 567890' },
      url: 'http://example.com/counselling',
      categories: ['counselling'],
    });
    expect(counselling.schedule).to.deep.equal([
      {
        days: ['thu', 'fri'],
        start: '10:00',
        end: '18:00',
        frequency: 'weekly',
        validFrom: '2025-01-01',
        validUntil: '2027-12-31',
        note: 'The service is available from 10 am to 6pm. Not available on public holidays.',
      },
    ]);
    expect(loaded.problems.map((p) => [p.severity, p.field])).to.deep.equal([['field', 'location']]);
  });
});

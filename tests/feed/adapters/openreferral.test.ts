import { expect } from '@open-wc/testing';
import { activity, load } from './helpers.js';

const oruk3 = '/adapters/oruk3/services';
const older = '/adapters/oruk-older/services';

describe('Open Referral UK adapter', () => {
  describe('ORUK 3.0, read page by page', () => {
    it('reads every page and keeps the good services, reporting the bad ones', async () => {
      const loaded = await load([{ url: oruk3 }]);
      const [report] = loaded.sources;
      expect(report).to.include({ format: 'openreferral', pages: 3, read: 8, converted: 6 });
      expect(loaded.feed.activities.map((a) => a.title)).to.deep.equal([
        'Chapeltown Community Garden',
        'Pottery for Wellbeing',
        "Men's Shed",
        'Singing for the Brain',
        'Bowls taster',
        'Walking Football',
      ]);
      expect(loaded.problems.map((p) => [p.index, p.severity, p.reason])).to.deep.equal([
        [2, 'dropped', 'the service is not active (its status is "inactive").'],
        [4, 'dropped', 'the service has no name.'],
        [6, 'field', 'location.lat must be at most 90; the coordinates were removed and the rest of the place kept.'],
      ]);
      expect(loaded.problems.every((p) => p.source === oruk3)).to.equal(true);
      expect(loaded.partial).to.deep.equal([]);
    });

    it('turns a service into an activity: schedule, cost, ages, place, access, contact, categories', async () => {
      const loaded = await load([{ url: oruk3 }]);
      const garden = activity(loaded, 'Chapeltown Community Garden');
      expect(garden).to.deep.include({
        id: '6f0a6f1e-2b0c-4d4e-9a51-3c1b2f7e0a01',
        description: 'Grow vegetables and flowers with neighbours. Tools and tea provided.',
        organisation: { name: 'Chapeltown Growers', url: 'https://example.org/growers' },
        location: {
          name: 'Reginald Terrace allotments',
          lat: 53.8195,
          lng: -1.5312,
          address: 'Reginald Terrace, Leeds',
          postcode: 'LS7 3EX',
        },
        schedule: [
          {
            days: ['tue', 'thu'],
            start: '10:00',
            end: '12:30',
            frequency: 'weekly',
          },
        ],
        cost: { free: true },
        ages: { min: 16 },
        accessibility: ['step-free'],
        contact: { name: 'Amira Khan', email: 'garden@example.org', phone: '0113 496 0001' },
        categories: ['gardening', 'nature'],
        url: 'https://example.org/services/community-garden',
      });
      const pottery = activity(loaded, 'Pottery for Wellbeing');
      expect(pottery.schedule).to.deep.equal([
        { days: ['wed'], start: '14:00', end: '16:00', frequency: 'fortnightly' },
      ]);
      expect(pottery.cost).to.deep.equal({ amount: 5, currency: 'GBP', note: 'per session' });
      expect(pottery.categories).to.deep.equal(['arts']);
      const singing = activity(loaded, 'Singing for the Brain');
      expect(singing.schedule).to.deep.equal([
        { days: ['mon'], start: '11:00', end: '12:00', frequency: 'monthly', weeks: [1] },
      ]);
      expect(singing.cost).to.deep.equal({ free: true, note: 'Free for carers and members' });
    });

    it('keeps a free-text schedule, a place without coordinates (off the map), and an unmapped category under its own name', async () => {
      const loaded = await load([{ url: oruk3 }]);
      const shed = activity(loaded, "Men's Shed");
      expect(shed.schedule).to.deep.equal([
        { days: [], frequency: 'weekly', note: 'Most weekday mornings; ring first' },
      ]);
      expect(shed.location).to.deep.equal({ name: 'Unit 4', address: 'Town Street, Leeds', postcode: 'LS12 3HN' });
      expect(shed.categories).to.deep.equal(['woodwork']);
      expect(loaded.feed.categories).to.deep.include({ id: 'woodwork', label: 'Woodwork' });
      expect(loaded.feed.categories).to.deep.include({ id: 'gardening', label: 'Gardening' });
    });
  });

  describe('the older ORUK shape', () => {
    it('reads pages counted from 0 and converts regular_schedules, eligibilitys, physical_addresses and service_taxonomys', async () => {
      const loaded = await load([{ url: older }]);
      expect(loaded.sources[0]).to.include({ format: 'openreferral', pages: 3, read: 6, converted: 4 });
      expect(loaded.problems.map((p) => [p.index, p.reason])).to.deep.equal([
        [2, 'the service is not an object.'],
        [4, 'the service "Service without an id" has no id.'],
      ]);
      const knit = activity(loaded, 'Knit and Natter');
      expect(knit).to.deep.include({
        schedule: [{ days: ['fri'], start: '13:30', end: '15:30', frequency: 'weekly' }],
        cost: { amount: 2.5, currency: 'GBP', note: 'Suggested donation' },
        ages: { min: 18 },
        accessibility: ['hearing-loop'],
        categories: ['arts'],
        location: {
          name: 'Bramley Library',
          lat: 53.8046,
          lng: -1.6304,
          address: 'Hainsworth Street, Leeds',
          postcode: 'LS13 3BG',
        },
        contact: { name: 'June', phone: '0113 496 0010' },
      });
      expect(activity(loaded, 'Book Club at Central Library')).to.deep.include({
        cost: { free: true },
        categories: ['reading'],
      });
      expect(activity(loaded, 'Befriending phone calls')).to.deep.include({
        cost: { free: true },
        categories: ['befriending'],
      });
      expect(activity(loaded, 'Cookery for Beginners')).to.deep.include({
        ages: { min: 16, max: 25 },
        categories: ['cooking'],
      });
    });
  });

  describe('paging', () => {
    it('keeps pages 1–2 when page 3 fails, and says so', async () => {
      const url = '/adapters/oruk3-fails-page-3/services';
      const loaded = await load([{ url }]);
      expect(loaded.feed.activities.map((a) => a.title)).to.deep.equal([
        'Chapeltown Community Garden',
        'Pottery for Wellbeing',
        "Men's Shed",
        'Singing for the Brain',
      ]);
      expect(loaded.partial).to.have.length(1);
      expect(loaded.partial[0]).to.include({ url, page: 3 });
      expect(loaded.partial[0]!.error).to.include({ kind: 'http', status: 500 });
      const notice = loaded.problems.find((p) => p.index === -1)!;
      expect(notice.reason)
        .to.contain('page 3 could not be read')
        .and.contain('500')
        .and.contain('pages 1–2 are shown');
    });

    it('stops at the page limit and says where', async () => {
      const loaded = await load([{ url: oruk3 }], { maxPages: 2 });
      expect(loaded.sources[0]!.pages).to.equal(2);
      expect(loaded.partial).to.deep.equal([{ url: oruk3, page: 3 }]);
      expect(loaded.problems.at(-1)!.reason).to.contain('page limit');
    });

    it('follows a {page} URL template, for an API saved as static files', async () => {
      const loaded = await load([{ url: '/adapters/oruk3/services?page={page}&per_page=4' }]);
      expect(loaded.sources[0]).to.include({ pages: 2, read: 8, converted: 6 });
    });
  });
});

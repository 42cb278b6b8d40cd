import { expect } from '@open-wc/testing';
import { activity, load } from './helpers.js';

const feed = '/adapters/openactive/feed';

describe('OpenActive adapter', () => {
  it('follows RPDE `next` links to the end, applies deletions and reports the bad items', async () => {
    const loaded = await load([{ url: feed }]);
    expect(loaded.sources[0]).to.include({
      format: 'openactive',
      pages: 5,
      read: 10,
      converted: 5,
      deleted: 1,
      merged: 2,
    });
    expect(loaded.feed.activities.map((a) => a.title)).to.deep.equal([
      'Aquafit for Over 50s',
      'Walking football',
      'Chair Yoga',
      'Community Sports Hall',
      'Dance Fit',
    ]);
    expect(loaded.feed.activities.map((a) => a.title)).not.to.include('Tai Chi in the Park');
    expect(loaded.problems.map((p) => [p.severity, p.id, p.reason])).to.deep.equal([
      ['dropped', 'https://example.org/api/slots/1', 'items of type "Slot" are not activities.'],
      [
        'dropped',
        'https://example.org/api/scheduled-sessions/orphan',
        `the session's series "https://example.org/api/session-series/not-published" is not in any OpenActive source given.`,
      ],
      ['dropped', 'https://example.org/api/session-series/nameless', 'the SessionSeries has no name.'],
      [
        'field',
        'https://example.org/api/session-series/dance-fit',
        'ages.min must be at most 120; the field was removed.',
      ],
    ]);
  });

  it('turns a SessionSeries into an activity: schedule, price, ages, place, access, organiser, categories', async () => {
    const aquafit = activity(await load([{ url: feed }]), 'Aquafit for Over 50s');
    expect(aquafit).to.deep.include({
      id: 'https://example.org/api/session-series/aquafit',
      description: 'Gentle exercise in the shallow end.',
      schedule: [{ days: ['mon', 'wed'], start: '09:30', end: '10:15', frequency: 'weekly' }],
      cost: { amount: 4.2, currency: 'GBP', note: 'Adult' },
      ages: { min: 50 },
      accessibility: ['step-free'],
      categories: ['swimming'],
      organisation: { name: 'Leeds Leisure', url: 'https://example.org/leisure' },
      contact: { email: 'swim@example.org', phone: '0113 496 0100', url: 'https://example.org/leisure' },
      location: {
        name: 'Scott Hall Leisure Centre',
        lat: 53.8263,
        lng: -1.5365,
        address: 'Scott Hall Road, Leeds',
        postcode: 'LS7 3DT',
      },
      url: 'https://example.org/aquafit',
    });
  });

  it('reads @type/@id spellings, schema: day names and isAccessibleForFree', async () => {
    const football = activity(await load([{ url: feed }]), 'Walking football');
    expect(football).to.deep.include({
      id: 'https://example.org/api/session-series/walking-football',
      schedule: [{ days: ['thu'], start: '18:00', end: '19:00', frequency: 'weekly' }],
      cost: { free: true },
      categories: ['walking', 'football'],
    });
  });

  it('gives a series without its own schedule the times of the ScheduledSessions that point at it', async () => {
    const yoga = activity(await load([{ url: feed }]), 'Chair Yoga');
    expect(yoga.schedule).to.deep.equal([
      {
        days: ['tue'],
        start: '10:00',
        end: '11:00',
        frequency: 'weekly',
        validFrom: '2030-11-26',
        validUntil: '2030-12-03',
      },
    ]);
    expect(yoga.cost).to.deep.equal({ free: true });
    expect(yoga.categories).to.deep.equal(['fitness']);
  });

  it('turns a FacilityUse into an activity with its opening hours', async () => {
    const hall = activity(await load([{ url: feed }]), 'Community Sports Hall');
    expect(hall).to.deep.include({
      schedule: [{ days: ['sat', 'sun'], start: '09:00', end: '17:00', frequency: 'weekly' }],
      cost: { amount: 12, currency: 'GBP' },
      categories: ['sport'],
      organisation: { name: 'Leeds Leisure' },
    });
  });

  it('keeps pages 1–2 when page 3 fails, and says so', async () => {
    const url = '/adapters/openactive-fails-page-3/feed';
    const loaded = await load([{ url }]);
    expect(loaded.sources[0]).to.include({ pages: 2 });
    // The deletion of the tai chi series is on a page that was never read: it is still shown.
    expect(loaded.feed.activities.map((a) => a.title)).to.deep.equal([
      'Aquafit for Over 50s',
      'Tai Chi in the Park',
      'Walking football',
      'Chair Yoga',
    ]);
    expect(loaded.partial[0]).to.include({ url, page: 3 });
    expect(loaded.partial[0]!.error).to.include({ kind: 'http', status: 503 });
  });
});

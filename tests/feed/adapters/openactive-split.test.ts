import { expect } from '@open-wc/testing';
import { activity, load } from './helpers.js';

const series = '/adapters/leisure/series';
const sessions = '/adapters/leisure/sessions';
const both = () => load([{ url: series }, { url: sessions }]);

describe('OpenActive as publishers usually publish it: series and sessions in two RPDE feeds', () => {
  it('joins each session to its series from the other feed, and counts what ended', async () => {
    const loaded = await both();
    const [seriesReport, sessionReport] = loaded.sources;
    expect(seriesReport).to.include({ format: 'openactive', read: 8, converted: 6, ended: 2, merged: 0 });
    expect(sessionReport).to.include({ format: 'openactive', read: 6, converted: 1, ended: 0, merged: 4 });
    expect(loaded.feed.activities.map((a) => a.title)).to.deep.equal([
      'Gentle Yoga & Stretch',
      'Pilates at Home',
      'Indoor Bowls',
      'Netball Youth Camp',
      'Family Fun Day',
      'Indoor Cycling Workout',
      'Early Bird Swim',
    ]);
    expect(loaded.problems.map((p) => [p.severity, p.source, p.reason])).to.deep.equal([
      [
        'dropped',
        sessions,
        `the session's series "https://leisure.example/api/session-series/not-published" is not in any OpenActive source given.`,
      ],
    ]);
  });

  it('gives a series the times of its sessions still to come, as a weekly run with its first and last dates', async () => {
    const yoga = activity(await both(), 'Gentle Yoga & Stretch');
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
  });

  it('reads OpenActive 1.0 labels, amenities, offer ages and names the cheapest offer', async () => {
    const yoga = activity(await both(), 'Gentle Yoga & Stretch');
    expect(yoga).to.deep.include({
      description: 'Slow yoga for every body.\n\nMats provided – bring water.',
      categories: ['fitness'],
      accessibility: ['changing-facilities', 'parking'],
      ages: { min: 8 },
      cost: { amount: 3.15, currency: 'GBP', from: true, note: 'Junior' },
    });
    expect(activity(await both(), 'Netball Youth Camp')).to.deep.include({
      ages: { min: 11, max: 16 },
      cost: { amount: 124, currency: 'GBP', from: true, note: 'Member' },
    });
  });

  it('takes an Event’s name and details from the series it is embedded in', async () => {
    const swim = activity(await both(), 'Early Bird Swim');
    expect(swim).to.deep.include({
      id: 'https://leisure.example/api/event-series/early-swim',
      description: 'Lane swimming before work.',
      location: { name: 'Riverside Pool', lat: 53.581, lng: -0.651 },
      cost: { amount: 3.8, currency: 'GBP', note: 'Swim' },
      schedule: [{ days: ['thu'], start: '07:00', end: '08:00', frequency: 'once', date: '2030-11-28' }],
    });
  });

  it('reads a date without a time as a whole day, and a P1D course as its days', async () => {
    const loaded = await both();
    expect(activity(loaded, 'Family Fun Day').schedule).to.deep.equal([
      { days: ['sat'], frequency: 'once', date: '2030-06-15' },
    ]);
    expect(activity(loaded, 'Netball Youth Camp')).to.deep.include({
      description: 'Four days of netball in the holidays.\n\nAll abilities welcome.',
      schedule: [
        {
          days: ['tue', 'wed', 'thu', 'fri'],
          start: '09:00',
          end: '17:00',
          frequency: 'weekly',
          validFrom: '2030-08-06',
          validUntil: '2030-08-09',
        },
      ],
      location: { name: 'Anytown College', lat: 53.6, lng: -0.62, address: 'Long Lane, Anytown', postcode: 'AB2 4AD' },
    });
    expect(activity(loaded, 'Indoor Bowls').schedule).to.deep.equal([
      {
        days: ['mon'],
        start: '14:00',
        end: '15:30',
        frequency: 'weekly',
        validFrom: '2026-01-05',
        validUntil: '2030-12-30',
      },
    ]);
  });

  it('keeps a place without coordinates, and reads online attendance and on-demand events as online', async () => {
    const loaded = await both();
    expect(activity(loaded, 'Indoor Bowls')).to.deep.include({
      location: { name: 'Village Hall', address: 'Church Lane, Barrow', postcode: 'DN19 7AB' },
      online: false,
    });
    expect(activity(loaded, 'Pilates at Home')).to.deep.include({ online: true, cost: { free: true } });
    expect(activity(loaded, 'Pilates at Home')).not.to.have.property('location');
    expect(activity(loaded, 'Indoor Cycling Workout')).to.deep.include({ online: true, schedule: [] });
  });

  it('drops sessions whose series is in neither feed when only the sessions are given', async () => {
    const loaded = await load([{ url: sessions }]);
    expect(loaded.feed.activities.map((a) => a.title)).to.deep.equal(['Early Bird Swim']);
    expect(loaded.sources[0]!.dropped).to.have.length(5);
  });
});

describe('paging links that go wrong', () => {
  it('ends a source at a next link the URL parser refuses, with a reason, and keeps the other sources', async () => {
    const loaded = await load([{ url: '/adapters/leisure/bad-next' }, { url: '/adapters/council/services' }]);
    expect(loaded.sources[0]).to.include({ pages: 1, converted: 2 });
    expect(loaded.sources[0]!.stop!.error!.message).to.equal(
      'page 1 of /adapters/leisure/bad-next gives a "next" link that is not a web address ("http://[").',
    );
    expect(loaded.partial).to.deep.equal([
      { url: '/adapters/leisure/bad-next', page: 2, error: loaded.sources[0]!.stop!.error },
    ]);
    expect(loaded.feed.activities.map((a) => a.title)).to.include('Knit & Natter');
    expect(loaded.problems.at(-1)!.reason).to.equal(
      '/adapters/leisure/bad-next: page 2 could not be read (page 1 of /adapters/leisure/bad-next gives a "next" link that is not a web address ("http://[")); page 1 is shown.',
    );
  });
});

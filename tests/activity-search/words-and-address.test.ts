import { expect } from '@open-wc/testing';
import { agesWords, costWords, sessionWords } from '../../src/components/activity-search/activity-words.js';
import { directionsHref } from '../../src/components/activity-search/contact-links.js';
import { hasParams, readParams, writeParams } from '../../src/components/activity-search/url-state.js';
import { mailtoHref, telHref, webHref } from '../../src/components/shared/links.js';
import type { Activity } from '../../src/feed/schema.js';
import { noFilters } from '../../src/store/state.js';
import { cy, en } from '../helpers/catalogues.js';

const activity = (fields: Partial<Activity>): Activity => ({
  id: 'a',
  title: 'A',
  categories: [],
  online: false,
  schedule: [],
  accessibility: [],
  ...fields,
});

describe('<lw-activity-search>: words, links and the address', () => {
  it('says a schedule in plain words, in English and Welsh', () => {
    const weekly = { days: ['tue', 'thu'] as const, start: '10:00', end: '12:00', frequency: 'weekly' as const };
    expect(sessionWords(en, 'en-GB', { ...weekly, days: [...weekly.days] })).to.equal(
      'Tuesdays and Thursdays 10:00–12:00',
    );
    expect(sessionWords(cy, 'cy-GB', { ...weekly, days: [...weekly.days] })).to.equal(
      'Bob dydd Mawrth a bob dydd Iau 10:00–12:00',
    );
    expect(sessionWords(en, 'en-GB', { days: ['sat'], start: '09:30', frequency: 'fortnightly' })).to.equal(
      'Every other Saturday from 09:30',
    );
    expect(
      sessionWords(en, 'en-GB', {
        days: ['mon'],
        start: '18:00',
        end: '20:00',
        frequency: 'monthly',
        note: 'first Monday',
      }),
    ).to.equal('Once a month, Monday 18:00–20:00 (first Monday)');
    expect(sessionWords(en, 'en-GB', { days: ['fri'], frequency: 'once' })).to.equal('Friday');
    expect(
      sessionWords(en, 'en-GB', { days: [], frequency: 'weekly', note: 'Most weekday mornings; ring first' }),
    ).to.equal('Most weekday mornings; ring first');
  });

  it('says costs and ages', () => {
    expect(costWords(en, 'en-GB', activity({ cost: { free: true } }))).to.equal('Free');
    expect(costWords(en, 'en-GB', activity({ cost: { amount: 3.5, currency: 'GBP', note: 'concessions' } }))).to.equal(
      '£3.50 (concessions)',
    );
    expect(costWords(en, 'en-GB', activity({}))).to.equal(undefined);
    expect(agesWords(en, 'en-GB', activity({ ages: { min: 16, max: 25 } }))).to.equal('16 to 25');
    expect(agesWords(en, 'en-GB', activity({ ages: { min: 55 } }))).to.equal('55 and over');
    expect(agesWords(en, 'en-GB', activity({ ages: { max: 11 } }))).to.equal('Up to 11');
    expect(agesWords(en, 'en-GB', activity({ ages: { min: 0 } }))).to.equal('All ages');
    expect(agesWords(en, 'en-GB', activity({ ages: {} }))).to.equal('All ages');
    expect(agesWords(en, 'en-GB', activity({}))).to.equal(undefined);
  });

  it('makes only http(s), tel and mailto links', () => {
    expect(webHref('javascript:alert(1)')).to.equal(undefined);
    expect(webHref('data:text/html,hi')).to.equal(undefined);
    expect(webHref('https://example.org/a b')).to.equal('https://example.org/a%20b');
    expect(telHref('+44 (0)113 496-0000')).to.equal('tel:+4401134960000');
    expect(telHref('call us')).to.equal(undefined);
    expect(mailtoHref('a@example.org')).to.equal('mailto:a@example.org');
    expect(mailtoHref('a@example.org?bcc=b@example.org')).to.equal(undefined);
    expect(directionsHref({ lat: 53.8, lng: -1.55 })).to.equal(
      'https://www.openstreetmap.org/directions?route=%3B53.8%2C-1.55',
    );
  });

  it('writes a search into prefixed parameters and reads it back, keeping the page’s own', () => {
    const search = {
      query: 'tea dance',
      filters: {
        ...noFilters,
        categories: ['dance', 'music'],
        days: ['tue' as const],
        times: ['morning' as const],
        maxCost: 5,
        age: 70,
        accessibility: ['step-free'],
        mode: 'in-person' as const,
        withinKm: 8,
      },
      place: { lat: 53.8, lng: -1.55, label: 'LS1 4AP', source: 'postcode' as const },
      sort: 'distance' as const,
    };
    const url = writeParams(new URL('https://council.example/find?page=2&q=host'), 'lw-', search);
    expect(url.searchParams.get('page')).to.equal('2');
    expect(url.searchParams.get('q')).to.equal('host');
    expect(hasParams(url, 'lw-')).to.equal(true);
    expect(readParams(url, 'lw-')).to.deep.equal(search);
    const cleared = writeParams(url, 'lw-', { query: '', filters: noFilters });
    expect(cleared.search).to.equal('?page=2&q=host');
    expect(hasParams(cleared, 'lw-')).to.equal(false);
  });

  it('leaves out what it cannot read from an address', () => {
    const url = new URL(
      'https://council.example/?lw-day=tue,funday&lw-time=noon&lw-age=-3&lw-mode=teleport&lw-at=91,0&lw-near=X&lw-sort=random',
    );
    const search = readParams(url, 'lw-');
    expect(search.filters.days).to.deep.equal(['tue']);
    expect(search.filters.times).to.deep.equal([]);
    expect(search.filters.age).to.equal(undefined);
    expect(search.filters.mode).to.equal(undefined);
    expect(search.place).to.equal(undefined);
    expect(search.sort).to.equal(undefined);
  });
});

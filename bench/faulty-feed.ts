/**
 * A generated feed with faults planted in every kind of field (the kinds tests/feed/ checks: bad and mendable links,
 * emails and phones, coordinates, days, times, dates, costs, ages, markup and entities, missing ids, repeated ids,
 * lists that are not lists), for checking that two parsers give the same feed and the same problems.
 */
import { generateFeed } from './generate-feed.js';

type Json = Record<string, unknown>;

/** Each fault changes one activity; activity i gets fault i mod the number of faults. */
const activityFaults: ((a: Json) => void)[] = [
  (a) => (a.url = 'javascript:alert(1)'),
  (a) => (a.url = 'www.example.org/walks'),
  (a) => (a.url = 'http:www.example.org'),
  (a) => (a.url = ' https://example.org/a\tb '),
  (a) => (a.url = 'https://exa mple.org/'),
  (a) => (a.contact = { name: 'Jo', email: 'jo@example.org.', phone: 'tel:0113 496 0000' }),
  (a) => (a.contact = { email: 'mailto:jo@example.org?subject=Hi', phone: '12' }),
  (a) => (a.contact = { email: 'ring us', url: 'data:text/html,hi' }),
  (a) => (a.contact = { email: 'jo\u200b@example.org, sam@example.org' }),
  (a) => (a.location = { name: 'Hall', lat: 100, lng: 1, postcode: 'LS1 1AA' }),
  (a) => (a.location = { lat: 51, address: 'Only a latitude' }),
  (a) => (a.location = { lat: 51, lng: '-1', address: '1 High Street' }),
  (a) => (a.location = 'The hall'),
  (a) => (a.schedule = [{ days: ['funday', 'tue'], start: '25:00', end: '9:30' }]),
  (a) => (a.schedule = [{ days: ['mon'], frequency: 'yearly', date: '2026-02-30', weeks: [1, 7] }]),
  (a) => (a.schedule = [{ days: 'mon' }, { days: ['sat'], validFrom: ' 2026-01-01 ', validUntil: 'soon' }]),
  (a) => (a.schedule = { days: ['mon'] }),
  (a) => (a.cost = { amount: -2, currency: 'gbp' }),
  (a) => (a.cost = { free: false }),
  (a) => (a.cost = { amount: 3, from: 'yes', note: '<b>Pay</b> &amp; play' }),
  (a) => (a.ages = { min: 17.5, max: 200 }),
  (a) => (a.ages = { min: '18' }),
  (a) => (a.description = '<p>Tea &amp; cake,<br>then a <em>walk</em>.</p><ul><li>Boots</li><li>Coat</li></ul>'),
  (a) => (a.description = 5),
  (a) => (a.title = 'Caf&eacute; &#8216;chat&#8217; &hellip; &Afr; &notanentity; &amp'),
  (a) => (a.title = '<p></p>'),
  (a) => delete a.id,
  (a) => (a.id = 'act-1'),
  (a) => (a.categories = 'arts'),
  (a) => (a.categories = ['arts', '', 7]),
  (a) => (a.organisation = { url: 'https://example.org/' }),
  (a) => (a.online = 'yes'),
  (a) => (a.accessibility = ['step-free', null]),
  (a) => (a.updated = 20261001),
  () => undefined,
];

export function faultyFeed(activities: number): Json {
  const feed = structuredClone(generateFeed({ activities })) as unknown as Json;
  (feed.activities as Json[]).forEach((a, i) => activityFaults[i % activityFaults.length]!(a));
  const networks = feed.networks as Json[];
  networks[0]!.coverage = { radiusKm: 0 };
  delete networks[1]!.location;
  networks[2]!.coverage = {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [1, 0],
        [0, 1],
      ],
    ],
  };
  networks[3]!.coverage = {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [1, 0],
        [0, 1],
        [0, 0],
      ],
    ],
  };
  networks[4]!.coverage = {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [0, 0],
          [1, 0],
          [0, 1],
          ['a', 0],
        ],
      ],
    ],
  };
  networks[5]!.scope = 'planet';
  networks[6]!.email = 'network@example';
  (feed.resources as Json[])[0]!.url = 'javascript:void(0)';
  (feed.resources as Json[])[1]!.audience = ['everyone'];
  (feed.resources as Json[])[2]!.type = 'book';
  (feed.categories as unknown[]).push({ id: ' ', label: 'Blank' }, 'not a category');
  feed.synonyms = { choir: ['singing'], ' ': ['x'], walk: 'stroll' };
  feed.publisher = { url: 'example.org' };
  feed.bankHolidays = 'sometimes';
  return feed;
}

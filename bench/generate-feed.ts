/**
 * Realistic generated feeds of any size, for benches: activities of every kind spread over English
 * towns, with schedules, costs, ages, accessibility and contacts shaped like the sample feed's.
 * The same options always give the same feed.
 */
import type { Activity, Category, Feed, Network, Resource } from '../src/feed/schema.js';

export interface GenerateOptions {
  activities: number;
  /** Local networks, each a radius around a town (plus one national body). Default 20. */
  networks?: number;
  /** Default 40. */
  resources?: number;
  seed?: number;
}

export const categories: Category[] = [
  ['volunteering', 'Volunteering'],
  ['arts', 'Arts and crafts'],
  ['group-learning', 'Group learning'],
  ['gardening', 'Gardening'],
  ['befriending', 'Befriending'],
  ['cookery', 'Cookery'],
  ['healthy-eating', 'Healthy eating'],
  ['sport', 'Sport and exercise'],
  ['dance', 'Dance'],
  ['nature-walks', 'Nature walks'],
  ['museums', 'Museum sessions'],
  ['libraries', 'Library sessions'],
].map(([id, label]) => ({ id: id!, label: label! }));

/** Town, latitude, longitude, a postcode district. */
export const towns: [string, number, number, string][] = [
  ['London', 51.5072, -0.1276, 'SE1'],
  ['Manchester', 53.4808, -2.2426, 'M1'],
  ['Leeds', 53.7997, -1.5492, 'LS1'],
  ['Birmingham', 52.4796, -1.9026, 'B1'],
  ['Newcastle upon Tyne', 54.9738, -1.6132, 'NE1'],
  ['Bristol', 51.4545, -2.5879, 'BS1'],
  ['Norwich', 52.6285, 1.2925, 'NR2'],
  ['Exeter', 50.7236, -3.5275, 'EX1'],
  ['Plymouth', 50.3714, -4.1422, 'PL1'],
  ['Carlisle', 54.8925, -2.9329, 'CA1'],
  ['Derby', 52.9225, -1.4746, 'DE1'],
  ['Chesterfield', 53.235, -1.421, 'S40'],
  ['Sheffield', 53.3811, -1.4701, 'S1'],
  ['York', 53.959, -1.0815, 'YO1'],
  ['Sunderland', 54.9069, -1.3838, 'SR1'],
  ['Durham', 54.7761, -1.5733, 'DH1'],
  ['Truro', 50.2632, -5.051, 'TR1'],
  ['Bath', 51.3811, -2.359, 'BA1'],
  ['Gloucester', 51.8642, -2.2382, 'GL1'],
  ['Taunton', 51.015, -3.1029, 'TA1'],
  ['Nottingham', 52.9548, -1.1581, 'NG1'],
  ['Leicester', 52.6369, -1.1398, 'LE1'],
  ['Liverpool', 53.4084, -2.9916, 'L1'],
  ['Bradford', 53.795, -1.7594, 'BD1'],
  ['Hull', 53.7457, -0.3367, 'HU1'],
  ['Brighton', 50.8225, -0.1372, 'BN1'],
  ['Southampton', 50.9097, -1.4044, 'SO14'],
  ['Oxford', 51.752, -1.2577, 'OX1'],
  ['Cambridge', 52.2053, 0.1218, 'CB1'],
  ['Ipswich', 52.0567, 1.1482, 'IP1'],
];

const kinds = ['Community', 'Friendly', 'Gentle', 'Weekly', 'Drop-in', 'Beginners’', 'Open', 'Neighbourhood'];
const subjects: Record<string, string[]> = {
  volunteering: ['volunteer morning', 'litter pick', 'food bank helpers'],
  arts: ['painting group', 'craft café', 'pottery class', 'singing circle'],
  'group-learning': ['conversation club', 'computer help', 'history talks'],
  gardening: ['garden club', 'allotment session', 'seed swap'],
  befriending: ['coffee and chat', 'telephone friends', 'lunch club'],
  cookery: ['cook and eat', 'bread making', 'soup kitchen class'],
  'healthy-eating': ['healthy eating workshop', 'eat well for less', 'nutrition chat'],
  sport: ['walking football', 'chair exercise', 'gentle swimming', 'table tennis'],
  dance: ['tea dance', 'seated dance', 'folk dance'],
  'nature-walks': ['health walk', 'bird walk', 'riverside stroll'],
  museums: ['museum memories', 'object handling', 'gallery sketching'],
  libraries: ['reading group', 'knit and natter', 'rhyme time'],
};
const accessibility = [
  'step-free',
  'hearing-loop',
  'quiet-space',
  'bsl',
  'large-print',
  'accessible-toilet',
  'parking',
  'seating',
];
const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const frequencies = ['weekly', 'weekly', 'weekly', 'fortnightly', 'monthly'] as const;

/** A small seeded random number generator (mulberry32). */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const chance = (p: number) => next() < p;
  return { next, pick, chance };
}

const pad = (n: number) => String(n).padStart(2, '0');

export function generateFeed({ activities, networks = 20, resources = 40, seed = 1 }: GenerateOptions): Feed {
  const r = random(seed);
  const activity = (i: number): Activity => {
    const [town, lat, lng, district] = r.pick(towns);
    const category = r.pick(categories).id;
    const online = r.chance(0.08);
    const hour = 9 + Math.floor(r.next() * 11);
    const org = `${town} ${r.pick(['Community Trust', 'Arts Collective', 'Library', 'Museum', 'Friends Group'])} (sample)`;
    const slug = `act-${i}`;
    return {
      id: slug,
      title: `${r.pick(kinds)} ${r.pick(subjects[category]!)}`,
      description: `A relaxed ${category.replace('-', ' ')} session in ${town}. Everyone is welcome, no experience needed; come along on your own or bring a friend.`,
      categories: r.chance(0.3) ? [category, r.pick(categories).id] : [category],
      organisation: { name: org, url: `https://example.org/${slug}` },
      location: online
        ? null
        : {
            name: `${town} ${r.pick(['Community Centre', 'Central Library', 'Town Museum', 'Park Pavilion', 'Church Hall'])}`,
            lat: Number((lat + (r.next() - 0.5) * 0.1).toFixed(5)),
            lng: Number((lng + (r.next() - 0.5) * 0.15).toFixed(5)),
            address: `${1 + Math.floor(r.next() * 200)} ${r.pick(['High Street', 'Market Place', 'Church Lane', 'Park Road', 'Station Road'])}, ${town}`,
            postcode: `${district} ${1 + Math.floor(r.next() * 9)}${r.pick(['AB', 'DF', 'GH', 'JN', 'PQ'])}`,
          },
      online,
      schedule: [
        {
          days: r.chance(0.2) ? [r.pick(days), r.pick(days)] : [r.pick(days)],
          start: `${pad(hour)}:${r.pick(['00', '30'])}`,
          end: `${pad(hour + 1 + Math.floor(r.next() * 2))}:${r.pick(['00', '30'])}`,
          frequency: r.pick(frequencies),
        },
      ],
      cost: r.chance(0.5)
        ? { free: true }
        : { amount: 2 + Math.floor(r.next() * 13) / 2, currency: 'GBP', note: 'Pay on the day' },
      ...(r.chance(0.4) ? { ages: r.chance(0.5) ? { min: 18 } : { min: 50, max: 120 } } : {}),
      accessibility: accessibility.filter(() => r.chance(0.35)),
      contact: {
        name: 'Session lead',
        phone: `0113 496 0${String(Math.floor(r.next() * 1000)).padStart(3, '0')}`,
        email: `hello@${slug}.example.org`,
      },
      url: `https://example.org/activities/${slug}`,
      updated: '2026-10-01',
    };
  };
  const network = (i: number): Network => {
    const [town, lat, lng, district] = towns[i % towns.length]!;
    return {
      id: `net-${i}`,
      name: `${town} Arts and Health Network (sample)`,
      scope: 'local',
      description: `Links arts, culture and health in and around ${town}.`,
      url: `https://example.org/networks/${i}`,
      email: `network${i}@example.org`,
      location: { lat, lng, postcode: `${district} 1AA` },
      coverage: { radiusKm: 15 + (i % 4) * 10 },
    };
  };
  const resource = (i: number): Resource => ({
    id: `res-${i}`,
    title: `${r.pick(['Getting started with', 'A guide to', 'Webinar:', 'Toolkit for'])} arts on prescription ${i}`,
    description: 'Practical advice for cultural organisations and link workers.',
    url: `https://example.org/resources/${i}`,
    type: r.pick(['portal', 'webinar', 'guide', 'network', 'organisation'] as const),
    audience: r.chance(0.5) ? ['cultural-organisations'] : ['link-workers', 'public'],
    registrationRequired: r.chance(0.2),
    national: r.chance(0.3),
  });
  return {
    version: 1,
    title: `Generated feed: ${activities} activities (sample)`,
    updated: '2026-10-01',
    publisher: { name: 'Linkwork benches (sample)', url: 'https://example.org/' },
    categories,
    networks: [
      ...Array.from({ length: networks }, (_, i) => network(i)),
      { id: 'national', name: 'National Arts and Health Body (sample)', scope: 'national', coverage: 'national' },
    ],
    activities: Array.from({ length: activities }, (_, i) => activity(i)),
    resources: Array.from({ length: resources }, (_, i) => resource(i)),
  };
}

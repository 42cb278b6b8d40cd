// A large Open Referral UK directory that searches where it lives, for remote mode (issue 16): 50,000
// generated services, the same every run (service N depends on N alone), answered a page at a time.
//   /oruk-api/<session>/<kind>/services?…   a page of services matching the parameters
//   /oruk-api/<session>/<kind>/services/<id>  one service
//   /oruk-api/<session>/<kind>/             the ORUK 3.0 `/` answer (kinds 3.0, slow, fails): points at the openapi document
//   /oruk-api/<session>/<kind>/openapi.json the parameters /services takes
//   /oruk-api/<session>/<kind>/taxonomy_terms  the taxonomy terms services are filed under (3.0 kinds)
//   /oruk-api/<session>/log                 every request of the session so far, as ["/3.0/services?search=…", …]
// <session> is any word a test chooses, so each test counts its own requests.
// Kinds:
//   3.0      ORUK 3.0 envelope (`contents`, `total_items`…), pages from 1; search, page, per_page, taxonomy_term_id,
//            taxonomy_id, minimum_age, maximum_age, day, start_time, end_time, postcode + proximity (metres),
//            lat + lng + proximity, modified_after; every service has a `last_modified` (see `lastModified`)
//   older    the older ORUK envelope (`content`, `totalElements`…, `number` from 0, page from 0); text, page, per_page,
//            taxonomy_id, postcode, proximity; no `/` document
//   basic    ORUK 3.0 envelope that understands only search, page and per_page (ignores the rest); no `/` document
//   slow     as 3.0, each answer 1.5 s late (`?delay=ms` sets another delay)
//   fails    as 3.0, but a search (any request with a parameter other than page/per_page) answers 500
//   stalls   as 3.0, but a search never answers within 30 s
//   broken   as 3.0, but some services are broken (see `breakage`): no name, an email with a trailing dot, an
//            email that is not one
// `node bench/…` uses `answer(url)` through a plain node http server.

export const serviceCount = 50_000;

const towns = [
  ['Leeds', 'LS1 4AP', 53.7997, -1.5492],
  ['Manchester', 'M1 1AE', 53.4794, -2.2453],
  ['Birmingham', 'B1 1BB', 52.4796, -1.9026],
  ['Newcastle', 'NE1 7RU', 54.9738, -1.6132],
  ['Bristol', 'BS1 5TR', 51.4514, -2.5975],
  ['Norwich', 'NR2 1NH', 52.6285, 1.2925],
  ['Exeter', 'EX1 1HS', 50.7236, -3.5275],
  ['Plymouth', 'PL1 2AA', 50.3714, -4.1422],
  ['Carlisle', 'CA1 1QS', 54.8925, -2.9329],
  ['Cardiff', 'CF10 1EP', 51.4816, -3.1791],
  ['London', 'SW1A 1AA', 51.501, -0.1416],
];
const kinds = [
  ['walking', 'Walking', 'Walking group', 'A gentle walk with a friendly group, at an easy pace.'],
  ['gardening', 'Gardening', 'Community garden', 'Grow vegetables and flowers together; tools provided.'],
  ['choir', 'Music', 'Community choir', 'Sing together; no experience needed and no auditions.'],
  ['arts', 'Arts / Crafts', 'Craft club', 'Knitting, painting and making things with others.'],
  ['cooking', 'Cooking', 'Cookery class', 'Cook a simple healthy meal and eat it together.'],
  ['befriending', 'Befriending', 'Befriending café', 'A cup of tea and a chat with neighbours.'],
  ['reading', 'Reading', 'Book club', 'Read a book a month and talk about it.'],
  ['yoga', 'Fitness', 'Chair yoga', 'Gentle stretching, sitting or standing.'],
];
const weekdays = [
  ['MO', 'Monday'],
  ['TU', 'Tuesday'],
  ['WE', 'Wednesday'],
  ['TH', 'Thursday'],
  ['FR', 'Friday'],
  ['SA', 'Saturday'],
  ['SU', 'Sunday'],
];
const starts = ['09:30', '10:00', '11:00', '13:30', '14:00', '18:30', '19:00'];

/** The newest change: service n was last modified n × 10 minutes before it (the oldest about 347 days before). */
export const newestChange = Date.parse('2026-11-30T12:00:00Z');
export const lastModified = (n) => new Date(newestChange - n * 600_000).toISOString();

/** What the `broken` kind does to service n: every tenth has no name, an email with a trailing dot, or a bad one. */
export function breakage(n) {
  return { 3: 'no name', 5: 'trailing dot', 7: 'bad email' }[n % 10];
}

/** Service `n` (0 … 49,999) in the facts both shapes are made from: its town, kind, day and so on follow from n. */
function facts(n) {
  const town = towns[n % towns.length];
  const kind = kinds[Math.floor(n / towns.length) % kinds.length];
  const day = weekdays[(n * 3 + 1) % weekdays.length];
  const start = starts[(n * 5) % starts.length];
  const [hours, minutes] = start.split(':').map(Number);
  const end = `${String(hours + 2).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
  // Spread around the town centre, up to about 20 km (same every run).
  const angle = (n * 2.399963) % (2 * Math.PI);
  const reach = ((n * 7919) % 1000) / 1000;
  const lat = town[2] + Math.sin(angle) * reach * 0.18;
  const lng = town[3] + Math.cos(angle) * reach * 0.28;
  const minimumAge = [0, 16, 18, 50, 65][n % 5];
  const free = n % 3 !== 0;
  return {
    id: `svc-${String(n + 1).padStart(5, '0')}`,
    name: `${kind[2]} ${n + 1}, ${town[0]}`,
    description: kind[3],
    town,
    kind,
    day,
    start,
    end,
    lat: Math.round(lat * 1e5) / 1e5,
    lng: Math.round(lng * 1e5) / 1e5,
    minimumAge,
    maximumAge: minimumAge === 0 ? 17 : undefined,
    free,
    amount: free ? 0 : 2 + (n % 4),
    lastModified: lastModified(n),
  };
}

/** A service of the `broken` kind: as its 3.0 self, broken as `breakage` says. */
function serviceBroken(f) {
  const service = service3(f);
  const broken = breakage(Number(f.id.slice(4)) - 1);
  if (broken === 'no name') delete service.name;
  if (broken === 'trailing dot') service.email = `hello@${f.town[0].toLowerCase()}.example.org.`;
  if (broken === 'bad email') service.email = 'ring us';
  return service;
}

function service3(f) {
  return {
    id: f.id,
    name: f.name,
    description: f.description,
    status: 'active',
    last_modified: f.lastModified,
    organization: { id: `org-${f.town[0].toLowerCase()}`, name: `${f.town[0]} Community Trust` },
    attributes: [{ taxonomy_term: { id: `term-${f.kind[0]}`, term: f.kind[1] } }],
    minimum_age: f.minimumAge,
    ...(f.maximumAge !== undefined ? { maximum_age: f.maximumAge } : {}),
    schedules: [{ byday: f.day[0], opens_at: f.start, closes_at: f.end, freq: 'WEEKLY' }],
    cost_options: [{ amount: f.amount, currency: 'GBP' }],
    service_at_locations: [
      {
        location: {
          name: `${f.town[0]} Community Centre`,
          latitude: f.lat,
          longitude: f.lng,
          addresses: [
            { address_1: '1 High Street', city: f.town[0], postal_code: f.town[1], address_type: 'physical' },
          ],
        },
      },
    ],
  };
}

function serviceOlder(f) {
  return {
    id: f.id,
    name: f.name,
    description: f.description,
    status: 'active',
    last_modified: f.lastModified,
    organization: { id: `org-${f.town[0].toLowerCase()}`, name: `${f.town[0]} Community Trust` },
    service_taxonomys: [{ taxonomy: { id: `term-${f.kind[0]}`, name: f.kind[1] } }],
    eligibilitys: [{ minimum_age: f.minimumAge, ...(f.maximumAge !== undefined ? { maximum_age: f.maximumAge } : {}) }],
    regular_schedules: [{ weekday: f.day[1], opens_at: f.start, closes_at: f.end }],
    cost_options: [{ amount: f.amount, currency: 'GBP' }],
    service_at_locations: [
      {
        location: {
          name: `${f.town[0]} Community Centre`,
          latitude: f.lat,
          longitude: f.lng,
          physical_addresses: [{ address_1: '1 High Street', city: f.town[0], postal_code: f.town[1] }],
        },
      },
    ],
  };
}

let all;
const everyService = () => (all ??= Array.from({ length: serviceCount }, (_, n) => facts(n)));

const postcodes = Object.fromEntries(towns.map((town) => [town[1].replace(/\s/g, ''), [town[2], town[3]]]));
const placeOf = (postcode) => {
  const key = postcode.toUpperCase().replace(/\s/g, '');
  return postcodes[key] ?? Object.entries(postcodes).find(([code]) => code.startsWith(key))?.[1];
};

function km(a, b) {
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad;
  const dLng = (b[1] - a[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const understood = {
  '3.0': [
    'search',
    'page',
    'per_page',
    'taxonomy_term_id',
    'taxonomy_id',
    'minimum_age',
    'maximum_age',
    'day',
    'start_time',
    'end_time',
    'modified_after',
    'postcode',
    'proximity',
    'lat',
    'lng',
  ],
  older: ['text', 'page', 'per_page', 'taxonomy_id', 'postcode', 'proximity'],
  basic: ['search', 'page', 'per_page'],
};

/** The services matching what this kind of API understands of the parameters. */
function matching(params, kind) {
  const knows = (name) => understood[kind].includes(name) && params.get(name);
  const words = (params.get(kind === 'older' ? 'text' : 'search') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const terms = [knows('taxonomy_term_id'), knows('taxonomy_id')].filter(Boolean).flatMap((value) => value.split(','));
  const minimumAge = knows('minimum_age') ? Number(params.get('minimum_age')) : undefined;
  const maximumAge = knows('maximum_age') ? Number(params.get('maximum_age')) : undefined;
  const days = knows('day') ? params.get('day').toUpperCase().split(',') : [];
  // A session that starts at or after start_time and ends by end_time (both "HH:MM").
  const startTime = knows('start_time') ? params.get('start_time') : undefined;
  const endTime = knows('end_time') ? params.get('end_time') : undefined;
  const modifiedAfter = knows('modified_after') ? Date.parse(params.get('modified_after')) : undefined;
  const proximityKm = knows('proximity') ? Number(params.get('proximity')) / 1000 : undefined;
  const centre = knows('postcode')
    ? placeOf(params.get('postcode'))
    : knows('lat') && knows('lng')
      ? [Number(params.get('lat')), Number(params.get('lng'))]
      : undefined;
  if ((knows('postcode') || knows('lat')) && !centre) return [];
  return everyService().filter((f) => {
    if (words.length) {
      const text = `${f.name} ${f.description} ${f.kind[1]} ${f.town[0]}`.toLowerCase();
      if (!words.every((word) => text.includes(word))) return false;
    }
    if (terms.length && !terms.includes(`term-${f.kind[0]}`)) return false;
    // An age asked for: the service takes people of that age.
    if (minimumAge !== undefined && f.minimumAge > minimumAge) return false;
    if (maximumAge !== undefined && f.maximumAge !== undefined && f.maximumAge < maximumAge) return false;
    if (days.length && !days.includes(f.day[0])) return false;
    if (startTime && f.start < startTime) return false;
    if (endTime && f.end > endTime) return false;
    if (modifiedAfter !== undefined && !(Date.parse(f.lastModified) >= modifiedAfter)) return false;
    if (centre && proximityKm !== undefined && km(centre, [f.lat, f.lng]) > proximityKm) return false;
    return true;
  });
}

function openapi(base) {
  return {
    openapi: '3.1.0',
    info: { title: 'Linkwork test directory', version: '3.0' },
    servers: [{ url: base }],
    paths: {
      '/services': {
        get: {
          parameters: understood['3.0'].map((name) => ({ name, in: 'query', schema: { type: 'string' } })),
        },
      },
      '/services/{id}': { get: { parameters: [{ name: 'id', in: 'path', required: true }] } },
      '/taxonomy_terms': {
        get: {
          parameters: [
            { name: 'page', in: 'query' },
            { name: 'per_page', in: 'query' },
          ],
        },
      },
    },
  };
}

function page3(found, params, toService = service3) {
  const size = Math.min(Math.max(Number(params.get('per_page') ?? 50) || 50, 1), 1000);
  const page = Math.max(Number(params.get('page') ?? 1) || 1, 1);
  const pages = Math.ceil(found.length / size);
  const contents = found.slice((page - 1) * size, page * size).map(toService);
  return {
    total_items: found.length,
    total_pages: pages,
    page_number: page,
    size,
    first_page: page === 1,
    last_page: page >= pages,
    empty: found.length === 0,
    contents,
  };
}

function pageOlder(found, params) {
  const size = Math.min(Math.max(Number(params.get('per_page') ?? 50) || 50, 1), 1000);
  const page = Math.max(Number(params.get('page') ?? 0) || 0, 0);
  const pages = Math.ceil(found.length / size);
  return {
    totalElements: found.length,
    totalPages: pages,
    number: page,
    size,
    first: page === 0,
    last: page >= pages - 1,
    content: found.slice(page * size, (page + 1) * size).map(serviceOlder),
  };
}

const logs = new Map();
const paging = new Set(['page', 'per_page']);
const isSearch = (params) => [...params.keys()].some((name) => !paging.has(name));

/**
 * The answer to one request: `{ status, body, delayMs }` (body an object, or undefined for "not ours"),
 * for the test server's middleware and for the bench's node server alike.
 */
export function answer(address) {
  const url = new URL(address, 'http://test');
  const [, prefix, session, kind, endpoint, id, ...rest] = url.pathname.split('/');
  if (prefix !== 'oruk-api' || !session) return undefined;
  if (kind === 'log') return { status: 200, body: logs.get(session) ?? [] };
  if (!['3.0', 'older', 'basic', 'slow', 'fails', 'stalls', 'broken'].includes(kind) || rest.length)
    return { status: 404, body: { error: 'Not found' } };
  const log = logs.get(session) ?? [];
  logs.set(session, log);
  log.push(`/${kind}/${endpoint ?? ''}${id ? `/${id}` : ''}${url.search}`);
  const shape = kind === 'older' || kind === 'basic' ? kind : '3.0';
  const base = `/oruk-api/${session}/${kind}`;
  const delayMs = kind === 'slow' ? Number(url.searchParams.get('delay') ?? 1500) : 0;
  if (!endpoint) {
    if (shape !== '3.0') return { status: 404, body: { error: 'Not found' }, delayMs };
    return { status: 200, body: { version: '3.0', profile: 'UK', openapi_url: `${base}/openapi.json` }, delayMs };
  }
  if (endpoint === 'openapi.json' && shape === '3.0') return { status: 200, body: openapi(base), delayMs };
  if (endpoint === 'taxonomy_terms' && shape === '3.0') {
    const terms = kinds.map(([id, label]) => ({ id: `term-${id}`, name: label, taxonomy_id: 'linkwork-test' }));
    return { status: 200, body: page3(terms, url.searchParams, (term) => term), delayMs };
  }
  if (endpoint !== 'services') return { status: 404, body: { error: 'Not found' }, delayMs };
  if (id) {
    const n = Number(id.replace(/^svc-/, '')) - 1;
    if (!(n >= 0 && n < serviceCount)) return { status: 404, body: { error: 'No such service' }, delayMs };
    if (kind === 'fails') return { status: 500, body: { error: 'The directory is down' } };
    const f = facts(n);
    const body = shape === 'older' ? serviceOlder(f) : kind === 'broken' ? serviceBroken(f) : service3(f);
    return { status: 200, body, delayMs };
  }
  if (kind === 'fails' && isSearch(url.searchParams)) return { status: 500, body: { error: 'Search is down' } };
  if (kind === 'stalls' && isSearch(url.searchParams))
    return { status: 504, body: { error: 'Too late' }, delayMs: 30000 };
  const found = matching(url.searchParams, shape);
  return {
    status: 200,
    body:
      shape === 'older'
        ? pageOlder(found, url.searchParams)
        : page3(found, url.searchParams, kind === 'broken' ? serviceBroken : service3),
    delayMs,
  };
}

export default async function orukApi(ctx, next) {
  const reply = answer(ctx.url);
  if (!reply) return next();
  if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
  ctx.status = reply.status;
  ctx.type = 'json';
  ctx.set('cache-control', 'no-store');
  ctx.body = JSON.stringify(reply.body);
}

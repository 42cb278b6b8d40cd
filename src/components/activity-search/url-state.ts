/**
 * The search in the page's address, for links that can be shared and for Back/Forward: the query,
 * filters, place and order as parameters named with a prefix (`lw-q`, `lw-day`…), so they never clash
 * with the host page's own. A place found by the browser's geolocation is never written: a shared link
 * must not give away where someone was.
 */
import { dayCodes, type Day } from '../../feed/schema.js';
import { whenChoices, type When } from '../../schedule/when.js';
import type { ActivitySort } from '../../search/activities.js';
import { noFilters, timesOfDay, type ActivityFilters, type TimeOfDay, type VisitorPlace } from '../../store/state.js';

export interface SearchParams {
  query: string;
  filters: ActivityFilters;
  place?: VisitorPlace;
  sort?: ActivitySort;
}

const names = [
  'q',
  'category',
  'day',
  'time',
  'free',
  'max-cost',
  'age',
  'access',
  'mode',
  'within-km',
  'when',
  'near',
  'at',
  'sort',
] as const;

const list = (values: readonly string[]) => (values.length ? values.join(',') : undefined);
const number = (value: number | undefined) => (value === undefined ? undefined : String(value));

/** The URL with this search's parameters in place of any earlier ones (the host's own are kept). */
export function writeParams(url: URL, prefix: string, search: SearchParams): URL {
  const next = new URL(url);
  for (const name of names) next.searchParams.delete(prefix + name);
  const { filters, place } = search;
  const shareablePlace = place && place.source !== 'geolocation' ? place : undefined;
  const values: Record<(typeof names)[number], string | undefined> = {
    q: search.query.trim() || undefined,
    category: list(filters.categories),
    day: list(filters.days),
    time: list(filters.times),
    free: filters.freeOnly ? '1' : undefined,
    'max-cost': number(filters.maxCost),
    age: number(filters.age),
    access: list(filters.accessibility),
    mode: filters.mode,
    'within-km': number(filters.withinKm),
    when: filters.when,
    near: shareablePlace?.label,
    at: shareablePlace && `${shareablePlace.lat},${shareablePlace.lng}`,
    sort: search.sort,
  };
  for (const name of names) {
    const value = values[name];
    if (value !== undefined) next.searchParams.set(prefix + name, value);
  }
  return next;
}

/** True when the URL holds any of this search's parameters. */
export function hasParams(url: URL, prefix: string): boolean {
  return names.some((name) => url.searchParams.has(prefix + name));
}

/** The search a URL describes; anything unreadable is left out rather than guessed. */
export function readParams(url: URL, prefix: string): SearchParams {
  const get = (name: (typeof names)[number]) => url.searchParams.get(prefix + name) ?? undefined;
  const split = (name: (typeof names)[number]) =>
    (get(name) ?? '')
      .split(',')
      .map((value) => value.trim())
      .filter(Boolean);
  const positive = (name: (typeof names)[number]) => {
    const value = Number(get(name));
    return get(name) !== undefined && Number.isFinite(value) && value >= 0 ? value : undefined;
  };
  const mode = get('mode');
  const when = get('when');
  const sort = get('sort');
  const filters: ActivityFilters = {
    ...noFilters,
    categories: split('category'),
    days: split('day').filter((day): day is Day => (dayCodes as readonly string[]).includes(day)),
    times: split('time').filter((time): time is TimeOfDay => (timesOfDay as readonly string[]).includes(time)),
    freeOnly: get('free') === '1',
    maxCost: positive('max-cost'),
    age: positive('age'),
    accessibility: split('access'),
    mode: mode === 'online' || mode === 'in-person' ? mode : undefined,
    withinKm: positive('within-km'),
    ...((whenChoices as readonly string[]).includes(when ?? '') ? { when: when as When } : {}),
  };
  return {
    query: get('q') ?? '',
    filters,
    place: readPlace(get('near'), get('at')),
    sort: sort === 'distance' || sort === 'relevance' ? sort : undefined,
  };
}

function readPlace(label: string | undefined, at: string | undefined): VisitorPlace | undefined {
  const [lat, lng] = (at ?? '').split(',').map(Number);
  if (!label || !Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180)
    return undefined;
  return { lat, lng, label, source: 'postcode' };
}

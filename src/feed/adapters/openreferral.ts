/**
 * Open Referral UK: services become activities. Reads both shapes in use: ORUK 3.0 (HSDS 3.0 profile:
 * `contents`, `schedules`, `attributes[].taxonomy_term`, `service_at_locations[].location.addresses`)
 * and the older ORUK (`content`, `regular_schedules`, `service_taxonomys[].taxonomy`,
 * `physical_addresses`, `eligibilitys`).
 */
import { accessibilityIds } from './accessibility.js';
import type { CategoryMapper } from './categories.js';
import { drop, type Conversion } from './conversion.js';
import { daysOf } from './days.js';
import { clock, compact, either, list, number, record, records, text, type Json } from './read.js';

export interface OpenReferralPage {
  shape: '3.0' | 'older';
  services: unknown[];
  /** The page number as the API counts it (some count from 0, most from 1). */
  pageNumber?: number;
  totalPages?: number;
  /** The API said this is the last page. */
  last: boolean;
}

/** Reads the paged envelope of either shape; a bare list of services counts as one last page. */
export function readOpenReferralPage(json: unknown): OpenReferralPage | undefined {
  if (Array.isArray(json)) return { shape: '3.0', services: json, last: true };
  const page = record(json);
  if (!page) return undefined;
  if (Array.isArray(page.contents)) {
    return {
      shape: '3.0',
      services: page.contents,
      pageNumber: number(page.page_number),
      totalPages: number(page.total_pages),
      last: page.last_page === true || page.contents.length === 0,
    };
  }
  if (Array.isArray(page.content)) {
    return {
      shape: 'older',
      services: page.content,
      pageNumber: number(page.number),
      totalPages: number(page.totalPages),
      last: page.last === true || page.content.length === 0,
    };
  }
  return undefined;
}

/** Whether JSON looks like an ORUK services list of either shape. */
export function looksLikeOpenReferral(json: unknown): boolean {
  const page = record(json);
  if (page)
    return (
      (Array.isArray(page.contents) && ('total_items' in page || 'page_number' in page || 'total_pages' in page)) ||
      (Array.isArray(page.content) && ('totalElements' in page || 'number' in page || 'totalPages' in page))
    );
  return (
    Array.isArray(json) &&
    json.length > 0 &&
    json.every(
      (item) =>
        record(item) && ('service_at_locations' in item || 'regular_schedules' in item || 'organization' in item),
    )
  );
}

/** Converts one page of services, appending to `into`; `offset` numbers the records across pages. */
export function convertServices(
  services: readonly unknown[],
  offset: number,
  categories: CategoryMapper,
  into: Conversion,
): void {
  services.forEach((raw, position) => {
    const index = offset + position;
    into.read++;
    const service = record(raw);
    if (!service) return drop(into, index, undefined, 'the service is not an object.');
    const id = text(service.id);
    const title = text(service.name);
    if (!id) return drop(into, index, undefined, `the service${title ? ` "${title}"` : ''} has no id.`);
    if (!title) return drop(into, index, id, 'the service has no name.');
    const status = text(service.status)?.toLowerCase();
    if (status && status !== 'active')
      return drop(into, index, id, `the service is not active (its status is "${status}").`);
    into.activities.push(serviceToActivity(service, id, title, categories));
    into.origins.push(index);
  });
}

function serviceToActivity(service: Json, id: string, title: string, categories: CategoryMapper): Json {
  const atLocations = records(service.service_at_locations);
  const locations = atLocations
    .map((at) => record(at.location))
    .filter((location): location is Json => location !== undefined);
  const place = locations.find(
    (location) => number(location.latitude) !== undefined && number(location.longitude) !== undefined,
  );
  const schedules = [
    ...records(either(service, 'schedules', 'regular_schedules')),
    ...atLocations.flatMap((at) => records(either(at, 'schedules', 'regular_schedule', 'regular_schedules'))),
  ];
  const organization = record(service.organization);
  return compact({
    id,
    title,
    description: text(service.description),
    categories: categories.idsFor(taxonomyLabels(service)),
    organisation:
      organization && text(organization.name)
        ? compact({ name: text(organization.name), url: text(either(organization, 'url', 'website')) })
        : undefined,
    location: place ? placeOf(place) : undefined,
    online: locations.some((location) => text(location.location_type) === 'virtual') || undefined,
    schedule: schedules.map(scheduleOf).filter((entry) => entry !== undefined),
    cost: costOf(service),
    ages: agesOf(service),
    accessibility: accessibilityIds(locations.flatMap(accessibilityNotes)),
    contact: contactOf(service),
    url: text(service.url),
    updated: text(either(service, 'last_modified', 'assured_date')),
  });
}

function taxonomyLabels(service: Json): (string | undefined)[] {
  const terms = records(service.attributes).map((attribute) => record(attribute.taxonomy_term));
  const older = records(service.service_taxonomys).map((link) => record(link.taxonomy));
  return [...terms, ...older].map((term) => term && text(either(term, 'term', 'name')));
}

function placeOf(location: Json): Json {
  const addresses = records(either(location, 'addresses', 'physical_addresses'));
  const address = addresses.find((a) => text(a.address_type) !== 'postal') ?? addresses[0];
  return compact({
    name: text(location.name),
    lat: number(location.latitude),
    lng: number(location.longitude),
    address: address
      ? [address.address_1, address.address_2, address.city].map(text).filter(Boolean).join(', ') || undefined
      : undefined,
    postcode: address ? text(address.postal_code) : undefined,
  });
}

function accessibilityNotes(location: Json): (string | undefined)[] {
  const current = records(location.accessibility).map((a) => text(either(a, 'description', 'details')));
  const older = records(location.accessibility_for_disabilities).map((a) => text(a.accessibility));
  return [...current, ...older];
}

function scheduleOf(schedule: Json): Json | undefined {
  const days = daysOf([...list(schedule.byday), ...list(schedule.weekday)]);
  const note = text(either(schedule, 'description', 'notes'));
  const start = clock(schedule.opens_at);
  if (!days.length && !start && !note) return undefined;
  const freq = text(schedule.freq)?.toUpperCase();
  const interval = number(schedule.interval) ?? 1;
  const frequency = freq === 'MONTHLY' ? 'monthly' : interval === 2 ? 'fortnightly' : 'weekly';
  return compact({ days, start, end: clock(schedule.closes_at), frequency, note });
}

function costOf(service: Json): Json | undefined {
  const options = records(service.cost_options);
  const described = (option: Json) =>
    [option.option, option.amount_description].map(text).filter(Boolean).join(', ') || undefined;
  const paid = options.find((option) => (number(option.amount) ?? 0) > 0);
  if (paid)
    return compact({
      amount: number(paid.amount),
      currency: text(paid.currency)?.toUpperCase(),
      note: described(paid),
    });
  const free = options.find((option) => number(option.amount) === 0 || /\bfree\b/i.test(described(option) ?? ''));
  if (free) return compact({ free: true, note: described(free) });
  const fees = text(either(service, 'fees_description', 'fees'));
  return fees && /\bfree\b/i.test(fees) ? { free: true } : undefined;
}

function agesOf(service: Json): Json | undefined {
  const sources = [service, ...records(service.eligibilitys)];
  const min = sources.map((s) => number(s.minimum_age)).find((n) => n !== undefined);
  const max = sources.map((s) => number(s.maximum_age)).find((n) => n !== undefined);
  if (min === undefined && max === undefined) return undefined;
  return compact({
    min: min === undefined ? undefined : Math.floor(min),
    max: max === undefined ? undefined : Math.floor(max),
  });
}

function contactOf(service: Json): Json | undefined {
  const person = records(service.contacts)[0];
  const phones = [...records(person?.phones), ...records(service.phones)];
  const contact = compact({
    name: person ? text(person.name) : undefined,
    email: text(person?.email) ?? text(service.email),
    phone: phones.map((phone) => text(phone.number)).find(Boolean),
  });
  return Object.keys(contact).length ? contact : undefined;
}

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
import { costNoteRepeats, scheduleNoteRepeats } from './repeats.js';

export interface OpenReferralPage {
  shape: '3.0' | 'older';
  services: unknown[];
  /** The page number as the API counts it (some count from 0, most from 1). */
  pageNumber?: number;
  totalPages?: number;
  /** How many services the API holds in all (`total_items`, `totalElements`). */
  totalItems?: number;
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
      totalItems: number(page.total_items),
      last: page.last_page === true || page.contents.length === 0,
    };
  }
  if (Array.isArray(page.content)) {
    return {
      shape: 'older',
      services: page.content,
      pageNumber: number(page.number),
      totalPages: number(page.totalPages),
      totalItems: number(page.totalElements),
      last: page.last === true || page.content.length === 0,
    };
  }
  return undefined;
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
  const physical = locations.filter((location) => text(location.location_type) !== 'virtual');
  // Coordinates when some location has them; else the first place with an address, a postcode or a name.
  const place =
    physical.find((location) => number(location.latitude) !== undefined && number(location.longitude) !== undefined) ??
    physical.find((location) => placeOf(location) !== undefined);
  const schedules = [
    ...records(either(service, 'schedules', 'regular_schedules')),
    ...atLocations.flatMap((at) => records(either(at, 'schedules', 'regular_schedule', 'regular_schedules'))),
  ];
  const organization = record(service.organization);
  const attending = text(service.attending_type)?.toLowerCase() ?? '';
  return compact({
    id,
    title,
    description: text(service.description),
    categories: categories.idsFor(categoryLabels(service)),
    organisation:
      organization && text(organization.name)
        ? compact({ name: text(organization.name), url: text(either(organization, 'url', 'website')) })
        : undefined,
    location: place ? placeOf(place) : undefined,
    online:
      /online|virtual|remote|video/.test(attending) ||
      locations.some((location) => text(location.location_type) === 'virtual') ||
      undefined,
    schedule: schedules.map(scheduleOf).filter((entry) => entry !== undefined),
    cost: costOf(service),
    ages: agesOf(service),
    accessibility: accessibilityIds(locations.flatMap(accessibilityNotes)),
    howToJoin:
      [text(service.attending_access), text(service.pc_attendingAccess_additionalInfo)].filter(Boolean).join('. ') ||
      undefined,
    contact: contactOf(service),
    url: text(service.url),
    updated: text(either(service, 'last_modified', 'assured_date')),
  });
}

/**
 * Labels that place a service in categories: taxonomy terms (3.0 `attributes`, older `service_taxonomys`),
 * the council's `deliverable_type` ("Social activity") and Placecube's `pc_targetAudience` ("Older people").
 */
function categoryLabels(service: Json): (string | undefined)[] {
  const terms = records(service.attributes).map((attribute) => record(attribute.taxonomy_term));
  const older = records(service.service_taxonomys).map((link) => record(link.taxonomy));
  const audiences = records(service.pc_targetAudience).map((audience) => text(audience.audienceType));
  return [
    ...[...terms, ...older].map((term) => term && text(either(term, 'term', 'name'))),
    ...list(service.deliverable_type).map(text),
    ...audiences,
  ];
}

function placeOf(location: Json): Json | undefined {
  const addresses = records(either(location, 'addresses', 'physical_addresses'));
  const address = addresses.find((a) => text(a.address_type) !== 'postal') ?? addresses[0];
  const place = compact({
    name: text(location.name),
    lat: number(location.latitude),
    lng: number(location.longitude),
    address: address
      ? [address.address_1, address.address_2, address.city].map(text).filter(Boolean).join(', ') || undefined
      : undefined,
    postcode: address ? text(address.postal_code) : undefined,
  });
  return Object.keys(place).length ? place : undefined;
}

function accessibilityNotes(location: Json): (string | undefined)[] {
  const current = records(location.accessibility).map((a) => text(either(a, 'description', 'details')));
  const older = records(location.accessibility_for_disabilities).map((a) => text(a.accessibility));
  return [...current, ...older];
}

/** `2026-01-06`, `2026-01-06T00:00:00Z` → `2026-01-06`; anything else → undefined. */
function dateOf(value: unknown): string | undefined {
  return /^\d{4}-\d{2}-\d{2}/.exec(text(value) ?? '')?.[0];
}

/** Week-of-month ordinals in an iCal BYDAY list: `1TU,3TU` → [1, 3]; `-1FR` → [-1]. */
function weeksOf(byday: unknown[]): number[] {
  const weeks = byday
    .flatMap((value) => (typeof value === 'string' ? value.split(',') : []))
    .map((token) => /^\s*([+-]?\d)[a-z]{2}\s*$/i.exec(token)?.[1])
    .filter((week): week is string => week !== undefined)
    .map(Number)
    .filter((week) => (week >= 1 && week <= 5) || week === -1);
  return [...new Set(weeks)];
}

function scheduleOf(schedule: Json): Json | undefined {
  const byday = [...list(schedule.byday), ...list(schedule.weekday)];
  const days = daysOf(byday);
  const start = clock(schedule.opens_at);
  const end = clock(schedule.closes_at);
  const notes = [text(schedule.description), text(schedule.notes)].filter((note): note is string => !!note);
  const note = notes.filter((words) => !scheduleNoteRepeats(words, { days, start, end })).join(' ') || undefined;
  if (!days.length && !start && !note) return undefined;
  const freq = text(schedule.freq)?.toUpperCase();
  const interval = number(schedule.interval) ?? 1;
  const weeks = freq === 'MONTHLY' ? weeksOf(byday) : [];
  const frequency = freq === 'MONTHLY' ? 'monthly' : interval === 2 ? 'fortnightly' : 'weekly';
  return compact({
    days,
    start,
    end,
    frequency,
    weeks: weeks.length ? weeks : undefined,
    // A fortnightly session is counted from a day it meets.
    date: frequency === 'fortnightly' ? dateOf(schedule.dtstart) : undefined,
    validFrom: dateOf(schedule.valid_from),
    validUntil: dateOf(either(schedule, 'valid_to', 'until')),
    note,
  });
}

function costOf(service: Json): Json | undefined {
  const options = records(service.cost_options);
  const described = (option: Json) =>
    [option.option, option.amount_description].map(text).filter(Boolean).join(', ') || undefined;
  const paid = options
    .filter((option) => (number(option.amount) ?? 0) > 0)
    .sort((a, b) => number(a.amount)! - number(b.amount)!);
  if (paid.length) {
    const amount = number(paid[0]!.amount)!;
    const note = described(paid[0]!);
    return compact({
      amount,
      currency: text(paid[0]!.currency)?.toUpperCase(),
      from: paid.some((option) => number(option.amount) !== amount) || undefined,
      note: note && !costNoteRepeats(note, amount) ? note : undefined,
    });
  }
  const free = options.find((option) => number(option.amount) === 0 || /\bfree\b/i.test(described(option) ?? ''));
  if (free) {
    const note = described(free);
    return compact({ free: true, note: note && !costNoteRepeats(note) ? note : undefined });
  }
  const fees = text(either(service, 'fees_description', 'fees'));
  return fees && /\bfree\b/i.test(fees) ? { free: true } : undefined;
}

/** An age limit; -1, which some directories write for "none", is none. */
const ageLimit = (value: unknown) => {
  const age = number(value);
  return age === undefined || age < 0 ? undefined : Math.floor(age);
};

function agesOf(service: Json): Json | undefined {
  const sources = [service, ...records(service.eligibilitys)];
  const min = sources.map((s) => ageLimit(s.minimum_age)).find((n) => n !== undefined);
  const max = sources.map((s) => ageLimit(s.maximum_age)).find((n) => n !== undefined);
  if (min !== undefined || max !== undefined) return compact({ min, max });
  const said = [service.eligibility_description, ...sources.map((s) => s.eligibility)].map(text);
  return said.some((words) => words && /\ball ages\b/i.test(words)) ? { min: 0 } : undefined;
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

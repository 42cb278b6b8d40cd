/**
 * OpenActive: RPDE pages of `SessionSeries`, `ScheduledSession` and `FacilityUse` items become activities.
 * Items are collected across pages first (a later `deleted` item removes an earlier one), then each
 * series gathers the sessions that name it in `superEvent`, so a session never shows as a second activity.
 */
import type { Day } from '../schema.js';
import { accessibilityIds } from './accessibility.js';
import type { CategoryMapper } from './categories.js';
import { drop, type Conversion } from './conversion.js';
import { daysOf, ukDayAndTime } from './days.js';
import { clock, compact, either, idOf, list, number, record, records, text, typeOf, type Json } from './read.js';

export interface RpdePage {
  items: unknown[];
  next?: string;
}

export function readRpdePage(json: unknown): RpdePage | undefined {
  const page = record(json);
  if (!page || !Array.isArray(page.items)) return undefined;
  return { items: page.items, next: text(page.next) };
}

export function looksLikeOpenActive(json: unknown): boolean {
  const page = record(json);
  if (!page || !Array.isArray(page.items)) return false;
  return typeof page.next === 'string' || page.items.some((item) => record(item) && 'state' in item && 'kind' in item);
}

interface Item {
  kind: string;
  data: Json;
  /** Position of the item across all pages read, for reports. */
  index: number;
}

const seriesKinds = new Set([
  'SessionSeries',
  'EventSeries',
  'Event',
  'CourseInstance',
  'HeadlineEvent',
  'OnDemandEvent',
]);
const sessionKinds = new Set(['ScheduledSession', 'ScheduledSession.SessionSeries']);
const facilityKinds = new Set(['FacilityUse', 'IndividualFacilityUse']);

/** Collects RPDE items across pages; call {@link convert} once every page is read. */
export class RpdeCollector {
  readonly #items = new Map<string, Item>();
  #seen = 0;
  readonly conversion: Conversion;

  constructor(conversion: Conversion) {
    this.conversion = conversion;
  }

  add(page: RpdePage): void {
    for (const raw of page.items) {
      const index = this.#seen++;
      const item = record(raw);
      const id = item && text(item.id);
      if (!item || !id) {
        drop(this.conversion, index, undefined, 'the RPDE item has no id.');
        continue;
      }
      if (text(item.state) === 'deleted') {
        if (this.#items.delete(id)) this.conversion.deleted++;
        continue;
      }
      const data = record(item.data);
      if (!data) {
        drop(this.conversion, index, id, 'the RPDE item has no data.');
        continue;
      }
      this.#items.delete(id); // an update moves the item to its latest place
      this.#items.set(id, { kind: text(item.kind) ?? typeOf(data) ?? '', data, index });
    }
  }

  convert(categories: CategoryMapper): void {
    const into = this.conversion;
    const series = new Map<string, { item: Item; sessions: Json[] }>();
    const sessions: Item[] = [];
    for (const [rpdeId, item] of this.#items) {
      into.read++;
      const type = typeOf(item.data) ?? item.kind;
      if (sessionKinds.has(type) || sessionKinds.has(item.kind)) sessions.push(item);
      else if (seriesKinds.has(type) || facilityKinds.has(type))
        series.set(idOf(item.data) ?? rpdeId, { item, sessions: [] });
      else
        drop(into, item.index, idOf(item.data) ?? rpdeId, `items of type "${type || 'unknown'}" are not activities.`);
    }
    for (const session of sessions) {
      const superEvent = either(session.data, 'superEvent', 'subEventOf');
      const embedded = record(superEvent);
      const parentId = embedded ? idOf(embedded) : text(superEvent);
      const parent = parentId ? series.get(parentId) : undefined;
      if (parent) {
        parent.sessions.push(session.data);
        into.merged++;
      } else if (embedded && text(embedded.name)) {
        series.set(parentId ?? `session:${session.index}`, {
          item: { kind: typeOf(embedded) ?? 'SessionSeries', data: embedded, index: session.index },
          sessions: [session.data],
        });
      } else {
        drop(
          into,
          session.index,
          idOf(session.data),
          parentId
            ? `the session's series "${parentId}" is not in the feed.`
            : 'the session names no series (superEvent).',
        );
      }
    }
    for (const [id, { item, sessions: occurrences }] of series) {
      const title = text(item.data.name);
      if (!title) {
        drop(into, item.index, id, `the ${item.kind || 'item'} has no name.`);
        continue;
      }
      into.activities.push(toActivity(item, id, title, occurrences, categories));
      into.origins.push(item.index);
    }
  }
}

function toActivity(
  { kind, data }: Item,
  id: string,
  title: string,
  sessions: Json[],
  categories: CategoryMapper,
): Json {
  const facility = facilityKinds.has(typeOf(data) ?? kind);
  const organizer = record(either(data, 'organizer', 'provider'));
  const location = record(data.location);
  const labels = [...records(data.activity), ...records(data.facilityType)].map((concept) =>
    text(either(concept, 'prefLabel', 'name')),
  );
  return compact({
    id,
    title,
    description: text(data.description),
    categories: categories.idsFor([...labels, ...list(data.activity).map(text)]),
    organisation:
      organizer && text(organizer.name) ? compact({ name: text(organizer.name), url: text(organizer.url) }) : undefined,
    location: location ? placeOf(location) : undefined,
    online:
      /Online/.test(text(either(data, 'eventAttendanceMode', 'attendanceMode')) ?? '') ||
      typeOf(location ?? {}) === 'VirtualLocation' ||
      undefined,
    schedule: facility ? openingHours(data) : eventSchedule(data, sessions),
    cost: costOf(data),
    ages: agesOf(record(data.ageRange)),
    accessibility: accessibilityIds(
      records(data.accessibilitySupport).map((concept) => text(either(concept, 'prefLabel', 'name'))),
    ),
    contact: organizer ? contactOf(organizer) : undefined,
    url: text(data.url),
  });
}

function placeOf(location: Json): Json | undefined {
  const geo = record(location.geo);
  const lat = number(geo?.latitude);
  const lng = number(geo?.longitude);
  if (lat === undefined || lng === undefined) return undefined;
  const address = record(location.address);
  return compact({
    name: text(location.name),
    lat,
    lng,
    address: address
      ? [address.streetAddress, address.addressLocality].map(text).filter(Boolean).join(', ') || undefined
      : text(location.address),
    postcode: address ? text(address.postalCode) : undefined,
  });
}

function frequencyOf(period: string | undefined): string {
  if (!period) return 'weekly';
  if (/^P(2W|14D)$/i.test(period)) return 'fortnightly';
  if (/^P1M$/i.test(period)) return 'monthly';
  return 'weekly';
}

function eventSchedule(data: Json, sessions: Json[]): Json[] {
  const declared = records(data.eventSchedule).map((schedule) =>
    compact({
      days: daysOf(list(schedule.byDay)),
      start: clock(schedule.startTime),
      end: clock(schedule.endTime),
      frequency: frequencyOf(text(schedule.repeatFrequency)),
    }),
  );
  if (declared.length) return declared;
  return sessionSlots([data, ...sessions]);
}

/** Sessions with no declared pattern: one entry per weekday and time, weekly when it recurs. */
function sessionSlots(events: Json[]): Json[] {
  const slots = new Map<string, { day: Day; start: string; end?: string; count: number }>();
  for (const event of events) {
    const start = text(event.startDate) ? ukDayAndTime(text(event.startDate)!) : undefined;
    if (!start) continue;
    const end = text(event.endDate) ? ukDayAndTime(text(event.endDate)!)?.time : undefined;
    const key = `${start.day} ${start.time} ${end}`;
    const slot = slots.get(key) ?? { day: start.day, start: start.time, end, count: 0 };
    slot.count++;
    slots.set(key, slot);
  }
  return [...slots.values()].map((slot) =>
    compact({ days: [slot.day], start: slot.start, end: slot.end, frequency: slot.count > 1 ? 'weekly' : 'once' }),
  );
}

function openingHours(data: Json): Json[] {
  return records(either(data, 'hoursAvailable', 'openingHoursSpecification')).map((hours) =>
    compact({
      days: daysOf(list(hours.dayOfWeek)),
      start: clock(hours.opens),
      end: clock(hours.closes),
      frequency: 'weekly',
    }),
  );
}

function costOf(data: Json): Json | undefined {
  const offers = records(data.offers)
    .map((offer) => ({ price: number(offer.price), currency: text(offer.priceCurrency), name: text(offer.name) }))
    .filter((offer) => offer.price !== undefined && offer.price >= 0);
  const paid = offers.filter((offer) => offer.price! > 0).sort((a, b) => a.price! - b.price!);
  if (paid.length)
    return compact({
      amount: paid[0]!.price,
      currency: paid[0]!.currency?.toUpperCase(),
      note: paid.length > 1 ? undefined : paid[0]!.name,
    });
  if (data.isAccessibleForFree === true || offers.length) return { free: true };
  return undefined;
}

function agesOf(range: Json | undefined): Json | undefined {
  const min = number(range?.minValue);
  const max = number(range?.maxValue);
  if (min === undefined && max === undefined) return undefined;
  return compact({
    min: min === undefined ? undefined : Math.floor(min),
    max: max === undefined ? undefined : Math.floor(max),
  });
}

function contactOf(organizer: Json): Json | undefined {
  const contact = compact({ email: text(organizer.email), phone: text(organizer.telephone), url: text(organizer.url) });
  return Object.keys(contact).length ? contact : undefined;
}

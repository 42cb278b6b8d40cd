/**
 * OpenActive: RPDE pages of `SessionSeries`, `ScheduledSession`, `Event`, `CourseInstance`, `OnDemandEvent`
 * and `FacilityUse` items become activities. Items are collected across pages first (a later `deleted` item
 * removes an earlier one), then joined across every OpenActive source of one load: publishers usually put
 * series and sessions in two feeds, and each session joins the series it names in `superEvent`, so it never
 * shows as a second activity. Items whose every date is past are left out and counted as ended.
 */
import type { Day } from '../schema.js';
import { accessibilityIds } from './accessibility.js';
import type { CategoryMapper } from './categories.js';
import { drop, type Conversion } from './conversion.js';
import {
  addDuration,
  calendarDateOf,
  datesBetween,
  dayAndTimeOf,
  durationOf,
  isDateOnly,
  weekdayOf,
  type Duration,
} from './dates.js';
import { daysOf } from './days.js';
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

interface Item {
  kind: string;
  data: Json;
  /** Position of the item across all pages of its source, for reports. */
  index: number;
  /** The source's conversion: where the item's activity, or its problem, is reported. */
  into: Conversion;
}

const seriesKinds = new Set([
  'SessionSeries',
  'EventSeries',
  'Event',
  'CourseInstance',
  'Course',
  'HeadlineEvent',
  'OnDemandEvent',
]);
const sessionKinds = new Set(['ScheduledSession', 'ScheduledSession.SessionSeries']);
const facilityKinds = new Set(['FacilityUse', 'IndividualFacilityUse']);

/** Collects one source's RPDE items across pages; {@link convertRpde} joins the sources once all are read. */
export class RpdeCollector {
  readonly items = new Map<string, Item>();
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
        if (this.items.delete(id)) this.conversion.deleted++;
        continue;
      }
      const data = record(item.data);
      if (!data) {
        drop(this.conversion, index, id, 'the RPDE item has no data.');
        continue;
      }
      this.items.delete(id); // an update moves the item to its latest place
      this.items.set(id, { kind: text(item.kind) ?? typeOf(data) ?? '', data, index, into: this.conversion });
    }
  }
}

interface Series {
  item: Item;
  sessions: Json[];
}

const superEventOf = (data: Json) => either(data, 'superEvent', 'subEventOf');
const parentIdOf = (data: Json) => {
  const parent = superEventOf(data);
  return record(parent) ? idOf(record(parent)!) : text(parent);
};

/**
 * Joins the items of every collector: sessions to their series (in any source), then one activity per
 * series, event and facility. `today` (a UK date) decides what has ended.
 */
export function convertRpde(collectors: readonly RpdeCollector[], categories: CategoryMapper, today: string): void {
  const series = new Map<string, Series>();
  const sessions: Item[] = [];
  for (const collector of collectors) {
    for (const [rpdeId, item] of collector.items) {
      item.into.read++;
      const type = typeOf(item.data) ?? item.kind;
      // A session, or an Event named only through the series it is embedded in: one date of that series.
      const namedByParent = !text(item.data.name) && text(record(item.data.superEvent)?.name);
      if (sessionKinds.has(type) || sessionKinds.has(item.kind) || namedByParent) sessions.push(item);
      else if (seriesKinds.has(type) || facilityKinds.has(type)) {
        const id = idOf(item.data) ?? rpdeId;
        if (!series.has(id)) series.set(id, { item, sessions: [] });
      } else
        drop(
          item.into,
          item.index,
          idOf(item.data) ?? rpdeId,
          `items of type "${type || 'unknown'}" are not activities.`,
        );
    }
  }
  // An Event published beside its EventSeries is one of its dates, not an activity of its own.
  for (const [id, { item }] of series) {
    const parent = parentIdOf(item.data);
    if (parent && parent !== id && series.has(parent) && !series.get(parent)!.item.data.superEvent) {
      series.delete(id);
      sessions.push(item);
    }
  }
  for (const session of sessions) {
    const embedded = record(superEventOf(session.data));
    const parentId = parentIdOf(session.data);
    const parent = parentId ? series.get(parentId) : undefined;
    if (parent) {
      parent.sessions.push(session.data);
      session.into.merged++;
    } else if (embedded && text(embedded.name)) {
      const id = parentId ?? `session:${session.index}`;
      const known = series.get(id);
      if (known) known.sessions.push(session.data);
      else
        series.set(id, {
          item: { kind: typeOf(embedded) ?? 'SessionSeries', data: embedded, index: session.index, into: session.into },
          sessions: [session.data],
        });
    } else {
      drop(
        session.into,
        session.index,
        idOf(session.data),
        parentId
          ? `the session's series "${parentId}" is not in any OpenActive source given.`
          : 'the session names no series (superEvent).',
      );
    }
  }
  for (const [id, { item, sessions: occurrences }] of series) {
    const data = withDetails(item.data);
    const title = text(data.name);
    if (!title) {
      drop(item.into, item.index, id, `the ${item.kind || 'item'} has no name.`);
      continue;
    }
    const activity = toActivity(item.kind, data, id, title, occurrences, categories, today);
    if (!activity) {
      item.into.ended++;
      continue;
    }
    item.into.activities.push(activity);
    item.into.origins.push(item.index);
  }
}

/**
 * An item with the details it names rather than holds: a CourseInstance's `instanceOfCourse`, an Event's
 * embedded `superEvent` (its name, description, place, prices…). The item's own fields win.
 */
function withDetails(data: Json): Json {
  const course = record(data.instanceOfCourse);
  const parent = record(data.superEvent);
  const inherited = { ...(parent ? withoutDates(parent) : {}), ...(course ?? {}) };
  const merged: Json = { ...inherited };
  for (const [key, value] of Object.entries(data)) if (value !== undefined && value !== null) merged[key] = value;
  return merged;
}

function withoutDates(data: Json): Json {
  const { startDate: _start, endDate: _end, eventSchedule: _schedule, '@id': _id, id: _otherId, ...details } = data;
  return details;
}

function toActivity(
  kind: string,
  data: Json,
  id: string,
  title: string,
  sessions: Json[],
  categories: CategoryMapper,
  today: string,
): Json | undefined {
  const type = typeOf(data) ?? kind;
  const facility = facilityKinds.has(type);
  const onDemand = type === 'OnDemandEvent';
  const schedule = facility || onDemand ? openingHours(data) : eventSchedule(data, sessions, today);
  if (schedule === undefined) return undefined;
  const organizer = record(either(data, 'organizer', 'provider'));
  const location =
    record(data.location) ?? sessions.map((session) => record(session.location)).find(Boolean) ?? undefined;
  const concepts = [...list(data.activity), ...list(data.facilityType), ...list(data.category)];
  const mode = text(either(data, 'eventAttendanceMode', 'attendanceMode')) ?? '';
  return compact({
    id,
    title,
    description: text(data.description),
    categories: categories.idsFor(concepts.map(labelOf)),
    organisation:
      organizer && text(organizer.name) ? compact({ name: text(organizer.name), url: text(organizer.url) }) : undefined,
    location: location && typeOf(location) !== 'VirtualLocation' ? placeOf(location) : undefined,
    online: onDemand || /Online|Mixed/.test(mode) || typeOf(location ?? {}) === 'VirtualLocation' || undefined,
    schedule,
    cost: costOf(data),
    ages: agesOf(data),
    accessibility: accessibilityIds([...records(data.accessibilitySupport).map(labelOf), ...amenities(location)]),
    contact: organizer ? contactOf(organizer) : undefined,
    url: text(data.url),
  });
}

/** A concept's label (`{ prefLabel }`), or a label written as text (OpenActive 1.0: `"activity": ["Yoga"]`). */
const labelOf = (concept: unknown) => {
  const object = record(concept);
  return object ? text(either(object, 'prefLabel', 'name')) : text(concept);
};

/** What a venue has (`amenityFeature`: parking, changing facilities…), when it says `value: true`. */
function amenities(location: Json | undefined): (string | undefined)[] {
  return records(location?.amenityFeature)
    .filter((feature) => feature.value === true)
    .map((feature) => {
      const type = typeOf(feature)?.replace(/^.*:/, '');
      return (
        text(feature.name) ??
        (type && type !== 'LocationFeatureSpecification' ? type.replace(/(?<=[a-z])(?=[A-Z])/g, ' ') : undefined)
      );
    });
}

function placeOf(location: Json): Json | undefined {
  const geo = record(location.geo);
  const address = record(location.address);
  const place = compact({
    name: text(location.name),
    lat: number(geo?.latitude),
    lng: number(geo?.longitude),
    address: address
      ? [address.streetAddress, address.addressLocality]
          .map(text)
          .map((line) => line?.replace(/^[,\s]+|[,\s]+$/g, ''))
          .filter(Boolean)
          .join(', ') || undefined
      : text(location.address),
    postcode: address ? text(address.postalCode) : undefined,
  });
  return Object.keys(place).length ? place : undefined;
}

/** How often a schedule repeats, from its ISO 8601 `repeatFrequency`. */
function frequencyOf(period: Duration | undefined): 'daily' | 'weekly' | 'fortnightly' | 'monthly' {
  if (!period) return 'weekly';
  if (period.months === 1 && !period.days) return 'monthly';
  if (!period.months && period.days === 1) return 'daily';
  if (!period.months && period.days === 14) return 'fortnightly';
  return 'weekly';
}

const allDays: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * The schedule of a series or event: its declared `eventSchedule`, else its dates and its sessions' dates.
 * Undefined when everything in it ended before `today`.
 */
function eventSchedule(data: Json, sessions: Json[], today: string): Json[] | undefined {
  const seriesFrom = calendarDateOf(text(data.startDate));
  const seriesUntil = calendarDateOf(text(data.endDate));
  const declared = records(data.eventSchedule);
  if (declared.length) {
    const entries = declared
      .map((schedule) => scheduleEntry(schedule, seriesFrom, seriesUntil))
      .filter((entry) => !entry.validUntil || (entry.validUntil as string) >= today);
    const upcoming = sessions.some((session) => (lastDateOf(session) ?? today) >= today);
    return entries.length || upcoming ? entries : undefined;
  }
  const events = [data, ...sessions].filter((event) => text(event.startDate));
  if (!events.length) return seriesUntil && seriesUntil < today ? undefined : [];
  const current = events.filter((event) => (lastDateOf(event) ?? today) >= today);
  return current.length ? datedSlots(current) : undefined;
}

function lastDateOf(event: Json): string | undefined {
  return calendarDateOf(text(event.endDate)) ?? calendarDateOf(text(event.startDate));
}

function scheduleEntry(schedule: Json, seriesFrom?: string, seriesUntil?: string): Json {
  const validFrom = calendarDateOf(text(schedule.startDate)) ?? seriesFrom;
  const validUntil = calendarDateOf(text(schedule.endDate)) ?? seriesUntil;
  const frequency = frequencyOf(durationOf(text(schedule.repeatFrequency)));
  const start = clock(schedule.startTime);
  const end = clock(schedule.endTime) ?? (start ? addDuration(start, durationOf(text(schedule.duration))) : undefined);
  let days = daysOf(list(schedule.byDay));
  if (frequency === 'daily' && !days.length)
    days = validFrom && validUntil ? [...new Set(datesBetween(validFrom, validUntil).map(weekdayOf))] : [...allDays];
  if (!days.length && validFrom) days = [weekdayOf(validFrom)];
  return compact({
    days: allDays.filter((day) => days.includes(day)),
    start,
    end,
    frequency: frequency === 'daily' ? 'weekly' : frequency,
    date: frequency === 'fortnightly' ? validFrom : undefined,
    validFrom,
    validUntil,
  });
}

/**
 * Events and sessions without a declared pattern: one entry per weekday and time; a slot met on several
 * dates is weekly from the first to the last, one met once is `once` on its date. A date without a time is
 * a whole day: no time is invented. An event over several days is each of its days.
 */
function datedSlots(events: Json[]): Json[] {
  const slots = new Map<string, { day: Day; start?: string; end?: string; dates: string[] }>();
  const add = (day: Day, date: string, start?: string, end?: string) => {
    const key = `${day} ${start} ${end}`;
    const slot = slots.get(key) ?? { day, start, end, dates: [] };
    slot.dates.push(date);
    slots.set(key, slot);
  };
  for (const event of events) {
    const startText = text(event.startDate)!;
    const first = calendarDateOf(startText);
    if (!first) continue;
    const last = calendarDateOf(text(event.endDate)) ?? first;
    const started = dayAndTimeOf(startText);
    const ended = dayAndTimeOf(text(event.endDate));
    if (last > first && (isDateOnly(startText) || durationOf(text(event.duration))?.days))
      for (const date of datesBetween(first, last)) add(weekdayOf(date), date);
    else
      add(
        started?.day ?? weekdayOf(first),
        first,
        started?.time,
        ended?.time ?? (started ? addDuration(started.time, durationOf(text(event.duration))) : undefined),
      );
  }
  return [...slots.values()].map((slot) => {
    const dates = [...new Set(slot.dates)].sort();
    return dates.length > 1
      ? compact({
          days: [slot.day],
          start: slot.start,
          end: slot.end,
          frequency: 'weekly',
          validFrom: dates[0],
          validUntil: dates.at(-1),
        })
      : compact({ days: [slot.day], start: slot.start, end: slot.end, frequency: 'once', date: dates[0] });
  });
}

function openingHours(data: Json): Json[] {
  return records(either(data, 'hoursAvailable', 'openingHoursSpecification')).map((hours) =>
    compact({
      days: daysOf(list(hours.dayOfWeek)),
      start: clock(hours.opens),
      end: clock(hours.closes),
      frequency: 'weekly',
      validFrom: calendarDateOf(text(hours.validFrom)),
      validUntil: calendarDateOf(text(hours.validThrough)),
    }),
  );
}

interface Offer {
  price: number;
  currency?: string;
  name?: string;
}

/** The cheapest price, named ("from £3.15, Junior" when prices differ); free when every offer is. */
function costOf(data: Json): Json | undefined {
  const offers = records(data.offers)
    .map((offer): Offer => ({
      price: number(offer.price) ?? -1,
      currency: text(offer.priceCurrency),
      name: text(offer.name),
    }))
    .filter((offer) => offer.price >= 0);
  const paid = offers.filter((offer) => offer.price > 0).sort((a, b) => a.price - b.price);
  if (paid.length) {
    const cheapest = paid[0]!;
    return compact({
      amount: cheapest.price,
      currency: cheapest.currency?.toUpperCase(),
      from: offers.some((offer) => offer.price !== cheapest.price) || undefined,
      note: cheapest.name,
    });
  }
  if (data.isAccessibleForFree === true || offers.length) return { free: true };
  return undefined;
}

/** The item's age range, or else the widest range its offers allow (an offer for any age leaves it open). */
function agesOf(data: Json): Json | undefined {
  const range = record(data.ageRange);
  const ranges = range ? [range] : records(data.offers).map((offer) => record(offer.ageRestriction) ?? {});
  if (!ranges.length) return undefined;
  const mins = ranges.map((r) => number(r.minValue));
  const maxes = ranges.map((r) => number(r.maxValue));
  const min = mins.every((n) => n !== undefined) ? Math.floor(Math.min(...(mins as number[]))) : undefined;
  const max = maxes.every((n) => n !== undefined) ? Math.floor(Math.max(...(maxes as number[]))) : undefined;
  if (min === undefined && max === undefined) return undefined;
  return compact({ min, max });
}

function contactOf(organizer: Json): Json | undefined {
  const contact = compact({ email: text(organizer.email), phone: text(organizer.telephone), url: text(organizer.url) });
  return Object.keys(contact).length ? contact : undefined;
}

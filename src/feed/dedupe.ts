/**
 * When several sources are combined, the same activity often comes from two of them (the council's
 * directory and the leisure centre's own feed). It shows once: same id, or the same name (ignoring case
 * and punctuation) within about 100 m. The first source wins; the second fills in what the first lacks.
 */
import { located } from './located.js';
import type { Problem } from './parse.js';
import type { Activity } from './schema.js';
import { yieldToMain } from './yield.js';

export interface SourcedActivity {
  activity: Activity;
  /** The URL of the source it came from. */
  source: string;
  /** Its position in that source's list. */
  index: number;
}

export const sameNameWithinKm = 0.1;

const normalise = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Great-circle distance in km. */
export function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/**
 * A degree of latitude is at least 111 km everywhere, so two places within {@link sameNameWithinKm} lie in the
 * same band of this height or in neighbouring ones: a name is looked for only there, not among every activity
 * of that name (a common one, "Walking group", can have thousands, and comparing each new one with all of them
 * made de-duplication quadratic).
 */
const bandDegrees = 0.001;
const bandOf = (lat: number) => Math.floor(lat / bandDegrees);

/** A kept activity, with its position among the kept ones (the first kept wins when several are near). */
interface Kept extends SourcedActivity {
  order: number;
}

export interface Deduplicated {
  activities: Activity[];
  duplicates: Problem[];
}

/** Shows each activity once, at once: for Node, tests and small feeds. */
export function dedupeActivities(sourced: readonly SourcedActivity[]): Deduplicated {
  const steps = deduplicating(sourced);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Activities looked at between two looks at the clock by {@link dedupeActivitiesInSlices}. */
const perStep = 64;

/**
 * Shows each activity once, as {@link dedupeActivities} does, in slices of a few milliseconds with a turn for
 * the page between them: 10,000 activities took one long task after parsing.
 */
export async function dedupeActivitiesInSlices(
  sourced: readonly SourcedActivity[],
  { sliceMs = 8, signal }: { sliceMs?: number; signal?: AbortSignal } = {},
): Promise<Deduplicated> {
  const steps = deduplicating(sourced);
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart < sliceMs) continue;
    await yieldToMain();
    signal?.throwIfAborted();
    sliceStart = performance.now();
  }
}

/** The de-duplication itself, pausing every {@link perStep} activities so a caller may slice it. */
function* deduplicating(sourced: readonly SourcedActivity[]): Generator<void, Deduplicated> {
  const kept: Kept[] = [];
  const byId = new Map<string, Kept>();
  // The kept activities with a place, by name, then by band of latitude.
  const byPlace = new Map<string, Map<number, Kept[]>>();
  const placed = (entry: Kept, name: string) => {
    const here = located(entry.activity.location);
    if (!here) return;
    let bands = byPlace.get(name);
    if (!bands) byPlace.set(name, (bands = new Map()));
    const band = bandOf(here.lat);
    const list = bands.get(band);
    if (list) list.push(entry);
    else bands.set(band, [entry]);
  };
  const sameNameNear = (name: string, activity: Activity): Kept | undefined => {
    const here = located(activity.location);
    const bands = here && byPlace.get(name);
    if (!bands) return undefined;
    let first: Kept | undefined;
    const band = bandOf(here.lat);
    for (let b = band - 1; b <= band + 1; b++)
      for (const other of bands.get(b) ?? [])
        if ((!first || other.order < first.order) && near(other.activity, activity)) first = other;
    return first;
  };
  // Titles repeat ("Walking group"): each is normalised once.
  const names = new Map<string, string>();
  const nameOf = (title: string) => {
    let name = names.get(title);
    if (name === undefined) names.set(title, (name = normalise(title)));
    return name;
  };
  const duplicates: Problem[] = [];
  for (let at = 0; at < sourced.length; at++) {
    if (at % perStep === perStep - 1) yield;
    const entry = sourced[at]!;
    const { activity } = entry;
    const name = nameOf(activity.title);
    const sameId = byId.get(activity.id);
    const original = sameId ?? sameNameNear(name, activity);
    if (original) {
      const hadPlace = located(original.activity.location) !== undefined;
      original.activity = fillIn(original.activity, activity);
      // A place filled in from the repeat makes the activity findable by name and place from now on.
      if (!hadPlace) placed(original, nameOf(original.activity.title));
      const why = sameId ? 'the same id' : 'the same name within 100 m';
      duplicates.push({
        collection: 'activities',
        index: entry.index,
        id: activity.id,
        source: entry.source,
        severity: 'dropped',
        reason: `the same activity as "${original.activity.id}" from ${original.source} (${why}); it is shown once.`,
      });
      continue;
    }
    const copy = { ...entry, order: kept.length };
    kept.push(copy);
    byId.set(activity.id, copy);
    placed(copy, name);
  }
  return { activities: kept.map((entry) => entry.activity), duplicates };
}

function near(a: Activity, b: Activity): boolean {
  const here = located(a.location);
  const there = located(b.location);
  return !!here && !!there && distanceKm(here, there) <= sameNameWithinKm;
}

/** The first record, with the gaps filled from the second and the lists joined. */
function fillIn(first: Activity, second: Activity): Activity {
  const merged: Record<string, unknown> = { ...first };
  for (const [key, value] of Object.entries(second)) {
    const mine = merged[key];
    if (mine === undefined || mine === null || (Array.isArray(mine) && mine.length === 0)) merged[key] = value;
  }
  merged.categories = [...new Set([...first.categories, ...second.categories])];
  merged.accessibility = [...new Set([...first.accessibility, ...second.accessibility])];
  return merged as Activity;
}

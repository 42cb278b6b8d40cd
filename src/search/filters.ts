/**
 * The activity filters, as pure functions: each says whether one activity passes one of the visitor's
 * choices (see `ActivityFilters`). An empty choice lets everything through.
 */
import type { Activity, Day, ScheduleEntry } from '../feed/schema.js';
import { meetsWhen } from '../schedule/when.js';
import type { ActivityFilters, TimeOfDay } from '../store/state.js';

/** When each part of the day starts, in minutes after midnight; evening runs to midnight. */
const afternoonStarts = 12 * 60;
const eveningStarts = 17 * 60;

export function timeOfDay(clock: string): TimeOfDay {
  const [hours, minutes] = clock.split(':').map(Number);
  const minute = hours * 60 + minutes;
  if (minute < afternoonStarts) return 'morning';
  return minute < eveningStarts ? 'afternoon' : 'evening';
}

/** In any of the chosen categories. */
export function inCategories(activity: Activity, categories: readonly string[]): boolean {
  return categories.length === 0 || activity.categories.some((id) => categories.includes(id));
}

/** Has a session on one of the chosen days and at one of the chosen times of day (both in one session). */
export function inSchedule(activity: Activity, { days, times }: Pick<ActivityFilters, 'days' | 'times'>): boolean {
  if (days.length === 0 && times.length === 0) return true;
  // Loops rather than closures: checked for each of up to 100,000 activities, so nothing is made per activity.
  for (const entry of activity.schedule) if (entryFits(entry, days, times)) return true;
  return false;
}

function entryFits(entry: ScheduleEntry, days: readonly Day[], times: readonly TimeOfDay[]): boolean {
  if (times.length > 0 && (entry.start === undefined || !times.includes(timeOfDay(entry.start)))) return false;
  if (days.length === 0) return true;
  for (const day of entry.days) if (days.includes(day)) return true;
  return false;
}

/** Free, or no dearer than the most the visitor will pay. An activity with no stated cost passes neither. */
export function affordable(
  activity: Activity,
  { freeOnly, maxCost }: Pick<ActivityFilters, 'freeOnly' | 'maxCost'>,
): boolean {
  if (!freeOnly && maxCost === undefined) return true;
  const { cost } = activity;
  if (!cost) return false;
  if ('free' in cost) return true;
  return !freeOnly && cost.amount <= maxCost!;
}

/** Open to someone of this age; an activity stating no ages is open to all. */
export function suitsAge(activity: Activity, age: number | undefined): boolean {
  if (age === undefined) return true;
  const { min = 0, max = Infinity } = activity.ages ?? {};
  return age >= min && age <= max;
}

/** Meets every chosen access need. */
export function meetsNeeds(activity: Activity, needs: readonly string[]): boolean {
  return needs.every((need) => activity.accessibility.includes(need));
}

/** Online, or at a place (some activities are both). */
export function inMode(activity: Activity, mode: ActivityFilters['mode']): boolean {
  if (mode === 'online') return activity.online;
  if (mode === 'in-person') return Boolean(activity.location);
  return true;
}

/** Within the chosen distance; `distanceKm` is undefined for an activity with no place or a visitor with none. */
export function withinDistance(distanceKm: number | undefined, withinKm: number | undefined): boolean {
  return withinKm === undefined || (distanceKm !== undefined && distanceKm <= withinKm);
}

/** Has a session, not yet over at `now`, in the days the "When" choice means (London time). */
export function meetsWhenChoice(activity: Activity, when: ActivityFilters['when'], now: Date = new Date()): boolean {
  return when === undefined || meetsWhen(activity.schedule, when, now);
}

/** Every filter but the category one: what the per-category counts are counted over. */
export function passesOtherFilters(
  activity: Activity,
  filters: ActivityFilters,
  distanceKm: number | undefined,
  now?: Date,
): boolean {
  return (
    inSchedule(activity, filters) &&
    meetsWhenChoice(activity, filters.when, now) &&
    affordable(activity, filters) &&
    suitsAge(activity, filters.age) &&
    meetsNeeds(activity, filters.accessibility) &&
    inMode(activity, filters.mode) &&
    withinDistance(distanceKm, filters.withinKm)
  );
}

/** Every filter. */
export function passesFilters(activity: Activity, filters: ActivityFilters, distanceKm?: number, now?: Date): boolean {
  return inCategories(activity, filters.categories) && passesOtherFilters(activity, filters, distanceKm, now);
}

/** How many filters are in use: one per chosen value, so each can be shown (and removed) as a chip. */
export function activeFilterCount(filters: ActivityFilters): number {
  const single = [
    filters.freeOnly || undefined,
    filters.maxCost,
    filters.age,
    filters.mode,
    filters.withinKm,
    filters.when,
  ];
  return (
    filters.categories.length +
    filters.days.length +
    filters.times.length +
    filters.accessibility.length +
    single.filter((value) => value !== undefined).length
  );
}

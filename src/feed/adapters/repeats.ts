/**
 * Free-text notes that only say again what the structured fields say ("Tuesdays and Thursdays, 10am to
 * 12.30pm" beside days tue, thu and 10:00–12:30; "Everyone, Free" beside a free cost) are left out, so a
 * card does not read the same thing twice. A note that adds anything at all is kept whole.
 */
import type { Day } from '../schema.js';
import { dayOf } from './days.js';

const dayWord =
  /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?s?\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b/gi;
const time = /\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?(?![\d])/gi;
const filler =
  /\b(?:and|to|from|until|till|til|every|each|on|at|weekly|week|the|a|an|between|noon|midday|hrs|hours|o'?clock)\b|[-–—&,;:.()/+\s]/gi;

function clockOf(hours: string, minutes: string | undefined, half: string | undefined): string | undefined {
  let h = Number(hours);
  const m = minutes ? Number(minutes) : 0;
  const meridiem = half?.toLowerCase().replace(/\./g, '');
  if (meridiem === 'pm' && h < 12) h += 12;
  if (meridiem === 'am' && h === 12) h = 0;
  if (h > 23 || m > 59) return undefined;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Whether a schedule note names only the days and times the entry already has. */
export function scheduleNoteRepeats(note: string, entry: { days: readonly Day[]; start?: string; end?: string }) {
  const days = [...note.matchAll(dayWord)].map((match) => dayOf(match[0].replace(/s$/i, '')));
  if (days.some((day) => !day || !entry.days.includes(day))) return false;
  const withoutDays = note.replace(dayWord, ' ');
  const times = [...withoutDays.matchAll(time)].map((match) => clockOf(match[1]!, match[2], match[3]));
  const known = [entry.start, entry.end].flatMap((clock) => (clock ? [clock, toTwelve(clock)] : []));
  if (times.some((clock) => !clock || !known.includes(clock))) return false;
  if (!days.length && !times.length) return false;
  return withoutDays.replace(time, ' ').replace(filler, '') === '';
}

/** "12.30pm" in a note may be read as 00:30 when written "12.30": the afternoon reading of an end time. */
function toTwelve(clock: string): string {
  const [h, m] = clock.split(':').map(Number) as [number, number];
  return h > 12 ? `${String(h - 12).padStart(2, '0')}:${String(m).padStart(2, '0')}` : clock;
}

const costFiller =
  /\b(?:free|of|charge|no|cost|costs|nil|none|everyone|everybody|all|n\/a|gbp|per|session|price)\b|£?\b0+(?:\.0+)?\b|[-–—&,;:.()/\s]/gi;

/** Whether a cost note only says "free" (or the amount) again. */
export function costNoteRepeats(note: string, amount?: number): boolean {
  let rest = note;
  if (amount !== undefined) {
    const pounds = amount.toFixed(2).replace(/\.00$/, '');
    rest = rest.replace(new RegExp(`£?\\s*${pounds.replace('.', '\\.')}(?:\\.00)?\\b`, 'g'), ' ');
    return rest.replace(/\bgbp\b|[-–—&,;:.()/\s]/gi, '') === '';
  }
  return rest.replace(costFiller, '') === '';
}

/**
 * Filter words typed into the search box, in English and Welsh: a postcode ("LS6", "CF10 1AA"),
 * "free", day names, "weekend", "weekdays", "morning/afternoon/evening", "online", "in person".
 * `readFilterWords` finds them and gives what is left of the query, so a widget can offer each as a
 * filter (or the postcode as the place) with one click; `applyTypedFilter` applies one.
 */
import type { Day } from '../feed/schema.js';
import { parsePostcode, type Postcode } from '../geo/postcode.js';
import type { ActivityFilters, TimeOfDay } from '../store/state.js';
import { isStopWord, normalise } from './normalise.js';

export type TypedFilter = (
  | { kind: 'place'; postcode: Postcode }
  | { kind: 'free' }
  | { kind: 'days'; days: readonly Day[]; times?: readonly TimeOfDay[] }
  | { kind: 'times'; times: readonly TimeOfDay[] }
  | { kind: 'mode'; mode: 'online' | 'in-person' }
) & {
  /** The words as typed. */
  text: string;
  /** The query without this filter's words (and the small words that led to them), the others kept. */
  rest: string;
};

export interface FilterWords {
  /** The query without the filter words (and the small words that led to them: "on", "ar"). */
  query: string;
  /** What the filter words ask for, in the order typed; `text` is each as typed. */
  filters: TypedFilter[];
}

type Meaning =
  | { kind: 'free' }
  | { kind: 'days'; days: readonly Day[]; times?: readonly TimeOfDay[] }
  | { kind: 'times'; times: readonly TimeOfDay[] }
  | { kind: 'mode'; mode: 'online' | 'in-person' };

export const weekdays: readonly Day[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
export const weekend: readonly Day[] = ['sat', 'sun'];

/** Each day's names: English (with plurals and short forms), then Welsh (radical and mutated forms). */
const dayNames: Record<Day, { en: string; cy: string }> = {
  mon: { en: 'monday mondays mon', cy: 'llun lun' },
  tue: { en: 'tuesday tuesdays tue tues', cy: 'mawrth fawrth' },
  wed: { en: 'wednesday wednesdays wed weds', cy: 'mercher fercher' },
  thu: { en: 'thursday thursdays thu thur thurs', cy: 'iau' },
  fri: { en: 'friday fridays fri', cy: 'gwener wener' },
  sat: { en: 'saturday saturdays sat', cy: 'sadwrn' },
  sun: { en: 'sunday sundays sun', cy: 'sul' },
};

/** Welsh day names only count after "dydd" (day), or "bore", "prynhawn", "nos" (the day's morning, afternoon, night). */
const welshDayLeads: Record<string, readonly TimeOfDay[] | undefined> = {
  dydd: undefined,
  ddydd: undefined,
  dyddiau: undefined,
  bore: ['morning'],
  prynhawn: ['afternoon'],
  pnawn: ['afternoon'],
  nos: ['evening'],
};

/** Phrases (as normalised words joined by spaces) and what they mean. */
const phrases = new Map<string, Meaning>();
const say = (texts: string, meaning: Meaning) => {
  for (const text of texts.split(',')) phrases.set(text.trim(), meaning);
};
say('free, free of charge, no cost, no charge, am ddim, rhad ac am ddim, dim tal, di dal, didal', { kind: 'free' });
say('online, on line, virtual, arlein, ar lein', { kind: 'mode', mode: 'online' });
say('in person, inperson, face to face, facetoface, wyneb yn wyneb', { kind: 'mode', mode: 'in-person' });
say('weekend, weekends, penwythnos, penwythnosau', { kind: 'days', days: weekend });
say('weekday, weekdays, during the week, yn ystod yr wythnos, dyddiaur wythnos', { kind: 'days', days: weekdays });
say('morning, mornings, bore, boreau', { kind: 'times', times: ['morning'] });
say('afternoon, afternoons, prynhawn, pnawn, prynhawniau', { kind: 'times', times: ['afternoon'] });
say('evening, evenings, tonight, noswaith, nosweithiau, gydar nos, min nos, nos', {
  kind: 'times',
  times: ['evening'],
});
for (const [day, { en, cy }] of Object.entries(dayNames) as [Day, { en: string; cy: string }][]) {
  for (const name of en.split(' ')) say(name, { kind: 'days', days: [day] });
  for (const name of cy.split(' '))
    for (const [lead, times] of Object.entries(welshDayLeads))
      say(`${lead} ${name}`, times ? { kind: 'days', days: [day], times } : { kind: 'days', days: [day] });
}
const longestPhrase = Math.max(...[...phrases.keys()].map((phrase) => phrase.split(' ').length));

/** Small words that lead to a filter word and go with it: "on tuesday", "this weekend", "ar ddydd Llun". */
const leads = new Set([
  'on',
  'at',
  'in',
  'the',
  'this',
  'next',
  'every',
  'near',
  'around',
  'ar',
  'bob',
  'yn',
  'y',
  'yr',
  'ger',
]);

/** A typed word in the form phrases are written in: lower case, no accents, letters and digits only. */
const plain = (token: string) => normalise(token).replace(/[^\p{L}\p{N}]+/gu, '');

/** Whether a normalised word is one the filters understand on its own ("free", "tuesday", "bore"). */
export function isFilterWord(word: string): boolean {
  return phrases.has(word);
}

export interface FilterWordOptions {
  /**
   * Whether a normalised word is one the search knows (e.g. `vocabulary.knows`): such a word is not
   * taken for a postcode district that looks like it ("U3A" is the University of the Third Age).
   */
  isWord?: (word: string) => boolean;
}

/** Finds the filter words in a query: see the module comment. */
export function readFilterWords(query: string, { isWord }: FilterWordOptions = {}): FilterWords {
  const tokens = query.split(/\s+/).filter(Boolean);
  const words = tokens.map(plain);
  const used = new Array<boolean>(tokens.length).fill(false);
  const filters: TypedFilter[] = [];
  /** Marks a filter's words (and the small words before them) used; gives the query without them. */
  const claim = (at: number, length: number) => {
    const own = new Set<number>();
    for (let i = at; i < at + length; i++) own.add(i);
    for (let i = at - 1; i >= 0 && !used[i] && leads.has(words[i]); i--) own.add(i);
    for (const i of own) used[i] = true;
    return tokens.filter((_, i) => !own.has(i)).join(' ');
  };
  for (let at = 0; at < tokens.length;) {
    const found = (isWord?.(words[at]) ? undefined : postcodeAt(tokens, at)) ?? phraseAt(words, at);
    if (!found) {
      at++;
      continue;
    }
    const text = tokens.slice(at, at + found.length).join(' ');
    const rest = claim(at, found.length);
    const { meaning } = found;
    filters.push(
      meaning === 'place' ? { kind: 'place', postcode: found.postcode!, text, rest } : { ...meaning, text, rest },
    );
    at += found.length;
  }
  const rest = tokens.filter((_, i) => !used[i]);
  const meaningful = rest.some((token) => plain(token) && !isStopWord(plain(token)));
  return { query: meaningful ? rest.join(' ') : '', filters };
}

interface Found {
  length: number;
  meaning: Meaning | 'place';
  postcode?: Postcode;
}

/** A postcode in one token ("LS6", "CF101AA") or two ("LS1 4AP"). */
function postcodeAt(tokens: readonly string[], at: number): Found | undefined {
  const token = tokens[at];
  if (!/\d/.test(token)) return undefined;
  const two = at + 1 < tokens.length ? parsePostcode(`${token} ${tokens[at + 1]}`) : undefined;
  if (two?.full && !parsePostcode(token)?.full) return { length: 2, meaning: 'place', postcode: two };
  const one = parsePostcode(token);
  return one ? { length: 1, meaning: 'place', postcode: one } : undefined;
}

function phraseAt(words: readonly string[], at: number): Found | undefined {
  for (let length = Math.min(longestPhrase, words.length - at); length >= 1; length--) {
    const meaning = phrases.get(words.slice(at, at + length).join(' '));
    if (meaning) return { length, meaning };
  }
  return undefined;
}

const union = <T>(chosen: readonly T[], more: readonly T[]) => [...chosen, ...more.filter((v) => !chosen.includes(v))];

/**
 * The filters with one typed filter applied (a place is not a filter: the widget looks the postcode
 * up). The same object back when it was applied already.
 */
export function applyTypedFilter(filters: ActivityFilters, typed: TypedFilter): ActivityFilters {
  const changed = (next: ActivityFilters) =>
    (Object.keys(next) as (keyof ActivityFilters)[]).some((key) => String(next[key]) !== String(filters[key]))
      ? next
      : filters;
  switch (typed.kind) {
    case 'free':
      return changed({ ...filters, freeOnly: true });
    case 'mode':
      return changed({ ...filters, mode: typed.mode });
    case 'times':
      return changed({ ...filters, times: union(filters.times, typed.times) });
    case 'days':
      return changed({
        ...filters,
        days: union(filters.days, typed.days),
        times: union(filters.times, typed.times ?? []),
      });
    case 'place':
      return filters;
  }
}

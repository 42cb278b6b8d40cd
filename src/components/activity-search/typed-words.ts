/**
 * Filter words typed into the search box ("free", "tuesday", "weekend", "evening", "online", a
 * postcode), offered as what they mean: "Add filter: Tuesday", "Use LS6 as your place". One press
 * applies one, and takes its words out of the search.
 */
import { html, nothing } from 'lit';
import type { Catalogue } from '../../i18n/en.js';
import { formatDay, formatList } from '../../i18n/format.js';
import { applyTypedFilter, readFilterWords, weekdays, weekend, type TypedFilter } from '../../search/typed-filters.js';
import type { Vocabulary } from '../../search/vocabulary.js';
import type { State } from '../../store/state.js';
import { timeWords } from './filter-words.js';

export interface TypedWord {
  /** Kept across renders so focus can follow. */
  key: string;
  label: string;
  /** What was applied, for the announcement ("Filter added: Tuesday."); undefined for a place. */
  name?: string;
  filter: TypedFilter;
}

const same = (days: readonly string[], group: readonly string[]) =>
  days.length === group.length && group.every((day) => days.includes(day));

/** What a typed filter is called: "Free only", "Weekdays", "Monday morning", "Online". */
function typedFilterName(msg: Catalogue, tag: string, filter: TypedFilter): string {
  switch (filter.kind) {
    case 'place':
      return filter.postcode.postcode;
    case 'free':
      return msg.freeOnly;
    case 'mode':
      return filter.mode === 'online' ? msg.online : msg.inPerson;
    case 'times':
      return formatList(
        tag,
        filter.times.map((time) => timeWords(msg, time)),
      );
    case 'days': {
      const days = same(filter.days, weekdays)
        ? msg.weekdays
        : same(filter.days, weekend)
          ? msg.weekends
          : formatList(
              tag,
              filter.days.map((day) => formatDay(tag, day)),
            );
      const times = (filter.times ?? []).map((time) => timeWords(msg, time).toLowerCase());
      return times.length ? `${days} ${formatList(tag, times)}` : days;
    }
  }
}

/**
 * The filter words in the search not yet in use (a postcode unless it is the place already), each as an
 * offer; none without the feed's `vocabulary`, which keeps a word the search knows ("U3A") from being
 * read as a postcode district.
 */
export function typedWords(
  msg: Catalogue,
  tag: string,
  { query, filters, place }: Pick<State, 'query' | 'filters' | 'place'>,
  vocabulary: Vocabulary | undefined,
): TypedWord[] {
  if (!vocabulary || !query.trim()) return [];
  return readFilterWords(query, { isWord: (word) => vocabulary.knows(word) })
    .filters.filter((filter) =>
      filter.kind === 'place'
        ? filter.postcode.postcode !== place?.label
        : applyTypedFilter(filters, filter) !== filters,
    )
    .map((filter, at) => {
      const name = typedFilterName(msg, tag, filter);
      return filter.kind === 'place'
        ? { key: `place:${at}`, label: msg.usePlace(name), filter }
        : { key: `filter:${at}`, label: msg.addFilter(name), name, filter };
    });
}

export function renderTypedWords(msg: Catalogue, words: readonly TypedWord[], onTake: (word: TypedWord) => void) {
  if (words.length === 0) return nothing;
  return html`<div class="typed-words" role="group" aria-label=${msg.typedWordsLabel}>
    <ul>
      ${words.map(
        (word) =>
          html`<li>
            <button type="button" part="button" class="typed-word" data-typed=${word.key} @click=${() => onTake(word)}>
              ${word.label}
            </button>
          </li>`,
      )}
    </ul>
  </div>`;
}

/**
 * The filters in use, as removable chips: one per chosen value, each with a button that removes
 * just that value, and "clear all".
 */
import { html, nothing } from 'lit';
import type { Catalogue } from '../../i18n/en.js';
import { formatDay, formatNumber, formatPrice } from '../../i18n/format.js';
import { whenWords } from '../../schedule/words.js';
import { chosenFilters, type FilterValue } from '../../search/filter-values.js';
import type { ActivityFilters } from '../../store/state.js';
import { distanceWords, timeWords, type Units } from './filter-words.js';

export interface Chip {
  /** Stable across renders, so focus can move to the next chip after one is removed. */
  key: string;
  label: string;
  /** The filters without this chip's value. */
  without: (filters: ActivityFilters) => ActivityFilters;
}

export interface ChipContext {
  msg: Catalogue;
  tag: string;
  units: Units;
  currency: string;
  categoryLabel: (id: string) => string;
}

/** What a chosen filter value is called on its chip ("Tuesday", "Weekdays", "Free only"). */
export function filterValueWords(
  value: FilterValue,
  { msg, tag, units, currency, categoryLabel }: ChipContext,
): string {
  switch (value.kind) {
    case 'category':
      return categoryLabel(value.id);
    case 'when':
      return whenWords(msg, value.when);
    case 'day':
      return formatDay(tag, value.day);
    case 'days':
      return value.days === 'weekdays' ? msg.weekdays : msg.weekends;
    case 'time':
      return timeWords(msg, value.time);
    case 'free':
      return msg.freeOnly;
    case 'max-cost':
      return msg.upTo(formatPrice(tag, value.amount, currency));
    case 'age':
      return msg.chipAge(formatNumber(tag, value.age));
    case 'access':
      return msg.accessNeed(value.need);
    case 'mode':
      return value.mode === 'online' ? msg.online : msg.inPerson;
    case 'within':
      return msg.within(distanceWords(tag, value.km, units));
  }
}

/** A chip for every value in use, in the order of the filters panel (all five weekdays, or the weekend, as one). */
export function filterChips(filters: ActivityFilters, context: ChipContext): Chip[] {
  return chosenFilters(filters).map(({ key, value, without }) => ({
    key,
    label: filterValueWords(value, context),
    without,
  }));
}

/** The chips and "clear all"; nothing when no filter is in use. */
export function renderChips(
  chips: readonly Chip[],
  msg: Catalogue,
  onRemove: (chip: Chip) => void,
  onClearAll: () => void,
) {
  if (chips.length === 0) return nothing;
  return html`<div class="chips" role="group" aria-label=${msg.chipsLabel}>
    <ul>
      ${chips.map(
        (chip) =>
          html`<li>
            <button
              type="button"
              part="chip"
              class="chip"
              data-chip=${chip.key}
              aria-label=${msg.removeFilter(chip.label)}
              @click=${() => onRemove(chip)}
            >
              <span>${chip.label}</span><span class="chip-x" aria-hidden="true">×</span>
            </button>
          </li>`,
      )}
    </ul>
    <button type="button" part="button" class="link-button clear-all" @click=${onClearAll}>${msg.clearAll}</button>
  </div>`;
}

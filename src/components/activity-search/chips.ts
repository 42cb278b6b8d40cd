/**
 * The filters in use, as removable chips: one per chosen value, each with a button that removes
 * just that value, and "clear all".
 */
import { html, nothing } from 'lit';
import type { Catalogue } from '../../i18n/en.js';
import { formatDay, formatNumber, formatPrice } from '../../i18n/format.js';
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

const drop = <T>(values: readonly T[], value: T) => values.filter((other) => other !== value);

/** A chip for every value in use, in the order of the filters panel. */
export function filterChips(
  filters: ActivityFilters,
  { msg, tag, units, currency, categoryLabel }: ChipContext,
): Chip[] {
  return [
    ...filters.categories.map((id) => ({
      key: `category:${id}`,
      label: categoryLabel(id),
      without: (f: ActivityFilters) => ({ ...f, categories: drop(f.categories, id) }),
    })),
    ...filters.days.map((day) => ({
      key: `day:${day}`,
      label: formatDay(tag, day),
      without: (f: ActivityFilters) => ({ ...f, days: drop(f.days, day) }),
    })),
    ...filters.times.map((time) => ({
      key: `time:${time}`,
      label: timeWords(msg, time),
      without: (f: ActivityFilters) => ({ ...f, times: drop(f.times, time) }),
    })),
    ...(filters.freeOnly
      ? [{ key: 'free', label: msg.freeOnly, without: (f: ActivityFilters) => ({ ...f, freeOnly: false }) }]
      : []),
    ...(filters.maxCost !== undefined
      ? [
          {
            key: 'max-cost',
            label: msg.upTo(formatPrice(tag, filters.maxCost, currency)),
            without: (f: ActivityFilters) => ({ ...f, maxCost: undefined }),
          },
        ]
      : []),
    ...(filters.age !== undefined
      ? [
          {
            key: 'age',
            label: msg.chipAge(formatNumber(tag, filters.age)),
            without: (f: ActivityFilters) => ({ ...f, age: undefined }),
          },
        ]
      : []),
    ...filters.accessibility.map((need) => ({
      key: `access:${need}`,
      label: msg.accessNeed(need),
      without: (f: ActivityFilters) => ({ ...f, accessibility: drop(f.accessibility, need) }),
    })),
    ...(filters.mode
      ? [
          {
            key: 'mode',
            label: filters.mode === 'online' ? msg.online : msg.inPerson,
            without: (f: ActivityFilters) => ({ ...f, mode: undefined }),
          },
        ]
      : []),
    ...(filters.withinKm !== undefined
      ? [
          {
            key: 'within',
            label: msg.within(distanceWords(tag, filters.withinKm, units)),
            without: (f: ActivityFilters) => ({ ...f, withinKm: undefined }),
          },
        ]
      : []),
  ];
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

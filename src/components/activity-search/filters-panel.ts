/**
 * The filters: category (with how many results each would give), day, time of day, cost, age,
 * accessibility, online or in person, and distance. Each control changes the filters at once; the
 * widget announces the new count.
 */
import { html, nothing } from 'lit';
import { dayCodes, type Category, type Day } from '../../feed/schema.js';
import type { Catalogue } from '../../i18n/en.js';
import { formatDay, formatNumber, formatPrice } from '../../i18n/format.js';
import { whenChoices, type When } from '../../schedule/when.js';
import { whenWords } from '../../schedule/words.js';
import { weekdays, weekend } from '../../search/typed-filters.js';
import { timesOfDay, type ActivityFilters } from '../../store/state.js';
import { toggled } from '../shared/toggled.js';
import { costSteps, distanceSteps, distanceWords, timeWords, toKm, type Units } from './filter-words.js';

export interface FiltersPanelOptions {
  msg: Catalogue;
  tag: string;
  filters: ActivityFilters;
  categories: readonly Category[];
  /** How many results each category would have; absent when not known (a directory searched where it lives). */
  categoryCounts?: ReadonlyMap<string, number>;
  /** The access needs activities in the feed meet. */
  accessNeeds: readonly string[];
  currency: string;
  units: Units;
  /** Distances can only be measured from a place. */
  hasPlace: boolean;
  /** Called with how to change the filters: applied to the filters as they are then, so quick changes all count. */
  onChange: (update: (filters: ActivityFilters) => ActivityFilters) => void;
}

function checkboxes<T extends string>(
  legend: string,
  name: string,
  options: readonly { value: T; label: string }[],
  chosen: readonly T[],
  change: (value: T, on: boolean) => void,
) {
  return html`<fieldset class="filter ${name}">
    <legend>${legend}</legend>
    ${options.map(
      (option) =>
        html`<label class="check">
          <input
            type="checkbox"
            name=${name}
            .value=${option.value}
            .checked=${chosen.includes(option.value)}
            @change=${(event: Event) => change(option.value, (event.target as HTMLInputElement).checked)}
          />
          <span>${option.label}</span>
        </label>`,
    )}
  </fieldset>`;
}

const costValue = (filters: ActivityFilters) =>
  filters.freeOnly ? 'free' : filters.maxCost === undefined ? '' : String(filters.maxCost);

export function renderFiltersPanel(options: FiltersPanelOptions, id: string) {
  const { msg, tag, filters, onChange, units } = options;
  const set = (change: Partial<ActivityFilters>) => onChange((current) => ({ ...current, ...change }));
  const selectValue = (event: Event) => (event.target as HTMLSelectElement).value;

  const onCost = (event: Event) => {
    const value = selectValue(event);
    set({ freeOnly: value === 'free', maxCost: value === '' || value === 'free' ? undefined : Number(value) });
  };
  const onAge = (event: Event) => {
    const text = (event.target as HTMLInputElement).value.trim();
    const age = Number(text);
    set({ age: text === '' || !Number.isFinite(age) ? undefined : Math.max(0, Math.min(120, Math.round(age))) });
  };
  const onDistance = (event: Event) => {
    const value = selectValue(event);
    set({ withinKm: value === '' ? undefined : toKm(Number(value), units) });
  };
  const distanceChoice = distanceSteps.find(
    (step) => filters.withinKm !== undefined && Math.abs(toKm(step, units) - filters.withinKm) < 1e-6,
  );

  return html`
    ${
      options.categories.length > 0
        ? checkboxes(
            msg.categoryLegend,
            'category',
            options.categories.map((category) => ({
              value: category.id,
              label: options.categoryCounts
                ? msg.categoryOption(category.label, formatNumber(tag, options.categoryCounts.get(category.id) ?? 0))
                : category.label,
            })),
            filters.categories,
            (id, on) => onChange((current) => ({ ...current, categories: toggled(current.categories, id, on) })),
          )
        : nothing
    }
    <div class="filter">
      <label for="${id}-when">${msg.whenFilterLabel}</label>
      <select
        id="${id}-when"
        part="select"
        @change=${(event: Event) => set({ when: (selectValue(event) || undefined) as When | undefined })}
      >
        <option value="" .selected=${!filters.when}>${msg.anyTime}</option>
        ${whenChoices.map((when) => html`<option value=${when} .selected=${filters.when === when}>${whenWords(msg, when)}</option>`)}
      </select>
    </div>
    ${renderDays(options)}
    ${checkboxes(
      msg.timeLegend,
      'time',
      timesOfDay.map((time) => ({ value: time, label: timeWords(msg, time) })),
      filters.times,
      (time, on) => onChange((current) => ({ ...current, times: toggled(current.times, time, on) })),
    )}
    <div class="filter">
      <label for="${id}-cost">${msg.costLabel}</label>
      <select id="${id}-cost" part="select" @change=${onCost}>
        <option value="" .selected=${costValue(filters) === ''}>${msg.anyCost}</option>
        <option value="free" .selected=${filters.freeOnly}>${msg.freeOnly}</option>
        ${costSteps.map((step) => html`<option value=${step} .selected=${costValue(filters) === String(step)}>${msg.upTo(formatPrice(tag, step, options.currency))}</option>`)}
      </select>
    </div>
    <div class="filter">
      <label for="${id}-age">${msg.ageLabel}</label>
      <span class="hint" id="${id}-age-hint">${msg.ageHint}</span>
      <input
        id="${id}-age"
        part="input"
        type="number"
        inputmode="numeric"
        min="0"
        max="120"
        aria-describedby="${id}-age-hint"
        .value=${filters.age === undefined ? '' : String(filters.age)}
        @change=${onAge}
      />
    </div>
    ${
      options.accessNeeds.length > 0
        ? checkboxes(
            msg.accessLegend,
            'access',
            options.accessNeeds.map((need) => ({ value: need, label: msg.accessNeed(need) })),
            filters.accessibility,
            (need, on) =>
              onChange((current) => ({ ...current, accessibility: toggled(current.accessibility, need, on) })),
          )
        : nothing
    }
    <div class="filter">
      <label for="${id}-mode">${msg.modeLabel}</label>
      <select
        id="${id}-mode"
        part="select"
        @change=${(event: Event) => set({ mode: (selectValue(event) || undefined) as ActivityFilters['mode'] })}
      >
        <option value="" .selected=${!filters.mode}>${msg.anyMode}</option>
        <option value="online" .selected=${filters.mode === 'online'}>${msg.online}</option>
        <option value="in-person" .selected=${filters.mode === 'in-person'}>${msg.inPerson}</option>
      </select>
    </div>
    ${
      options.hasPlace
        ? html`<div class="filter">
            <label for="${id}-distance">${msg.distanceLabel}</label>
            <select id="${id}-distance" part="select" @change=${onDistance}>
              <option value="" .selected=${distanceChoice === undefined}>${msg.anyDistance}</option>
              ${distanceSteps.map((step) => html`<option value=${step} .selected=${distanceChoice === step}>${msg.within(distanceWords(tag, toKm(step, units), units))}</option>`)}
            </select>
          </div>`
        : html`<div class="filter">
            <span class="filter-label">${msg.distanceLabel}</span>
            <span class="hint">${msg.distanceNeedsPlace}</span>
          </div>`
    }
  `;
}

/** The days of the week, with "Weekdays" and "Weekends" first: each ticks (or unticks) its days at once. */
function renderDays({ msg, tag, filters, onChange }: FiltersPanelOptions) {
  const groups = [
    { value: 'weekdays', label: msg.weekdays, days: weekdays },
    { value: 'weekends', label: msg.weekends, days: weekend },
  ];
  const setDays = (days: readonly Day[], on: boolean) =>
    onChange((current) => ({
      ...current,
      days: on
        ? [...current.days, ...days.filter((day) => !current.days.includes(day))]
        : current.days.filter((day) => !days.includes(day)),
    }));
  return html`<fieldset class="filter day">
    <legend>${msg.dayLegend}</legend>
    ${groups.map(
      (group) =>
        html`<label class="check shortcut">
          <input
            type="checkbox"
            name="days"
            .value=${group.value}
            .checked=${group.days.every((day) => filters.days.includes(day))}
            @change=${(event: Event) => setDays(group.days, (event.target as HTMLInputElement).checked)}
          />
          <span>${group.label}</span>
        </label>`,
    )}
    ${dayCodes.map(
      (day) =>
        html`<label class="check">
          <input
            type="checkbox"
            name="day"
            .value=${day}
            .checked=${filters.days.includes(day)}
            @change=${(event: Event) => setDays([day], (event.target as HTMLInputElement).checked)}
          />
          <span>${formatDay(tag, day)}</span>
        </label>`,
    )}
  </fieldset>`;
}

export interface FiltersAreaOptions extends FiltersPanelOptions {
  /** Whether the filters are unfolded (they fold away on narrow screens). */
  open: boolean;
  /** How many filters are in use, for the badge on the fold-away button. */
  inUse: number;
  /** How many results the filters give, for "Show 5 results". */
  resultCount: number;
  onToggle: () => void;
  /**
   * The feed is still loading: the filters wait for it, in outline. Shown before it, they would all be pushed down
   * when the feed's categories arrive at their top (a layout shift the visitor sees).
   */
  loading: boolean;
  /** "Show results": fold the filters away and go to the results. */
  onDone: () => void;
  /** A key pressed in the filters or on their button (Escape folds them away). */
  onKey: (event: KeyboardEvent) => void;
}

/** The filters with their heading, the button that folds them away on narrow screens, and "Show results". */
export function renderFiltersArea(options: FiltersAreaOptions) {
  const { msg, open, inUse } = options;
  return html`<div class="filters-area" @keydown=${options.onKey}>
    <button
      type="button"
      part="filters-toggle"
      class="filters-toggle"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="filters"
      @click=${options.onToggle}
    >
      ${msg.showFilters}${inUse ? html` <span class="badge">${msg.filtersInUse(inUse)}</span>` : nothing}
    </button>
    <div
      id="filters"
      part="filters"
      class=${open ? 'filters open' : 'filters'}
      role="group"
      aria-labelledby="filters-heading"
    >
      <h3 id="filters-heading" class="filters-heading">${msg.filtersHeading}</h3>
      ${
        options.loading
          ? html`<div class="filters-skeleton" aria-hidden="true">
              ${[0, 1, 2, 3].map(() => html`<span class="bone"></span><span class="bone short"></span>`)}
            </div>`
          : renderFiltersPanel(options, 'filter')
      }
      <button type="button" part="button" class="filters-done primary" @click=${options.onDone}>
        ${msg.showResults(options.resultCount)}
      </button>
    </div>
  </div>`;
}

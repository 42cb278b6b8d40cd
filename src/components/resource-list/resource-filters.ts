import { html } from 'lit';
import { audiences, resourceTypes, type Audience, type ResourceType } from '../../feed/schema.js';
import type { Catalogue } from '../../i18n/en.js';
import type { ResourceResults } from '../../search/resources.js';
import { toggled } from '../shared/toggled.js';
import { audienceLabel, typeLabel } from './resource-words.js';

/** What the visitor has asked for. */
export interface ResourceChoice {
  query: string;
  types: readonly ResourceType[];
  audiences: readonly Audience[];
}

export interface ResourceFiltersContext {
  msg: Catalogue;
  /** The search landmark's name, unique on the page. */
  name: string;
  choice: ResourceChoice;
  results: ResourceResults;
  /** Sidebars: the type and audience choices fold away under a summary. */
  compact: boolean;
  /** `typed`: the change was typing in the search box. */
  onChange: (choice: ResourceChoice, typed?: boolean) => void;
}

/** The search box and the type and audience checkboxes (none ticked means all). */
export function resourceFilters({ msg, name, choice, results, compact, onChange }: ResourceFiltersContext) {
  /** One group of checkboxes: each value with how many resources it would show. */
  const group = <T extends string>(
    legend: string,
    name: string,
    values: readonly T[],
    label: (value: T) => string,
    counts: ReadonlyMap<T, number>,
    chosen: readonly T[],
    change: (values: T[]) => void,
  ) =>
    html`<fieldset part="filter">
      <legend>${legend}</legend>
      ${values.map(
        (value) =>
          html`<div class="choice">
            <input
              type="checkbox"
              id="${name}-${value}"
              .checked=${chosen.includes(value)}
              @change=${(event: Event) => change(toggled(chosen, value, (event.target as HTMLInputElement).checked))}
            />
            <label for="${name}-${value}">${msg.resourceChoice(label(value), counts.get(value) ?? 0)}</label>
          </div>`,
      )}
    </fieldset>`;
  const typeChoices = group(
    msg.resourceTypeLegend,
    'type',
    resourceTypes,
    (type) => typeLabel(msg, type),
    results.typeCounts,
    choice.types,
    (types) => onChange({ ...choice, types }),
  );
  const audienceChoices = group(
    msg.resourceAudienceLegend,
    'audience',
    audiences,
    (audience) => audienceLabel(msg, audience),
    results.audienceCounts,
    choice.audiences,
    (audiences) => onChange({ ...choice, audiences }),
  );
  const chosen = choice.types.length + choice.audiences.length;
  return html`<form
    part="controls"
    class="controls"
    role="search"
    aria-label=${name}
    @submit=${(event: Event) => event.preventDefault()}
  >
    <div class="search">
      <label for="resource-query">${msg.resourceSearchLabel}</label>
      <span class="hint muted" id="resource-query-hint">${msg.resourceSearchHint}</span>
      <input
        id="resource-query"
        part="input"
        type="search"
        autocomplete="off"
        aria-describedby="resource-query-hint"
        .value=${choice.query}
        @input=${(event: Event) => onChange({ ...choice, query: (event.target as HTMLInputElement).value }, true)}
      />
    </div>
    ${
      compact
        ? html`<details part="filters" class="filters">
            <summary>${msg.resourceFilters(chosen)}</summary>
            <div class="fieldsets">${typeChoices}${audienceChoices}</div>
          </details>`
        : html`<div part="filters" class="filters fieldsets">${typeChoices}${audienceChoices}</div>`
    }
  </form>`;
}

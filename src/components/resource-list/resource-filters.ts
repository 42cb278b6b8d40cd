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
  choice: ResourceChoice;
  results: ResourceResults;
  /** Sidebars: the type and audience choices fold away under a summary. */
  compact: boolean;
  onChange: (choice: ResourceChoice) => void;
}

/** The search box and the type and audience checkboxes (none ticked means all). */
export function resourceFilters({ msg, choice, results, compact, onChange }: ResourceFiltersContext) {
  const checkbox = (id: string, label: string, checked: boolean, change: (on: boolean) => void) =>
    html`<div class="choice">
      <input type="checkbox" id=${id} .checked=${checked} @change=${(event: Event) => change((event.target as HTMLInputElement).checked)} />
      <label for=${id}>${label}</label>
    </div>`;
  const typeChoices = html`<fieldset part="filter">
    <legend>${msg.resourceTypeLegend}</legend>
    ${resourceTypes.map((type) =>
      checkbox(`type-${type}`, msg.resourceChoice(typeLabel(msg, type), results.typeCounts.get(type) ?? 0), choice.types.includes(type), (on) =>
        onChange({ ...choice, types: toggled(choice.types, type, on) }),
      ),
    )}
  </fieldset>`;
  const audienceChoices = html`<fieldset part="filter">
    <legend>${msg.resourceAudienceLegend}</legend>
    ${audiences.map((audience) =>
      checkbox(`audience-${audience}`, msg.resourceChoice(audienceLabel(msg, audience), results.audienceCounts.get(audience) ?? 0), choice.audiences.includes(audience), (on) =>
        onChange({ ...choice, audiences: toggled(choice.audiences, audience, on) }),
      ),
    )}
  </fieldset>`;
  const chosen = choice.types.length + choice.audiences.length;
  return html`<form part="controls" class="controls" role="search" aria-label=${msg.resourcesLabel} @submit=${(event: Event) => event.preventDefault()}>
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
        @input=${(event: Event) => onChange({ ...choice, query: (event.target as HTMLInputElement).value })}
      />
    </div>
    ${compact
      ? html`<details part="filters" class="filters">
          <summary>${msg.resourceFilters(chosen)}</summary>
          <div class="fieldsets">${typeChoices}${audienceChoices}</div>
        </details>`
      : html`<div part="filters" class="filters fieldsets">${typeChoices}${audienceChoices}</div>`}
  </form>`;
}

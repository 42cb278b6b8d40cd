/** The search box, with its label and hint, and the choice of order once there is a place. */
import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Catalogue } from '../../i18n/en.js';
import type { ActivitySort } from '../../search/activities.js';

export interface SearchBoxOptions {
  msg: Catalogue;
  /** The name of the search landmark (default: the catalogue's "Activity search"). */
  label?: string;
  /** What the box shows. */
  typed: string;
  onType: (text: string) => void;
  /** Enter, or the search button. */
  onSearch: () => void;
}

export function renderSearchBox({ msg, label, typed, onType, onSearch }: SearchBoxOptions) {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    onSearch();
  };
  return html`<form
    role="search"
    part="search"
    class="search"
    aria-label=${label?.trim() || msg.searchRegion}
    @submit=${submit}
  >
    <label for="search-input">${msg.searchLabel}</label>
    <span class="hint" id="search-hint">${msg.searchHint}</span>
    <div class="search-row">
      <input
        id="search-input"
        part="input"
        type="search"
        enterkeyhint="search"
        autocomplete="off"
        aria-describedby="search-hint"
        .value=${live(typed)}
        @input=${(event: Event) => onType((event.target as HTMLInputElement).value)}
      />
      <button type="submit" part="button">${msg.searchButton}</button>
    </div>
  </form>`;
}

/** Nearest first, or best match first. */
export function renderSortChoice(msg: Catalogue, order: ActivitySort, onSort: (sort: ActivitySort) => void) {
  return html`<div class="sort">
    <label for="sort">${msg.sortLabel}</label>
    <select
      id="sort"
      part="select"
      @change=${(event: Event) => onSort((event.target as HTMLSelectElement).value as ActivitySort)}
    >
      <option value="distance" .selected=${order === 'distance'}>${msg.sortDistance}</option>
      <option value="relevance" .selected=${order === 'relevance'}>${msg.sortRelevance}</option>
    </select>
  </div>`;
}

import { css } from 'lit';

/** The look of `<lw-activity-search>`: filters beside results on wide screens, behind a button on narrow ones. */
export const activitySearchStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  /* While the feed loads the widget keeps the room it kept before its code arrived (define/loading-room.ts). */
  :host:has(.skeleton) {
    min-height: var(--lw-loading-height, 100svh);
  }
  h3 {
    margin: 0;
    font-size: 1.125rem;
    line-height: 1.3;
  }
  .search,
  .where,
  .filter {
    display: grid;
    gap: var(--lw-space-xs, 0.25rem);
  }
  .search label,
  .filter > label:not(.check),
  .filter-label,
  .sort label,
  legend {
    font-weight: 600;
  }
  .hint {
    color: var(--lw-color-text-muted, var(--_lw-color-text-muted));
    font-size: var(--lw-font-size-s, 0.875rem);
  }
  .search-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--lw-space-s, 0.5rem);
  }
  .search-row input {
    flex: 1 1 12rem;
    min-width: 0;
  }
  .where {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--lw-space-l, 1rem);
    margin-block: var(--lw-space-l, 1rem);
  }
  .sort {
    display: grid;
    gap: var(--lw-space-xs, 0.25rem);
    margin-block-end: var(--lw-space-s, 0.5rem);
  }
  .layout {
    display: grid;
    grid-template-columns: var(--lw-activity-search-columns, minmax(14rem, 18rem) 1fr);
    gap: var(--lw-space-l, 1rem);
    align-items: start;
  }
  .layout.no-filters {
    grid-template-columns: 1fr;
  }
  .filters-toggle {
    display: none;
  }
  .filters {
    display: grid;
    gap: var(--lw-space-m, 0.75rem);
  }
  legend {
    padding: 0 var(--lw-space-xs, 0.25rem);
  }
  fieldset.day,
  fieldset.time {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(7.5rem, 1fr));
    column-gap: var(--lw-space-s, 0.5rem);
  }
  .filters-done {
    display: none;
  }
  .check {
    display: flex;
    align-items: center;
    gap: var(--lw-space-s, 0.5rem);
    min-height: 1.75rem;
    cursor: pointer;
  }
  .check input {
    width: 1.25rem;
    height: 1.25rem;
    min-height: 0;
    margin: 0;
    accent-color: var(--lw-color-accent, var(--_lw-color-accent));
  }
  .filter input[type='number'] {
    width: 6rem;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--lw-space-s, 0.5rem);
    margin-block-end: var(--lw-space-s, 0.5rem);
  }
  .chips ul,
  .results,
  .contact,
  .ways-out {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .chips ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--lw-space-xs, 0.25rem);
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: var(--lw-space-xs, 0.25rem);
    min-height: 2rem;
    padding: 0 var(--lw-space-s, 0.5rem);
    border-radius: 1rem;
    background: var(--lw-color-surface-muted, var(--_lw-color-surface-muted));
  }
  .chip-x {
    font-size: 1.25em;
    line-height: 1;
  }
  .count {
    margin: 0 0 var(--lw-space-s, 0.5rem);
    font-weight: 600;
  }
  /* The skip links and where "Skip past the search" lands: out of sight until focused (the links at the top of the widget). */
  .skip-link:not(:focus),
  .search-end:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .skip-link {
    display: block;
    margin-block-end: var(--lw-space-s, 0.5rem);
  }
  .search-end {
    margin: var(--lw-space-s, 0.5rem) 0 0;
  }
  .typed-words ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--lw-space-xs, 0.25rem);
    list-style: none;
    margin: var(--lw-space-s, 0.5rem) 0 0;
    padding: 0;
  }
  .group-heading {
    margin-block: var(--lw-space-l, 1rem) var(--lw-space-s, 0.5rem);
    font-size: 1rem;
  }
  .nothing-near {
    margin: 0 0 var(--lw-space-s, 0.5rem);
  }
  .results {
    display: grid;
    gap: var(--lw-space-l, 1rem);
  }
  .card {
    padding: var(--lw-space-m, 0.75rem) var(--lw-space-l, 1rem);
    border: 1px solid var(--lw-color-border, var(--_lw-color-border));
    border-radius: var(--lw-radius, 6px);
    background: var(--lw-color-surface, var(--_lw-color-surface));
  }
  .card.selected {
    border-color: var(--lw-color-accent, var(--_lw-color-accent));
    box-shadow: inset 4px 0 0 var(--lw-color-accent, var(--_lw-color-accent));
  }
  .card p {
    margin: var(--lw-space-xs, 0.25rem) 0;
  }
  .card .description + .description {
    margin-top: var(--lw-space-s, 0.5rem);
  }
  .title-button {
    min-height: 1.5rem;
    padding: 0;
    border: 0;
    background: none;
    font: inherit;
    font-weight: 700;
    text-align: start;
    text-decoration: underline;
  }
  .organisation,
  .distance {
    color: var(--lw-color-text-muted, var(--_lw-color-text-muted));
  }
  .distance {
    font-weight: 600;
  }
  mark {
    background: var(--lw-activity-search-mark, color-mix(in srgb, currentColor 15%, transparent));
    color: inherit;
    font-weight: 700;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--lw-space-xs, 0.25rem) var(--lw-space-m, 0.75rem);
    margin: var(--lw-space-s, 0.5rem) 0;
  }
  .fact {
    display: contents;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .line {
    display: block;
  }
  .contact {
    display: flex;
    flex-wrap: wrap;
    gap: var(--lw-space-xs, 0.25rem) var(--lw-space-l, 1rem);
  }
  .contact a {
    display: inline-block;
    min-height: 1.5rem;
  }
  .more {
    margin-block-start: var(--lw-space-l, 1rem);
  }
  .empty {
    padding: var(--lw-space-m, 0.75rem) var(--lw-space-l, 1rem);
    border: 1px dashed var(--lw-color-border, var(--_lw-color-border));
    border-radius: var(--lw-radius, 6px);
  }
  .empty p {
    margin: var(--lw-space-s, 0.5rem) 0;
  }
  .ways-out {
    display: flex;
    flex-wrap: wrap;
    gap: var(--lw-space-s, 0.5rem);
  }
  .skeleton .card {
    display: grid;
    gap: var(--lw-space-s, 0.5rem);
    min-height: 10rem;
    align-content: start;
  }
  .filters-skeleton {
    display: grid;
    gap: var(--lw-space-s, 0.5rem);
  }
  .bone {
    display: block;
    height: 1rem;
    border-radius: var(--lw-radius, 6px);
    background: var(--lw-color-surface-muted, var(--_lw-color-surface-muted));
  }
  .bone.title {
    width: 60%;
    height: 1.5rem;
  }
  .bone.short {
    width: 40%;
  }

  /* Narrow: filters above the results, behind a button. */
  @container (max-width: 44rem) {
    .layout {
      grid-template-columns: 1fr;
    }
    .filters-toggle {
      display: inline-flex;
      align-items: center;
      gap: var(--lw-space-s, 0.5rem);
    }
    .filters {
      margin-block-start: var(--lw-space-s, 0.5rem);
    }
    .filters:not(.open) {
      display: none;
    }
    /* The toggle says "Filters" already. */
    .filters-heading {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .filters-done {
      display: block;
      justify-self: start;
    }
  }
  /* Very narrow: each fact's name above its value. */
  @container (max-width: 18rem) {
    .facts {
      grid-template-columns: 1fr;
    }
    dd {
      margin-block-end: var(--lw-space-xs, 0.25rem);
    }
  }

  @media (forced-colors: active) {
    .card,
    .bone,
    fieldset,
    .empty {
      border-color: CanvasText;
    }
    .card.selected {
      outline: 2px solid Highlight;
    }
    .title-button {
      color: ButtonText;
    }
  }
`;

import { css } from 'lit';

/** The look of the resource list: controls above, then a group per type, as cards or a compact list. */
export const resourceListStyles = css`
  :host {
    display: block;
  }
  /* While the feed loads the widget keeps the room it kept before its code arrived (define/loading-room.ts). */
  :host:has(.skeleton) {
    min-height: var(--lw-loading-height, 100svh);
  }
  .base {
    display: grid;
    gap: var(--lw-space-l, 1rem);
  }
  .base:focus {
    outline: none;
    box-shadow: none;
  }
  .controls {
    display: grid;
    gap: var(--lw-space-m, 0.75rem);
  }
  .search {
    display: grid;
    gap: var(--lw-space-xs, 0.25rem);
  }
  .search label,
  legend,
  summary {
    font-weight: 600;
  }
  .search input {
    width: 100%;
    max-width: 32rem;
    box-sizing: border-box;
  }
  .fieldsets {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--lw-space-l, 1rem);
  }
  .choice {
    display: flex;
    align-items: center;
    gap: var(--lw-space-s, 0.5rem);
    min-height: 2rem;
  }
  .choice input {
    width: 1.25rem;
    height: 1.25rem;
    min-height: 0;
    margin: 0;
    accent-color: var(--lw-color-accent, var(--_lw-color-accent));
  }
  summary {
    min-height: 2rem;
    cursor: pointer;
    color: var(--lw-color-accent, var(--_lw-color-accent));
  }
  details[open] > summary {
    margin-bottom: var(--lw-space-s, 0.5rem);
  }
  .count,
  .partial {
    margin: 0;
  }
  .count {
    font-weight: 600;
  }
  .count:empty {
    display: none;
  }
  .group {
    display: grid;
    gap: var(--lw-space-s, 0.5rem);
  }
  .group-heading {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
  }
  .resources {
    display: grid;
    gap: var(--lw-space-m, 0.75rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .cards .resources {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--lw-resource-list-card-width, 16rem)), 1fr));
  }
  .resource {
    display: flex;
    flex-direction: column;
    gap: var(--lw-space-xs, 0.25rem);
  }
  .cards .resource {
    padding: var(--lw-space-m, 0.75rem);
    border: 1px solid var(--lw-color-border, var(--_lw-color-border));
    border-radius: var(--lw-radius, 6px);
    background: var(--lw-color-surface, var(--_lw-color-surface));
  }
  .compact .resources {
    gap: var(--lw-space-s, 0.5rem);
  }
  .compact .resource {
    padding-bottom: var(--lw-space-s, 0.5rem);
    border-bottom: 1px solid var(--lw-color-border, var(--_lw-color-border));
  }
  .compact .description {
    font-size: var(--lw-font-size-s, 0.875rem);
  }
  .resource p {
    margin: 0;
  }
  .resource .description + .description {
    margin-top: var(--lw-space-s, 0.5rem);
  }
  .title {
    font-weight: 600;
  }
  .last-word {
    white-space: nowrap;
  }
  .external-mark {
    margin-inline-start: 0.25em;
    vertical-align: -0.1em;
  }
  mark {
    color: inherit;
    background: var(--lw-color-surface-muted, var(--_lw-color-surface-muted));
    box-shadow: inset 0 -0.15em 0 currentColor;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: var(--lw-space-xs, 0.25rem);
  }
  .badge {
    border-color: var(--lw-color-border, var(--_lw-color-border));
  }
  .empty {
    display: grid;
    justify-items: start;
    gap: var(--lw-space-s, 0.5rem);
  }
  .empty p {
    margin: 0;
  }
  .skeleton {
    display: grid;
    gap: var(--lw-space-m, 0.75rem);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--lw-resource-list-card-width, 16rem)), 1fr));
  }
  .skeleton > .count {
    grid-column: 1 / -1;
  }
  .skeleton-card {
    height: 7rem;
    border-radius: var(--lw-radius, 6px);
    background: var(--lw-color-surface-muted, var(--_lw-color-surface-muted));
  }
  .compact .skeleton {
    grid-template-columns: 1fr;
  }
  .compact .skeleton-card {
    height: 4rem;
  }

  @media (forced-colors: active) {
    summary {
      color: CanvasText;
    }
    .cards .resource {
      background: Canvas;
    }
    mark {
      color: HighlightText;
      background: Highlight;
    }
    .skeleton-card {
      border: 1px solid GrayText;
    }
  }
`;

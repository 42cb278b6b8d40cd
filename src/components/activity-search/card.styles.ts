import { css } from 'lit';

/** The look of a compact result card and its full record opened in place. */
export const cardStyles = css`
  .card {
    display: block;
  }
  .card article {
    display: grid;
    gap: var(--lw-space-xs, 0.25rem);
  }
  .card p {
    margin: 0;
  }
  .card-foot {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--lw-space-xs, 0.25rem) var(--lw-space-m, 0.75rem);
  }
  .cost {
    font-weight: 600;
  }
  .save {
    display: inline-flex;
    align-items: center;
    gap: var(--lw-space-xs, 0.25rem);
    min-height: 2.25rem;
    margin-inline-start: auto;
  }
  .save[aria-pressed='true'] {
    font-weight: 600;
  }
  .save-mark {
    font-size: 1.125em;
    line-height: 1;
  }
  .freshness {
    color: var(--lw-color-text-muted, var(--_lw-color-text-muted));
    font-size: var(--lw-font-size-s, 0.875rem);
  }
  .freshness.stale {
    color: inherit;
    font-weight: 600;
  }
  .details {
    display: grid;
    gap: var(--lw-space-s, 0.5rem);
    margin-block-start: var(--lw-space-s, 0.5rem);
    padding-block-start: var(--lw-space-s, 0.5rem);
    border-top: 1px solid var(--lw-color-border, var(--_lw-color-border));
  }
  .details[hidden] {
    display: none;
  }
  .details .facts {
    margin: 0;
  }
  .next-dates {
    display: grid;
    gap: var(--lw-space-xs, 0.25rem);
    justify-items: start;
  }
  .next-dates-term {
    font-weight: 600;
  }
  .sessions {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .close {
    justify-self: start;
  }
`;

import { css } from 'lit';

/** The look of the list on screen; in print the plan takes its place. */
export const shortlistStyles = css`
  :host {
    display: block;
  }
  .base {
    container-type: inline-size;
  }
  .base:focus {
    outline: none;
    box-shadow: none;
  }
  .screen {
    display: grid;
    gap: var(--lw-space-l, 1rem);
  }
  .screen p {
    margin: 0;
  }
  .heading {
    display: flex;
    align-items: center;
    gap: var(--lw-space-s, 0.5rem);
    font-size: 1.25em;
    font-weight: 700;
  }
  .heading .badge {
    min-width: 1.5rem;
    text-align: center;
    border-color: var(--lw-color-border, var(--_lw-color-border));
    font-size: var(--lw-font-size-s, 0.875rem);
  }
  .items {
    display: grid;
    gap: var(--lw-space-m, 0.75rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Each activity, and the share panel: a framed box. */
  .item,
  .share {
    display: grid;
    padding: var(--lw-space-m, 0.75rem);
    border: 1px solid var(--lw-color-border, var(--_lw-color-border));
    border-radius: var(--lw-radius, 6px);
  }
  .item {
    gap: var(--lw-space-xs, 0.25rem);
    background: var(--lw-color-surface, var(--_lw-color-surface));
  }
  .item.gone {
    background: var(--lw-color-surface-muted, var(--_lw-color-surface-muted));
    border-style: dashed;
  }
  .title {
    font-weight: 700;
    font-size: 1.125em;
  }
  .facts {
    display: grid;
    gap: var(--lw-space-xs, 0.25rem);
    margin: 0;
  }
  .fact {
    display: grid;
    grid-template-columns: minmax(6rem, max-content) 1fr;
    gap: var(--lw-space-s, 0.5rem);
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
  .sessions {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .freshness.stale {
    font-weight: 600;
  }
  .actions,
  .share-actions,
  .link-row,
  .undo {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--lw-space-s, 0.5rem);
  }
  .actions {
    margin-top: var(--lw-space-xs, 0.25rem);
  }
  .button-link {
    display: inline-flex;
    align-items: center;
    min-height: 2.5rem;
    box-sizing: border-box;
    padding: 0 var(--lw-space-l, 1rem);
    border: 1px solid var(--lw-color-accent, var(--_lw-color-accent));
    border-radius: var(--lw-radius, 6px);
    background: var(--lw-color-surface, var(--_lw-color-surface));
    text-decoration: none;
  }
  .note {
    display: grid;
    gap: var(--lw-space-xs, 0.25rem);
  }
  label,
  .share-heading {
    font-weight: 600;
  }
  textarea {
    font: inherit;
    color: inherit;
    width: 100%;
    box-sizing: border-box;
    padding: var(--lw-space-s, 0.5rem);
    border: 1px solid var(--lw-color-border-strong, var(--_lw-color-border-strong));
    border-radius: var(--lw-radius, 6px);
    background: var(--lw-color-surface, var(--_lw-color-surface));
    resize: vertical;
  }
  .share {
    gap: var(--lw-space-s, 0.5rem);
  }
  .share-heading {
    font-size: 1.125em;
  }
  .link-row input {
    flex: 1 1 14rem;
    min-width: 0;
  }
  .copied:empty {
    display: none;
  }
  .qr-box[hidden] {
    display: none;
  }
  .qr-box .qr {
    display: block;
    max-width: 100%;
    height: auto;
  }
  .empty {
    display: grid;
    gap: var(--lw-space-xs, 0.25rem);
  }
  .skeleton {
    height: 8rem;
    border-radius: var(--lw-radius, 6px);
    background: var(--lw-color-surface-muted, var(--_lw-color-surface-muted));
  }
  .print-frame {
    position: absolute;
    width: 0;
    height: 0;
    border: 0;
  }
  .plan {
    display: none;
  }

  /* In a narrow column (a sidebar, a phone) each fact's name goes above it, leaving the width for dates. */
  @container (max-width: 28rem) {
    .fact {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }

  @media print {
    .screen {
      display: none;
    }
    .plan {
      display: block;
    }
  }

  @media (forced-colors: active) {
    .item,
    .button-link {
      background: Canvas;
      border-color: CanvasText;
    }
    .button-link {
      color: LinkText;
    }
    .skeleton {
      border: 1px solid GrayText;
    }
  }
`;

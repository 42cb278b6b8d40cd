import { css } from 'lit';

/**
 * What every widget shares: the host page's font, the focus ring, and the look of status messages.
 * Every value is a `--lw-*` token with a fallback, so an unthemed widget still looks right.
 */
export const baseStyles = css`
  :host {
    font-family: var(--lw-font-family, inherit);
    font-size: var(--lw-font-size, 1rem);
    line-height: 1.5;
    color: var(--lw-color-text, #1f2328);
  }
  :host([hidden]) {
    display: none;
  }
  :focus-visible {
    outline: var(--lw-focus-ring, 3px solid #0b5cad);
    outline-offset: 2px;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  input,
  select {
    min-height: 2.5rem;
    padding: 0 var(--lw-space-s, 0.5rem);
    border: 1px solid var(--lw-color-border-strong, #6e7781);
    border-radius: var(--lw-radius, 6px);
    background: var(--lw-color-surface, #ffffff);
  }
  button {
    min-height: 2.5rem;
    padding: 0 var(--lw-space-l, 1rem);
    border: 1px solid var(--lw-color-accent, #0b5cad);
    border-radius: var(--lw-radius, 6px);
    background: var(--lw-color-surface, #ffffff);
    color: var(--lw-color-accent, #0b5cad);
    cursor: pointer;
  }
  button[type='submit'],
  button.primary {
    background: var(--lw-color-accent, #0b5cad);
    color: var(--lw-color-on-accent, #ffffff);
  }
  button.link-button {
    min-height: 1.5rem;
    padding: 0;
    border: 0;
    background: none;
    text-decoration: underline;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .notice {
    margin: 0;
    padding: var(--lw-space-m, 0.75rem) var(--lw-space-l, 1rem);
    border-radius: var(--lw-radius, 6px);
    border: 1px solid var(--lw-color-border, #8c959f);
    background: var(--lw-color-surface-muted, #f6f8fa);
  }
`;

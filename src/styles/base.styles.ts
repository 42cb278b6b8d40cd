import { css } from 'lit';

/**
 * What every widget shares: the host page's font, the focus ring, links, form controls, badges and
 * the look of status messages. Every value is a `--lw-*` token with a fallback, so an unthemed widget
 * still looks right; the tokens are listed in `tokens.ts`.
 */
export const baseStyles = css`
  :host {
    font-family: var(--lw-font-family, inherit);
    font-size: var(--lw-font-size, 1rem);
    line-height: 1.5;
    color: var(--lw-color-text, #1f2328);
    /* A word longer than the line (a pasted address, a name without spaces) breaks rather than widening the page. */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  :focus-visible {
    outline: var(--lw-focus-ring, 3px solid #0b5cad);
    outline-offset: 2px;
  }
  :where(a) {
    color: var(--lw-color-accent, #0b5cad);
    text-decoration: underline;
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
  .notice[role='alert'] {
    border-inline-start: 4px solid var(--lw-color-error, #b3261e);
  }
  .notice > p {
    margin: 0 0 var(--lw-space-s, 0.5rem);
  }
  .muted {
    color: var(--lw-color-text-muted, #57606a);
    font-size: var(--lw-font-size-s, 0.875rem);
  }
  .badge {
    display: inline-block;
    padding: 0 var(--lw-space-xs, 0.25rem);
    border: 1px solid transparent;
    border-radius: var(--lw-radius, 6px);
    background: var(--lw-color-surface-muted, #f6f8fa);
    font-size: var(--lw-font-size-s, 0.875rem);
  }
  /* A group of choices (filters): a light frame. */
  fieldset {
    margin: 0;
    padding: var(--lw-space-s, 0.5rem) var(--lw-space-m, 0.75rem);
    border: 1px solid var(--lw-color-border, #8c959f);
    border-radius: var(--lw-radius, 6px);
  }

  /* Windows high contrast and other forced colours: backgrounds vanish, so boundaries and
     states are drawn with the system's own colours. */
  @media (forced-colors: active) {
    /* Every colour a widget sets is named here as a system colour too, so text is always measured and
       drawn against the system's own background, never the theme's. */
    :host,
    .muted,
    .notice,
    .badge {
      color: CanvasText;
    }
    .notice,
    .badge {
      background: Canvas;
    }
    button {
      color: ButtonText;
      background: ButtonFace;
    }
    input,
    select {
      color: FieldText;
      background: Field;
    }
    :focus-visible {
      outline: 3px solid Highlight;
    }
    .badge,
    .notice,
    button,
    input,
    select {
      border-color: CanvasText;
    }
    button[type='submit'],
    button.primary {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    button.link-button,
    :where(a) {
      color: LinkText;
    }
    :where([aria-selected='true'], [aria-current]:not([aria-current='false']), [aria-pressed='true']) {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
  }
`;

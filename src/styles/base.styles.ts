import { css } from 'lit';
import { schemeStyles } from './scheme.styles.js';

/**
 * What every widget shares: the host page's font, the colour scheme, the focus ring, links, form
 * controls, badges and the look of status messages. Every value is a `--lw-*` token with a fallback, so
 * an unthemed widget still looks right; the tokens are listed in `tokens.ts`.
 */
const sharedStyles = css`
  :host {
    /* --_lw-font-family is the sans-serif fallback, set only when the page sets no font (host-font.ts). */
    font-family: var(--lw-font-family, var(--_lw-font-family, inherit));
    font-size: var(--lw-font-size, 1rem);
    line-height: 1.5;
    color: var(--lw-color-text, var(--_lw-color-text));
    background-color: var(--lw-color-background, var(--_lw-color-background));
    /* A word longer than the line (a pasted address, a name without spaces) breaks rather than widening the page. */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  /* A two-tone ring: a dark ring between light bands (light between dark in the dark scheme), so one of
     the two tones keeps 3:1 against whatever is behind it. */
  :focus-visible {
    outline: var(--lw-focus-ring, var(--_lw-focus-ring));
    outline-offset: 2px;
    box-shadow: var(--lw-focus-halo, var(--_lw-focus-halo));
  }
  :where(a) {
    color: var(--lw-color-accent, var(--_lw-color-accent));
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
    border: 1px solid var(--lw-color-border-strong, var(--_lw-color-border-strong));
    border-radius: var(--lw-radius, 6px);
    background: var(--lw-color-surface, var(--_lw-color-surface));
  }
  button {
    min-height: 2.5rem;
    padding: 0 var(--lw-space-l, 1rem);
    border: 1px solid var(--lw-color-accent, var(--_lw-color-accent));
    border-radius: var(--lw-radius, 6px);
    background: var(--lw-color-surface, var(--_lw-color-surface));
    color: var(--lw-color-accent, var(--_lw-color-accent));
    cursor: pointer;
  }
  button[type='submit'],
  button.primary {
    background: var(--lw-color-accent, var(--_lw-color-accent));
    color: var(--lw-color-on-accent, var(--_lw-color-on-accent));
  }
  /* A button that cannot act now (a full list), still in the Tab order so its words can be heard. */
  button[aria-disabled='true'] {
    border-style: dashed;
    border-color: var(--lw-color-text-muted, var(--_lw-color-text-muted));
    color: var(--lw-color-text-muted, var(--_lw-color-text-muted));
    cursor: not-allowed;
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
    border: 1px solid var(--lw-color-border, var(--_lw-color-border));
    background: var(--lw-color-surface-muted, var(--_lw-color-surface-muted));
  }
  .notice[role='alert'] {
    border-inline-start: 4px solid var(--lw-color-error, var(--_lw-color-error));
  }
  .notice > p {
    margin: 0 0 var(--lw-space-s, 0.5rem);
  }
  .muted {
    color: var(--lw-color-text-muted, var(--_lw-color-text-muted));
    font-size: var(--lw-font-size-s, 0.875rem);
  }
  .badge {
    display: inline-block;
    padding: 0 var(--lw-space-xs, 0.25rem);
    border: 1px solid transparent;
    border-radius: var(--lw-radius, 6px);
    background: var(--lw-color-surface-muted, var(--_lw-color-surface-muted));
    font-size: var(--lw-font-size-s, 0.875rem);
  }
  /* A group of choices (filters): a light frame. */
  fieldset {
    margin: 0;
    padding: var(--lw-space-s, 0.5rem) var(--lw-space-m, 0.75rem);
    border: 1px solid var(--lw-color-border, var(--_lw-color-border));
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
      outline-offset: 2px;
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

export const baseStyles = [schemeStyles, sharedStyles];

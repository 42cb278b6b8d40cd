import { css } from 'lit';

/**
 * The light and dark colour schemes. Each colour token with a dark value (see `tokens.ts`) falls back
 * to a private `--_lw-*` property set here, so a token the page sets always wins and an unset one
 * follows the scheme.
 *
 * The scheme is `light` unless the page opts in: a `color-scheme` attribute (`light`, `dark`, or `auto`
 * to follow the visitor's setting) on a widget or on the `<lw-feed>` around it, or the
 * `--lw-color-scheme` token. Browsers without `light-dark()` (before 2024) keep the light colours.
 */
export const schemeStyles = css`
  :host {
    color-scheme: light;
    --_lw-color-text: #1f2328;
    --_lw-color-background: transparent;
    --_lw-color-text-muted: #57606a;
    --_lw-color-surface: #ffffff;
    --_lw-color-surface-muted: #f6f8fa;
    --_lw-color-border: #8c959f;
    --_lw-color-border-strong: #6e7781;
    --_lw-color-accent: #0b5cad;
    --_lw-color-on-accent: #ffffff;
    --_lw-color-error: #b3261e;
    --_lw-focus-ring: 3px solid #0b0c0c;
    --_lw-focus-halo: 0 0 0 7px #ffffff;
  }
  /* On the <lw-feed>, the attribute reaches every widget inside through the token. */
  :host([color-scheme='light']) {
    --lw-color-scheme: light;
  }
  :host([color-scheme='dark']) {
    --lw-color-scheme: dark;
  }
  :host([color-scheme='auto']) {
    --lw-color-scheme: light dark;
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      color-scheme: var(--lw-color-scheme, light);
      --_lw-color-text: light-dark(#1f2328, #e6edf3);
      --_lw-color-background: light-dark(transparent, #0d1117);
      --_lw-color-text-muted: light-dark(#57606a, #9da7b3);
      --_lw-color-surface: light-dark(#ffffff, #0d1117);
      --_lw-color-surface-muted: light-dark(#f6f8fa, #161b22);
      --_lw-color-border: light-dark(#8c959f, #7d8590);
      --_lw-color-border-strong: light-dark(#6e7781, #8b949e);
      --_lw-color-accent: light-dark(#0b5cad, #6cb6ff);
      --_lw-color-on-accent: light-dark(#ffffff, #0d1117);
      --_lw-color-error: light-dark(#b3261e, #ff7b72);
      --_lw-focus-ring: 3px solid light-dark(#0b0c0c, #ffffff);
      --_lw-focus-halo: 0 0 0 7px light-dark(#ffffff, #0d1117);
    }
  }
`;

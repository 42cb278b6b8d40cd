/**
 * The global design tokens: every `--lw-*` custom property that all widgets share, with the value
 * an unthemed widget uses and what it changes. Set them on any ancestor (`lw-feed`, `body`, `:root`)
 * and they reach every widget inside; each widget's own `--lw-<widget>-*` properties are documented
 * with `@cssprop` in its class.
 *
 * A token with a `dark` value follows the widget's colour scheme (`color-scheme` attribute or
 * `--lw-color-scheme`): unset, it is `default` in the light scheme and `dark` in the dark one. Those
 * defaults live in `scheme.styles.ts`; every `var()` of such a token falls back to its scheme value there.
 *
 * This list is the documentation: the README's theming table is written from it, and a test fails when a
 * token is used in `src/` but missing here (or from an `@cssprop`), listed but unused, or given a
 * different fallback in the source than the default written here.
 */
export interface Token {
  /** The custom property, with its leading `--`. */
  readonly name: string;
  /** What an unthemed widget uses (in the light scheme, for a token with a `dark` value). */
  readonly default: string;
  /** What an unthemed widget uses in the dark scheme, when that differs. */
  readonly dark?: string;
  /** What it changes, in a webmaster's words. */
  readonly meaning: string;
}

export const tokens: readonly Token[] = [
  {
    name: '--lw-font-family',
    default: 'inherit',
    meaning: "Typeface of all text; the host page's font, or a sans-serif system font when the page sets none",
  },
  { name: '--lw-font-size', default: '1rem', meaning: 'Size of body text; everything else scales from it' },
  { name: '--lw-font-size-s', default: '0.875rem', meaning: 'Size of secondary text: badges, distances, dates' },
  {
    name: '--lw-color-scheme',
    default: 'light',
    meaning: "Light or dark colours: `light`, `dark`, or `light dark` to follow the visitor's setting",
  },
  { name: '--lw-color-text', default: '#1f2328', dark: '#e6edf3', meaning: 'Body text' },
  {
    name: '--lw-color-text-muted',
    default: '#57606a',
    dark: '#9da7b3',
    meaning: 'Secondary text (must keep 4.5:1 contrast on the surfaces)',
  },
  {
    name: '--lw-color-background',
    default: 'transparent',
    dark: '#0d1117',
    meaning: 'Behind the whole widget; in the light scheme the page shows through',
  },
  {
    name: '--lw-color-surface',
    default: '#ffffff',
    dark: '#0d1117',
    meaning: 'Background of inputs, cards and panels',
  },
  {
    name: '--lw-color-surface-muted',
    default: '#f6f8fa',
    dark: '#161b22',
    meaning: 'Background of notices, badges and selected rows',
  },
  { name: '--lw-color-border', default: '#8c959f', dark: '#7d8590', meaning: 'Borders of cards and notices' },
  {
    name: '--lw-color-border-strong',
    default: '#6e7781',
    dark: '#8b949e',
    meaning: 'Borders of inputs, selects and the network list (keep 3:1 contrast on the surfaces)',
  },
  { name: '--lw-color-accent', default: '#0b5cad', dark: '#6cb6ff', meaning: 'Links, buttons and selected items' },
  {
    name: '--lw-color-on-accent',
    default: '#ffffff',
    dark: '#0d1117',
    meaning: 'Text on the accent colour, as on primary buttons',
  },
  { name: '--lw-color-error', default: '#b3261e', dark: '#ff7b72', meaning: 'Error messages and their border' },
  { name: '--lw-space-xs', default: '0.25rem', meaning: 'Smallest gap: inside badges, between an icon and its label' },
  { name: '--lw-space-s', default: '0.5rem', meaning: 'Small gap: between controls, inside buttons' },
  { name: '--lw-space-m', default: '0.75rem', meaning: 'Medium gap: padding of notices and cards' },
  { name: '--lw-space-l', default: '1rem', meaning: 'Large gap: between sections, between results' },
  { name: '--lw-radius', default: '6px', meaning: 'Corner radius of inputs, buttons, cards and notices' },
  {
    name: '--lw-focus-ring',
    default: '3px solid #0b0c0c',
    dark: '3px solid #ffffff',
    meaning: 'Outline around whatever has keyboard focus (an `outline` value), 2px away from it',
  },
  {
    name: '--lw-focus-halo',
    default: '0 0 0 7px #ffffff',
    dark: '0 0 0 7px #0d1117',
    meaning:
      'Band of the other tone around the focus ring (a `box-shadow` value), so the ring keeps 3:1 on any background',
  },
  {
    name: '--lw-loading-height',
    default: '100svh',
    meaning:
      'Room the map, the activity search and the resource list keep until their feed has loaded, so nothing below them moves; `0` keeps none',
  },
];

/**
 * The global design tokens: every `--lw-*` custom property that all widgets share, with the value
 * an unthemed widget uses and what it changes. Set them on any ancestor (`lw-feed`, `body`, `:root`)
 * and they reach every widget inside; each widget's own `--lw-<widget>-*` properties are documented
 * with `@cssprop` in its class.
 *
 * This list is the documentation: the README's theming table is written from it, and a test fails when a
 * token is used in `src/` but missing here (or from an `@cssprop`), listed but unused, or given a
 * different fallback in the source than the default written here.
 */
export interface Token {
  /** The custom property, with its leading `--`. */
  readonly name: string;
  /** The fallback every `var()` of it uses: what an unthemed widget looks like. */
  readonly default: string;
  /** What it changes, in a webmaster's words. */
  readonly meaning: string;
}

export const tokens: readonly Token[] = [
  { name: '--lw-font-family', default: 'inherit', meaning: "Typeface of all text; the host page's font unless set" },
  { name: '--lw-font-size', default: '1rem', meaning: 'Size of body text; everything else scales from it' },
  { name: '--lw-font-size-s', default: '0.875rem', meaning: 'Size of secondary text: badges, distances, dates' },
  { name: '--lw-color-text', default: '#1f2328', meaning: 'Body text' },
  {
    name: '--lw-color-text-muted',
    default: '#57606a',
    meaning: 'Secondary text (must keep 4.5:1 contrast on the surfaces)',
  },
  { name: '--lw-color-surface', default: '#ffffff', meaning: 'Background of inputs, cards and panels' },
  { name: '--lw-color-surface-muted', default: '#f6f8fa', meaning: 'Background of notices, badges and selected rows' },
  { name: '--lw-color-border', default: '#8c959f', meaning: 'Borders of cards and notices' },
  {
    name: '--lw-color-border-strong',
    default: '#6e7781',
    meaning: 'Borders of inputs and selects (keep 3:1 contrast on the surfaces)',
  },
  { name: '--lw-color-accent', default: '#0b5cad', meaning: 'Links, buttons and selected items' },
  { name: '--lw-color-on-accent', default: '#ffffff', meaning: 'Text on the accent colour, as on primary buttons' },
  { name: '--lw-color-error', default: '#b3261e', meaning: 'Border of error messages' },
  { name: '--lw-space-xs', default: '0.25rem', meaning: 'Smallest gap: inside badges, between an icon and its label' },
  { name: '--lw-space-s', default: '0.5rem', meaning: 'Small gap: between controls, inside buttons' },
  { name: '--lw-space-m', default: '0.75rem', meaning: 'Medium gap: padding of notices and cards' },
  { name: '--lw-space-l', default: '1rem', meaning: 'Large gap: between sections, between results' },
  { name: '--lw-radius', default: '6px', meaning: 'Corner radius of inputs, buttons, cards and notices' },
  {
    name: '--lw-focus-ring',
    default: '3px solid #0b5cad',
    meaning: 'Outline around whatever has keyboard focus (an `outline` value)',
  },
];

/**
 * Contrast measured from what the browser renders: every colour comes from getComputedStyle of the
 * elements a widget shows, never from a list of the theme's values.
 *
 * - text: each element with text of its own, and the text in form controls (value, placeholder),
 *   against the background behind it (backgrounds composited up the tree, through shadow roots);
 *   4.5:1, or 3:1 for large text (WCAG 1.4.3);
 * - control: the edge of each input, select, textarea and button (its border or its fill, whichever
 *   stands out more) against what is around it; checkboxes' accent colour; 3:1 (WCAG 1.4.11);
 * - graphic: the map's markers against the map, and the key's swatches against what is right around them;
 *   3:1 (WCAG 1.4.11);
 * - focus: measured separately, by `focusRing`.
 */

export type Rgb = readonly [number, number, number];
interface Rgba {
  rgb: Rgb;
  alpha: number;
}

export interface Pair {
  kind: 'text' | 'control' | 'graphic';
  /** Where: the widget's tag and a short path to the element. */
  where: string;
  foreground: string;
  background: string;
  ratio: number;
  needed: number;
}

const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;

/** Any CSS colour the browser computes (rgb(), color(srgb …), oklab() …), as 0–255 sRGB and alpha. */
export function parseColour(text: string): Rgba {
  const rgb = text.match(/^rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:\s*[,/]\s*([\d.]+))?\)$/);
  if (rgb) return { rgb: [+rgb[1], +rgb[2], +rgb[3]], alpha: rgb[4] === undefined ? 1 : +rgb[4] };
  const srgb = text.match(/^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)$/);
  if (srgb)
    return {
      rgb: [+srgb[1] * 255, +srgb[2] * 255, +srgb[3] * 255],
      alpha: srgb[4] === undefined ? 1 : +srgb[4],
    };
  // Anything else: let a canvas turn it into sRGB.
  canvas.clearRect(0, 0, 1, 1);
  canvas.fillStyle = text;
  canvas.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = canvas.getImageData(0, 0, 1, 1).data;
  return a === 0 ? { rgb: [0, 0, 0], alpha: 0 } : { rgb: [r, g, b], alpha: a / 255 };
}

export const hex = ([r, g, b]: Rgb) =>
  `#${[r, g, b].map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;

function luminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return Math.round(((light + 0.05) / (dark + 0.05)) * 100) / 100;
}

function over(top: Rgba, bottom: Rgb): Rgb {
  return top.rgb.map((channel, i) => channel * top.alpha + bottom[i] * (1 - top.alpha)) as unknown as Rgb;
}

/** The parent in the flat tree: the slot an element is shown in, its parent, or its shadow root's host. */
function flatParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  // Not `instanceof ShadowRoot`: the element may belong to a frame's document.
  const root = element.parentNode as Partial<ShadowRoot> | null;
  return root?.host ?? null;
}

/** Styles as the element's own window computes them (it may be a frame's). */
const styleOf = (element: Element, pseudo?: string) =>
  element.ownerDocument.defaultView!.getComputedStyle(element, pseudo);

/** The colour behind an element: the backgrounds of it and its ancestors, composited, over the canvas. */
export function backgroundBehind(element: Element | null): Rgb {
  const layers: Rgba[] = [];
  for (let node = element; node; node = flatParent(node)) {
    const layer = parseColour(styleOf(node).backgroundColor);
    if (layer.alpha > 0) layers.push(layer);
    if (layer.alpha >= 1) break;
  }
  const canvasColour = parseColour(
    styleOf((element ?? document.documentElement).ownerDocument.documentElement).backgroundColor,
  );
  let colour: Rgb = canvasColour.alpha >= 1 ? canvasColour.rgb : [255, 255, 255];
  for (const layer of layers.reverse()) colour = over(layer, colour);
  return colour;
}

/** Every element shown in a widget, its shadow root's included. */
function shownElements(widget: Element): Element[] {
  const all: Element[] = [];
  const visit = (root: ParentNode) => {
    for (const element of root.querySelectorAll('*')) {
      all.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(widget.shadowRoot ?? widget);
  return all.filter((element) => {
    if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
    const box = element.getBoundingClientRect();
    return box.width > 1 && box.height > 1;
  });
}

function describe(widget: Element, element: Element): string {
  const path: string[] = [];
  for (let node: Element | null = element; node && node !== widget && path.length < 3; node = flatParent(node)) {
    const part = node.getAttribute('part');
    const className = typeof node.className === 'string' ? node.className.trim().split(/\s+/)[0] : '';
    path.unshift(`${node.localName}${part ? `[part=${part}]` : className ? `.${className}` : ''}`);
  }
  return `${widget.localName} ${path.join(' > ')}`;
}

const ownText = (element: Element) =>
  [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');

function isLarge(style: CSSStyleDeclaration): boolean {
  const size = parseFloat(style.fontSize);
  return size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
}

const controls =
  'input:not([type=checkbox]):not([type=radio]):not([type=hidden]), select, textarea, button, .button-link';

/** The colour pairs a widget shows, measured. */
export function colourPairs(widget: Element): Pair[] {
  const pairs: Pair[] = [];
  const add = (kind: Pair['kind'], element: Element, fg: Rgb, bg: Rgb, needed: number) =>
    pairs.push({
      kind,
      where: describe(widget, element),
      foreground: hex(fg),
      background: hex(bg),
      ratio: contrast(fg, bg),
      needed,
    });

  for (const element of shownElements(widget)) {
    const style = styleOf(element);
    const behind = backgroundBehind(element);
    const formControl = element.matches('input, select, textarea');
    const hasText =
      ownText(element) ||
      (formControl && ((element as HTMLInputElement).value !== '' || element.localName === 'select'));
    if (hasText && !element.closest('svg')) {
      add('text', element, over(parseColour(style.color), behind), behind, isLarge(style) ? 3 : 4.5);
    }
    if (formControl && element.hasAttribute('placeholder') && (element as HTMLInputElement).value === '') {
      const placeholder = styleOf(element, '::placeholder');
      add('text', element, over(parseColour(placeholder.color), behind), behind, 4.5);
    }

    if (element.matches(controls)) {
      const around = backgroundBehind(flatParent(element));
      const fill = over(parseColour(style.backgroundColor), around);
      const border = parseColour(style.borderTopColor);
      const bordered = parseFloat(style.borderTopWidth) >= 1 && style.borderTopStyle !== 'none' && border.alpha > 0;
      // A control drawn as text alone (a link-like button) is measured as text.
      if (bordered || contrast(fill, around) > 1) {
        const edge =
          bordered && contrast(over(border, around), around) >= contrast(fill, around) ? over(border, around) : fill;
        add('control', element, edge, around, 3);
      }
    }
    if (element.matches('input[type=checkbox], input[type=radio]') && style.accentColor !== 'auto') {
      add('control', element, parseColour(style.accentColor).rgb, behind, 3);
    }

    if (element.matches('.lw-marker')) {
      // A marker's outermost shape (or a cluster's disc) against the sea and the land of the map.
      const shape =
        element.querySelector('svg :is(path, circle, rect, ellipse)') ?? element.querySelector('div') ?? element;
      const ink = styleOf(shape);
      const map = element.closest('.leaflet-container')!;
      const sea = backgroundBehind(map);
      const land = map.querySelector('.outline');
      const grounds = land ? [sea, over(parseColour(styleOf(land).fill), sea)] : [sea];
      const inks = (shape.closest('svg') ? [ink.fill, ink.stroke] : [ink.backgroundColor, ink.borderTopColor])
        .map(parseColour)
        .filter((colour) => colour.alpha > 0);
      for (const ground of grounds) {
        const best = inks
          .map((colour) => over(colour, ground))
          .sort((a, b) => contrast(b, ground) - contrast(a, ground))[0];
        if (best) add('graphic', shape, best, ground, 3);
      }
    }
    if (element.matches('.swatch, .key-swatch')) {
      // The mark's colour (its border, else its fill) against what is right around it: its rim, else the surface.
      const rim = shadowBands(style.boxShadow)[0];
      const around = rim ? over(rim, behind) : backgroundBehind(flatParent(element));
      const border = parseColour(style.borderTopColor);
      const bordered = parseFloat(style.borderTopWidth) >= 1 && style.borderTopStyle !== 'none';
      const mark =
        bordered && border.alpha > 0 ? over(border, around) : over(parseColour(style.backgroundColor), around);
      add('graphic', element, mark, around, 3);
    }
  }
  return pairs;
}

/** The colours of a box-shadow, innermost first (as the browser computes it: colour first, then lengths). */
export function shadowBands(boxShadow: string): Rgba[] {
  if (boxShadow === 'none') return [];
  const layers = [
    ...boxShadow.matchAll(
      /((?:rgba?|color)\([^)]*\))\s+(-?[\d.]+)px\s+(-?[\d.]+)px\s+(-?[\d.]+)px(?:\s+(-?[\d.]+)px)?(\s+inset)?/g,
    ),
  ];
  return layers
    .map((layer) => ({ colour: parseColour(layer[1]), spread: Number(layer[5] ?? 0), inset: Boolean(layer[6]) }))
    .filter((layer) => layer.colour.alpha > 0)
    .sort((a, b) => (a.inset === b.inset ? a.spread - b.spread : a.inset ? -1 : 1))
    .map((layer) => layer.colour);
}

export interface FocusRing {
  where: string;
  /** The ring's tones, from its outline and box-shadow. */
  tones: string[];
  /** The best contrast of any tone with what is behind the focused element. */
  onThisPage: number;
  /** The worst, over every background luminance from black to white, of the best tone's contrast. */
  onAnyBackground: number;
}

/** Focuses an element as the keyboard would and measures its focus ring. */
export function focusRing(widget: Element, element: HTMLElement): FocusRing {
  element.focus({ focusVisible: true } as FocusOptions);
  const style = styleOf(element);
  const outline = parseColour(style.outlineColor);
  const tones = [
    ...(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && outline.alpha > 0 ? [outline] : []),
    ...shadowBands(style.boxShadow),
  ].map((tone) => tone.rgb);
  const behind = backgroundBehind(flatParent(element));
  const best = (ground: Rgb) => Math.max(0, ...tones.map((tone) => contrast(tone, ground)));
  const greys = Array.from({ length: 256 }, (_, v) => [v, v, v] as const);
  return {
    where: describe(widget, element),
    tones: tones.map(hex),
    onThisPage: best(behind),
    onAnyBackground: Math.min(...greys.map(best)),
  };
}

const focusable =
  'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** Every element in a widget that Tab can reach and that is shown. */
export function focusableIn(widget: Element): HTMLElement[] {
  return shownElements(widget).filter((element): element is HTMLElement => element.matches(focusable));
}

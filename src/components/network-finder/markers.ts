/**
 * The map's markers, as Leaflet `divIcon`s holding inline SVG built with DOM calls (no HTML strings,
 * no image files: Leaflet's own icons are images its stylesheet cannot find inside a shadow root).
 * Each interactive marker is a button whose accessible name is a visually hidden text node.
 */
import { divIcon, type DivIcon } from 'leaflet/dist/leaflet-src.esm.js';
import type { Scope } from '../../feed/schema.js';

const svgNamespace = 'http://www.w3.org/2000/svg';

function svgElement(name: string, attributes: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(svgNamespace, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

function hiddenName(name: string): HTMLElement {
  const span = document.createElement('span');
  span.className = 'visually-hidden';
  span.textContent = name;
  return span;
}

/** An icon `size` pixels wide and high; the marker's point is at `anchor` (its centre by default). */
function icon(
  content: Node[],
  className: string,
  size: [number, number],
  anchor: [number, number] = [size[0] / 2, size[1] / 2],
): DivIcon {
  const holder = document.createElement('span');
  holder.className = 'marker-body';
  holder.append(...content);
  return divIcon({ html: holder, className: `lw-marker ${className}`, iconSize: size, iconAnchor: anchor });
}

/**
 * A pin in the colour of the network's scope, with a round eye for a local network and a square one for
 * a regional network; named e.g. "Leeds Arts Health and Wellbeing Network (Local network)".
 */
export function networkIcon(name: string, scope: Scope): DivIcon {
  const svg = svgElement('svg', {
    viewBox: '0 0 28 36',
    width: 28,
    height: 36,
    'aria-hidden': 'true',
    focusable: 'false',
  });
  svg.append(
    svgElement('path', {
      class: 'pin',
      d: 'M14 1C6.8 1 1 6.8 1 14c0 9.6 13 21 13 21s13-11.4 13-21C27 6.8 21.2 1 14 1z',
    }),
    scope === 'regional'
      ? svgElement('rect', { class: 'pin-dot', x: 9, y: 9, width: 10, height: 10 })
      : svgElement('circle', { class: 'pin-dot', cx: 14, cy: 14, r: 5 }),
  );
  return icon([hiddenName(name), svg], `network-marker scope-${scope}`, [28, 36], [14, 36]);
}

/** One activity: a small round marker. */
export function activityIcon(name: string): DivIcon {
  const svg = svgElement('svg', {
    viewBox: '0 0 24 24',
    width: 24,
    height: 24,
    'aria-hidden': 'true',
    focusable: 'false',
  });
  svg.append(svgElement('circle', { class: 'activity-dot', cx: 12, cy: 12, r: 8 }));
  return icon([hiddenName(name), svg], 'activity-marker', [24, 24]);
}

/** A group of activities: a disc with the count, bigger for bigger groups. */
export function clusterIcon(name: string, countText: string, count: number): DivIcon {
  const size = count < 10 ? 32 : count < 100 ? 40 : count < 1000 ? 48 : 56;
  const shown = document.createElement('span');
  shown.className = 'cluster-count';
  shown.setAttribute('aria-hidden', 'true');
  shown.textContent = countText;
  return icon([hiddenName(name), shown], 'cluster-marker', [size, size]);
}

/** The place the visitor searched for: a ring with a dot, named for screen readers as an image. */
export function placeIcon(name: string): DivIcon {
  const svg = svgElement('svg', { viewBox: '0 0 24 24', width: 24, height: 24, role: 'img', 'aria-label': name });
  svg.append(
    svgElement('circle', { class: 'place-ring', cx: 12, cy: 12, r: 9 }),
    svgElement('circle', { class: 'place-dot', cx: 12, cy: 12, r: 4 }),
  );
  return icon([svg], 'place-marker', [24, 24]);
}

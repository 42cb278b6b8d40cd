/**
 * A QR code that opens the share link, drawn as one SVG path. Its library (lean-qr's nano build, about
 * 2 KB gzipped) is fetched only when the list is printed or shared, never with the page.
 */
import { html } from 'lit';

export interface QrCode {
  /** Modules along a side. */
  size: number;
  /** The dark modules as SVG path data, a run of modules to a rectangle. */
  path: string;
}

/** The QR code of `text`, or undefined when it holds too much for one. */
export async function makeQrCode(text: string): Promise<QrCode | undefined> {
  const { generate } = await import('lean-qr/nano');
  let code: ReturnType<typeof generate>;
  try {
    code = generate(text);
  } catch {
    return undefined;
  }
  let path = '';
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) {
      if (!code.get(x, y)) continue;
      let run = 1;
      while (x + run < code.size && code.get(x + run, y)) run++;
      path += `M${x} ${y}h${run}v1h-${run}z`;
      x += run;
    }
  }
  return { size: code.size, path };
}

/** Printed modules stay at least this wide, so a phone can read a long link's larger code. */
const moduleMm = 0.5;
const smallestMm = 32;

/**
 * The code as an image with a name, with the quiet zone of four modules that readers need around it,
 * sized in millimetres (attributes, not a style: the widgets set no inline styles, for a strict CSP).
 */
export function qrImage(code: QrCode, label: string) {
  const side = code.size + 8;
  const mm = `${Math.max(smallestMm, Math.ceil(side * moduleMm))}mm`;
  return html`<svg
    class="qr"
    part="qr"
    role="img"
    aria-label=${label}
    viewBox="-4 -4 ${side} ${side}"
    width=${mm}
    height=${mm}
    shape-rendering="crispEdges"
  >
    <rect x="-4" y="-4" width=${side} height=${side} fill="#fff"></rect>
    <path d=${code.path} fill="#000"></path>
  </svg>`;
}

/** A UK postcode as typed by a visitor, tidied: `sw1a1aa` becomes `SW1A 1AA`. */
export interface Postcode {
  /** The whole postcode, or the outward code alone when that is all that was typed. */
  postcode: string;
  /** The district part before the space: `SW1A`. */
  outward: string;
  /** Whether the inward part (`1AA`) was given too. */
  full: boolean;
}

// The shapes Royal Mail uses: A9, A99, AA9, AA99, A9A and AA9A outward codes; 9AA inward codes.
const outwardShape = /^(?:[A-Z]{1,2}\d{1,2}|[A-Z]{1,2}\d[A-Z])$/;
const inwardShape = /^\d[A-Z]{2}$/;

/** Reads a UK postcode or outward code; anything else (a foreign postal code, a town name) gives `undefined`. */
export function parsePostcode(text: string): Postcode | undefined {
  const compact = text.toUpperCase().replace(/[\s-]+/g, '');
  if (compact === 'GIR0AA') return { postcode: 'GIR 0AA', outward: 'GIR', full: true };
  if (outwardShape.test(compact)) return { postcode: compact, outward: compact, full: false };
  const outward = compact.slice(0, -3);
  const inward = compact.slice(-3);
  if (outwardShape.test(outward) && inwardShape.test(inward))
    return { postcode: `${outward} ${inward}`, outward, full: true };
  return undefined;
}

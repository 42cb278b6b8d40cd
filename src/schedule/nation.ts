/**
 * Which nation's bank holidays apply, told from a postcode: Northern Ireland's start with BT; Scotland's
 * have their own areas (TD15, Berwick-upon-Tweed, is in England). Other UK postcodes are England and Wales.
 */
import { parsePostcode } from '../geo/postcode.js';
import { nations, type Nation } from './bank-holidays.js';

const scottishAreas = new Set([
  'AB',
  'DD',
  'DG',
  'EH',
  'FK',
  'G',
  'HS',
  'IV',
  'KA',
  'KW',
  'KY',
  'ML',
  'PA',
  'PH',
  'TD',
  'ZE',
]);
/** Crown dependencies have bank holidays of their own, which these rules do not describe. */
const elsewhere = new Set(['GY', 'JE', 'IM']);

/** The nation of a UK postcode or outward code; undefined for anything that is not one, or outside the three. */
export function nationOfPostcode(text: string | undefined): Nation | undefined {
  const postcode = text ? parsePostcode(text) : undefined;
  if (!postcode) return undefined;
  const area = /^[A-Z]+/.exec(postcode.outward)?.[0] ?? '';
  if (elsewhere.has(area)) return undefined;
  if (area === 'BT') return 'northern-ireland';
  if (scottishAreas.has(area) && postcode.outward !== 'TD15') return 'scotland';
  return 'england-and-wales';
}

/**
 * Whose bank holidays apply for a visitor: those of the postcode they gave, else the page's choice (a
 * widget's `nation`, when it names one of the three), else England and Wales.
 */
export function visitorNation(place: { label: string; source: string } | undefined, given?: string | null): Nation {
  const own = (nations as readonly string[]).includes(given ?? '') ? (given as Nation) : undefined;
  return (place?.source === 'postcode' ? nationOfPostcode(place.label) : undefined) ?? own ?? 'england-and-wales';
}

import type { Network, Scope } from '../../feed/schema.js';
import type { Catalogue } from '../../i18n/en.js';
import { formatDistance } from '../../i18n/format.js';

/** "Local network", "Regional network", "National network". */
export function scopeName(msg: Catalogue, scope: Scope): string {
  return { local: msg.scopeLocal, regional: msg.scopeRegional, national: msg.scopeNational }[scope];
}

/** What area a network covers, in words: the list's equivalent of the shape on the map. */
export function coverageWords(msg: Catalogue, locale: string, network: Network): string {
  const { coverage } = network;
  if (coverage === 'national') return msg.coversNation;
  if ('radiusKm' in coverage) return msg.coversRadius(formatDistance(locale, coverage.radiusKm));
  return msg.coversArea;
}

/**
 * One settled search → the address of one page of an Open Referral UK API's `/services`, in the
 * parameter names of its shape, with only the parameters it takes. What it cannot take is left out and
 * said, so the page in hand can be filtered instead.
 */
import { documentBase } from '../address.js';
import type { Capabilities } from './capabilities.js';

/** The visitor's search in the terms an ORUK API knows. */
export interface RemoteAsk {
  query: string;
  /** Taxonomy term ids of the chosen categories (a service with any of them matches). */
  termIds: readonly string[];
  /** The age of the person the activity is for. */
  age?: number;
  /** iCal day codes (`MO`, `TU`…): a service meeting on any of them matches. */
  days: readonly string[];
  /** Sessions within these hours (`HH:MM`): the parts of the day chosen. */
  hours?: { start: string; end: string };
  /** Only services within `withinKm` of this place; `postcode` when the visitor gave one. */
  near?: { postcode?: string; lat: number; lng: number; withinKm: number };
}

/** The parts of a search an API may apply. */
export type RemoteFilter = 'query' | 'categories' | 'age' | 'days' | 'times' | 'distance';

export interface RemoteRequest {
  url: string;
  /** What the API was asked to apply: the rest must be applied to the page in hand. */
  applied: RemoteFilter[];
}

/** Services on one page: enough to fill a few screens of results, small enough to arrive at once. */
export const remotePageSize = 50;

export function remoteRequest(
  servicesUrl: string,
  ask: RemoteAsk,
  capabilities: Capabilities,
  page = 0,
  off: ReadonlySet<RemoteFilter> = new Set(),
): RemoteRequest {
  const url = new URL(servicesUrl, documentBase());
  const takes = (name: string) => capabilities.parameters.has(name);
  const set = (name: string, value: string | number) => url.searchParams.set(name, String(value));
  const applied: RemoteFilter[] = [];
  const query = ask.query.trim();
  const textParameter = capabilities.shape === '3.0' ? 'search' : 'text';
  if (query && takes(textParameter) && !off.has('query')) {
    set(textParameter, query);
    applied.push('query');
  }
  const termParameter = ['taxonomy_term_id', 'taxonomy_id'].find(takes);
  if (ask.termIds.length && termParameter && !off.has('categories')) {
    set(termParameter, ask.termIds.join(','));
    applied.push('categories');
  }
  if (ask.age !== undefined && takes('minimum_age') && takes('maximum_age') && !off.has('age')) {
    set('minimum_age', ask.age);
    set('maximum_age', ask.age);
    applied.push('age');
  }
  if (ask.days.length && takes('day') && !off.has('days')) {
    set('day', ask.days.join(','));
    applied.push('days');
  }
  if (ask.hours && takes('start_time') && takes('end_time') && !off.has('times')) {
    set('start_time', ask.hours.start);
    set('end_time', ask.hours.end);
    applied.push('times');
  }
  const near = ask.near;
  if (near && takes('proximity') && !off.has('distance')) {
    const metres = Math.round(near.withinKm * 1000);
    if (near.postcode && takes('postcode')) {
      set('postcode', near.postcode);
      set('proximity', metres);
      applied.push('distance');
    } else if (takes('lat') && takes('lng')) {
      set('lat', near.lat);
      set('lng', near.lng);
      set('proximity', metres);
      applied.push('distance');
    }
  }
  if (takes('per_page')) set('per_page', remotePageSize);
  if (page > 0) set('page', page + capabilities.firstPage);
  return { url: url.href, applied };
}

/** The address of a directory's first page: its `/services` with the page size Linkwork asks for. */
export function firstRemoteUrl(servicesUrl: string): string {
  const url = new URL(servicesUrl, documentBase());
  url.searchParams.set('per_page', String(remotePageSize));
  return url.href;
}

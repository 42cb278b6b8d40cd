import type { LatLng } from './distance.js';
import { parsePostcode } from './postcode.js';

/** Where a postcode is. */
export interface GeocodedPlace extends LatLng {
  /** The postcode as the service knows it, e.g. `SW1A 1AA`. */
  label: string;
}

/**
 * Turns a UK postcode into a place. Resolves `undefined` for a postcode the service does not know,
 * and rejects with a {@link GeocoderError} when the service itself fails.
 */
export type Geocoder = (postcode: string, options?: { signal?: AbortSignal }) => Promise<GeocodedPlace | undefined>;

/** The postcode service failed or did not answer in time; the visitor can try again later. */
export class GeocoderError extends Error {
  override readonly name = 'GeocoderError';
}

interface PostcodesIoAnswer {
  result?: { latitude?: number | null; longitude?: number | null; postcode?: string; outcode?: string };
}

/**
 * The default geocoder: the free postcodes.io service (or any service with its API at `baseUrl`).
 * Looks up a full postcode first and, when that is unknown (a new or retired postcode), its outward code.
 */
export function postcodesIo(baseUrl = 'https://api.postcodes.io', timeoutMs = 8000): Geocoder {
  const base = baseUrl.replace(/\/$/, '');
  return async (text, { signal } = {}) => {
    const postcode = parsePostcode(text);
    if (!postcode) return undefined;
    const lookups = postcode.full
      ? [`postcodes/${postcode.postcode}`, `outcodes/${postcode.outward}`]
      : [`outcodes/${postcode.outward}`];
    for (const path of lookups) {
      const answer = await lookUp(`${base}/${encodeURI(path)}`, timeoutMs, signal);
      const found = answer?.result;
      if (typeof found?.latitude === 'number' && typeof found.longitude === 'number') {
        return {
          lat: found.latitude,
          lng: found.longitude,
          label: found.postcode ?? found.outcode ?? postcode.postcode,
        };
      }
    }
    return undefined;
  };
}

async function lookUp(
  url: string,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<PostcodesIoAnswer | undefined> {
  const timeout = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, {
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      headers: { accept: 'application/json' },
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new GeocoderError(
      timeout.aborted
        ? `The postcode service did not answer within ${timeoutMs / 1000} s.`
        : 'The postcode service could not be reached.',
    );
  }
  if (response.status === 404) return undefined;
  if (!response.ok) throw new GeocoderError(`The postcode service answered ${response.status}.`);
  try {
    return (await response.json()) as PostcodesIoAnswer;
  } catch {
    throw new GeocoderError('The postcode service answered with something other than JSON.');
  }
}

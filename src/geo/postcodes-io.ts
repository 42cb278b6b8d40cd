/** The postcodes.io lookups behind the default geocoder, `postcodesIo` in geocoder.ts (loaded on first use). */
import { GeocoderError, type GeocodedPlace } from './geocoder.js';
import { parsePostcode } from './postcode.js';

interface PostcodesIoAnswer {
  result?: { latitude?: number | null; longitude?: number | null; postcode?: string; outcode?: string };
}

/** What `postcodesIo(baseUrl, timeoutMs)` answers for `text` (geocoder.ts). */
export async function askPostcodesIo(
  baseUrl: string,
  timeoutMs: number,
  text: string,
  { signal }: { signal?: AbortSignal } = {},
): Promise<GeocodedPlace | undefined> {
  const base = baseUrl.replace(/\/$/, '');
  const postcode = parsePostcode(text);
  if (!postcode) return undefined;
  const lookups = postcode.full
    ? [`postcodes/${postcode.postcode}`, `outcodes/${postcode.outward}`]
    : [`outcodes/${postcode.outward}`];
  for (const path of lookups) {
    const answer = await lookUp(`${base}/${encodeURI(path)}`, timeoutMs, signal);
    const found = answer?.result;
    if (typeof found?.latitude === 'number' && typeof found.longitude === 'number') {
      return { lat: found.latitude, lng: found.longitude, label: found.postcode ?? found.outcode ?? postcode.postcode };
    }
  }
  return undefined;
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

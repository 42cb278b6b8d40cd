/**
 * What an Open Referral UK API can search by: told from the shape of its first page and, when it has one,
 * from the openapi document its `/` answer points at. Without a document, each shape is taken to accept the
 * parameters its specification gives `/services`; a filter the API is later seen to ignore is turned off
 * for the rest of the visit (see `store/remote-search.ts`).
 */
import { record, text } from '../adapters/read.js';
import { documentBase } from '../address.js';

export type OpenReferralShape = '3.0' | 'older';

/** The parameters Linkwork can send, by the name each shape gives them. */
export interface Capabilities {
  shape: OpenReferralShape;
  /** The parameter names the API takes (`search`, `taxonomy_term_id`, `postcode`…). */
  parameters: ReadonlySet<string>;
  /** Where the parameters came from: the API's openapi document, or the shape's specification. */
  from: 'openapi' | 'shape';
  /** Pages counted from 0 (the older, Spring-style shape) or 1. */
  firstPage: 0 | 1;
}

/** What each shape's specification puts on `/services` (the ORUK 3.0 profile; the older ORUK API). */
export const shapeParameters: Readonly<Record<OpenReferralShape, readonly string[]>> = {
  '3.0': ['search', 'page', 'per_page', 'taxonomy_term_id', 'taxonomy_id', 'postcode', 'proximity'],
  older: ['text', 'page', 'per_page', 'taxonomy_id', 'postcode', 'proximity'],
};

export function shapeCapabilities(shape: OpenReferralShape, firstPage: 0 | 1): Capabilities {
  return { shape, parameters: new Set(shapeParameters[shape]), from: 'shape', firstPage };
}

/** The query parameters of `GET /services` in an openapi document (`$ref`s to its components followed). */
export function openApiParameters(json: unknown): string[] | undefined {
  const document = record(json);
  const services = record(record(record(document?.paths)?.['/services'])?.get);
  if (!services || !Array.isArray(services.parameters)) return undefined;
  const components = record(record(document?.components)?.parameters) ?? {};
  return services.parameters.flatMap((entry) => {
    let parameter = record(entry);
    const ref = text(parameter?.$ref);
    if (ref?.startsWith('#/components/parameters/')) parameter = record(components[ref.split('/').pop()!]);
    const name = text(parameter?.name);
    return name && text(parameter?.in) !== 'path' ? [name] : [];
  });
}

/** The address of an API's `/` endpoint, from the address of its `/services`; undefined when it is not one. */
export function rootUrl(servicesUrl: string): string | undefined {
  const url = new URL(servicesUrl, documentBase());
  if (!/\/services\/?$/.test(url.pathname)) return undefined;
  url.pathname = url.pathname.replace(/services\/?$/, '');
  url.search = '';
  return url.href;
}

/**
 * A large Open Referral UK directory searched where it lives: each search is one request for one page,
 * answered through the same adapter and validation as a feed read whole. Pages are kept per address for
 * the visit, so going back to an earlier search costs nothing.
 */
import { adapters as english } from '../../i18n/en/adapters.js';
import { builtInLabels, CategoryMapper, type CategoryMap, type CategoryNames } from '../adapters/categories.js';
import { emptyConversion } from '../adapters/conversion.js';
import { convertServices, readOpenReferralPage, type OpenReferralPage } from '../adapters/openreferral.js';
import { either, record, records, text } from '../adapters/read.js';
import { documentBase } from '../address.js';
import { FeedError } from '../errors.js';
import { fetchFeed, type LoadOptions } from '../load.js';
import type { Problem } from '../parse.js';
import type { Activity, Category } from '../schema.js';
import { validate } from '../validate.js';
import { openApiParameters, rootUrl, shapeCapabilities, type Capabilities } from './capabilities.js';
import { remotePageSize, remoteRequest, type RemoteAsk, type RemoteFilter } from './request.js';

export interface DirectoryOptions extends Omit<LoadOptions, 'signal' | 'cache' | 'parse'> {
  categoryMap?: CategoryMap;
  /** Categories the page already has (from a Linkwork feed beside the directory). */
  known?: readonly Category[];
  /** A catalogue naming the built-in categories, in the visitor's language (English when absent). */
  categoryNames?: CategoryNames;
}

/** One page of a search, converted and validated. */
export interface RemotePage {
  activities: Activity[];
  categories: Category[];
  /** For each Linkwork category id on the page, the API's taxonomy term ids that became it. */
  terms: ReadonlyMap<string, readonly string[]>;
  /** How many services the API holds for the search, when it says. */
  total?: number;
  /** Another page follows. */
  more: boolean;
  /** Services the API sent on this page (activities are those that passed validation). */
  read: number;
  /** What the API was asked to apply. */
  applied: RemoteFilter[];
  problems: Problem[];
  /** The bytes the page took. */
  bytes: number;
  url: string;
}

/** The taxonomy terms a service is filed under: `[id, label]` (3.0 `attributes`, older `service_taxonomys`). */
function termsOf(service: unknown): [string, string][] {
  const raw = record(service);
  const terms = [
    ...records(raw?.attributes).map((attribute) => record(attribute.taxonomy_term)),
    ...records(raw?.service_taxonomys).map((link) => record(link.taxonomy)),
  ];
  return terms.flatMap((term) => {
    const id = text(term?.id);
    const label = term && text(either(term, 'term', 'name'));
    return id && label ? [[id, label] as [string, string]] : [];
  });
}

export class RemoteDirectory {
  #capabilities: Capabilities;
  readonly #pages = new Map<string, Promise<RemotePage>>();
  #discovery?: Promise<void>;
  /** The directory's taxonomy terms (`/taxonomy_terms`), when its openapi document names them: `[id, label]`. */
  #taxonomy: Promise<[string, string][]> = Promise.resolve([]);

  constructor(
    /** The address of the directory's `/services`, as the page gave it. */
    readonly url: string,
    first: OpenReferralPage,
    firstJson: { url: string; bytes: number; applied?: RemoteFilter[] },
    private readonly options: DirectoryOptions,
  ) {
    this.#capabilities = shapeCapabilities(first.shape, first.pageNumber === 0 ? 0 : 1);
    this.firstPage = this.#convert(first, 0, firstJson.url, firstJson.bytes, []);
    this.#pages.set(firstJson.url, Promise.resolve(this.firstPage));
  }

  /** The answer to the empty search: the page read on load. */
  readonly firstPage: RemotePage;

  get capabilities(): Capabilities {
    return this.#capabilities;
  }

  /**
   * Every category the directory files services under, with the taxonomy term ids that became each, when
   * its openapi document names `/taxonomy_terms` (asked for by {@link discover}); else none.
   */
  async categories(): Promise<{ categories: Category[]; terms: ReadonlyMap<string, readonly string[]> }> {
    const mapper = this.#mapper();
    const terms = new Map<string, string[]>();
    for (const [id, label] of await this.#taxonomy)
      for (const category of mapper.idsFor([label])) terms.set(category, [...(terms.get(category) ?? []), id]);
    return { categories: mapper.categories, terms };
  }

  /**
   * Reads the API's `/` answer and the openapi document it points at (ORUK 3.0), once, for the parameters
   * `/services` takes. Anything missing or unreadable leaves the shape's parameters in place.
   */
  discover(signal?: AbortSignal): Promise<void> {
    this.#discovery ??= this.#discover(signal);
    return this.#discovery;
  }

  async #discover(signal?: AbortSignal): Promise<void> {
    const root = this.#capabilities.shape === '3.0' ? rootUrl(this.url) : undefined;
    if (!root) return;
    const options = { ...this.options, signal, retries: 0 };
    try {
      const about = record((await fetchFeed(root, options)).json);
      const openapiUrl = text(about?.openapi_url);
      if (!openapiUrl) return;
      const openapi = (await fetchFeed(new URL(openapiUrl, root).href, options)).json;
      const parameters = openApiParameters(openapi);
      if (parameters?.length)
        this.#capabilities = { ...this.#capabilities, parameters: new Set(parameters), from: 'openapi' };
      // Read beside the first search, which needs only the parameters.
      if (record(record(record(openapi)?.paths)?.['/taxonomy_terms'])?.get)
        this.#taxonomy = this.#readTaxonomy(new URL('taxonomy_terms', root), options);
    } catch {
      // No document, or not one we can read: the shape's parameters stand.
    }
  }

  /** The first page of `/taxonomy_terms` (up to 1,000 terms: more than any directory's top levels). */
  async #readTaxonomy(url: URL, options: LoadOptions): Promise<[string, string][]> {
    url.searchParams.set('per_page', '1000');
    try {
      const page = readOpenReferralPage((await fetchFeed(url.href, options)).json);
      return (page?.services ?? []).flatMap((term) => {
        const raw = record(term);
        const id = text(raw?.id);
        const label = raw && text(either(raw, 'name', 'term'));
        return id && label ? [[id, label] as [string, string]] : [];
      });
    } catch {
      // Categories are then learnt from the pages seen.
      return [];
    }
  }

  /**
   * One service by its id (`/services/{id}`), through the same adapter and validation as a page: `null` when
   * the directory no longer lists it (HTTP 404 or 410) or what it sends cannot be shown. Other failures throw.
   */
  async service(
    id: string,
    signal?: AbortSignal,
  ): Promise<{ activity: Activity | null; problems: Problem[]; url: string }> {
    const url = new URL(this.url, documentBase());
    url.pathname = `${url.pathname.replace(/\/$/, '')}/${encodeURIComponent(id)}`;
    url.search = '';
    let json: unknown;
    try {
      ({ json } = await fetchFeed(url.href, { ...this.options, signal, retries: 0 }));
    } catch (error) {
      if (error instanceof FeedError && error.kind === 'http' && (error.status === 404 || error.status === 410))
        return { activity: null, problems: [], url: url.href };
      throw error;
    }
    const page = this.#convert({ shape: this.#capabilities.shape, services: [json], last: true }, 0, url.href, 0, []);
    const activity = page.activities.find((activity) => activity.id === id) ?? null;
    return { activity, problems: page.problems, url: url.href };
  }

  /** Page `index` (from 0) of the answer to `ask`, leaving out the filters in `off`. */
  page(ask: RemoteAsk, index: number, off: ReadonlySet<RemoteFilter>, signal?: AbortSignal): Promise<RemotePage> {
    const { url, applied } = remoteRequest(this.url, ask, this.#capabilities, index, off);
    let page = this.#pages.get(url);
    if (!page) {
      page = this.#read(url, index, applied, signal);
      this.#pages.set(url, page);
      // A failed or abandoned page is asked for afresh next time.
      page.catch(() => this.#pages.get(url) === page && this.#pages.delete(url));
    }
    return page;
  }

  async #read(url: string, index: number, applied: RemoteFilter[], signal?: AbortSignal): Promise<RemotePage> {
    const { json, body } = await fetchFeed(url, { ...this.options, signal, retries: 0 });
    const page = readOpenReferralPage(json);
    if (!page)
      throw new FeedError('invalid', `${url} did not answer with a page of Open Referral UK services.`, undefined, {
        url,
        summary: 'not a page of services',
      });
    return this.#convert(page, index, url, body.byteLength, applied);
  }

  #mapper(): CategoryMapper {
    return new CategoryMapper({
      map: this.options.categoryMap,
      known: this.options.known,
      labels: builtInLabels(this.options.categoryNames ?? english),
    });
  }

  #convert(page: OpenReferralPage, index: number, url: string, bytes: number, applied: RemoteFilter[]): RemotePage {
    const categories = this.#mapper();
    const conversion = emptyConversion();
    convertServices(page.services, index * remotePageSize, categories, conversion);
    const { feed, problems } = validate(conversion, categories.categories);
    const terms = new Map<string, string[]>();
    const labels = this.#mapper();
    for (const [id, label] of page.services.flatMap(termsOf))
      for (const category of labels.idsFor([label])) {
        const known = terms.get(category) ?? [];
        if (!known.includes(id)) terms.set(category, [...known, id]);
      }
    const numbered = page.pageNumber ?? index + this.#capabilities.firstPage;
    const more =
      !page.last &&
      page.services.length > 0 &&
      (page.totalPages === undefined || numbered - this.#capabilities.firstPage + 1 < page.totalPages);
    return {
      activities: feed.activities,
      categories: feed.categories,
      terms,
      total: page.totalItems,
      more,
      read: page.services.length,
      applied,
      problems: problems.map((problem) => ({ ...problem, source: this.url })),
      bytes,
      url,
    };
  }
}

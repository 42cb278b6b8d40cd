/**
 * Reads the pages after the first, one after another, with the loader's timeout and retry rules
 * (`fetchJson`). A page that fails ends the reading: what was read is kept, and the failure is
 * returned so the widgets and the command line can say the list is incomplete.
 */
import { documentBase } from '../address.js';
import { FeedError } from '../errors.js';
import { fetchJson, type LoadOptions } from '../load.js';
import { readRpdePage, type RpdePage } from './openactive.js';
import { readOpenReferralPage, type OpenReferralPage } from './openreferral.js';

export interface PagingOptions extends LoadOptions {
  /** Stop after this many pages (the first included). */
  maxPages?: number;
  /** Told after each page is read. */
  onPage?: (progress: PageProgress) => void;
}

export interface PageProgress {
  url: string;
  /** Pages read so far from this source. */
  pages: number;
  /** How many pages the source says it has, when it says. */
  totalPages?: number;
}

/** Why reading stopped before the last page. */
export interface PagingStop {
  /** The page (from 1) that could not be read, or the first page left unread at the limit. */
  page: number;
  /** Set when the page failed; absent when the page limit was reached. */
  error?: FeedError;
}

export interface Paged<Page> {
  pages: Page[];
  stop?: PagingStop;
  /** Worth a publisher's attention, though reading went on: a `next` link to another site. */
  warnings: string[];
}

export const defaultMaxPages = 50;

/** `{page}` in a URL is replaced by the page number (for APIs served as static files); otherwise `?page=` is set. */
export function openReferralPageUrl(url: string, page: number): string {
  if (url.includes('{page}')) return url.replaceAll('{page}', String(page));
  const address = new URL(url, documentBase());
  address.searchParams.set('page', String(page));
  return address.href;
}

export async function readOpenReferralPages(
  url: string,
  first: OpenReferralPage,
  options: PagingOptions,
): Promise<Paged<OpenReferralPage>> {
  const pages = [first];
  const warnings: string[] = [];
  const countsFrom = first.pageNumber === 0 ? 0 : 1;
  let page = first;
  let number = first.pageNumber ?? countsFrom;
  options.onPage?.({ url, pages: 1, totalPages: first.totalPages });
  const more = () =>
    !page.last &&
    (page.totalPages === undefined ? page.services.length > 0 : number - countsFrom + 1 < page.totalPages);
  while (more()) {
    if (pages.length >= (options.maxPages ?? defaultMaxPages))
      return { pages, stop: { page: pages.length + 1 }, warnings };
    let address: string;
    try {
      address = openReferralPageUrl(url, number + 1);
    } catch {
      const error = new FeedError('invalid', `the address of page ${number + 1} of ${url} is not a valid URL.`);
      return { pages, stop: { page: pages.length + 1, error }, warnings };
    }
    const next = await readPage(address, pages.length + 1, options, readOpenReferralPage, 'an Open Referral UK page');
    if ('error' in next) return { pages, stop: next, warnings };
    if (next.pageNumber !== undefined && next.pageNumber !== number + 1) {
      return {
        pages,
        stop: {
          page: pages.length + 1,
          error: new FeedError(
            'invalid',
            `${address} answered with page ${next.pageNumber} instead of page ${number + 1}.`,
          ),
        },
        warnings,
      };
    }
    pages.push((page = next));
    number++;
    options.onPage?.({ url, pages: pages.length, totalPages: page.totalPages });
  }
  return { pages, warnings };
}

/** A URL, or undefined when the URL parser refuses it (`http://[`). */
function parsed(url: string, base?: string): URL | undefined {
  try {
    return new URL(url, base);
  } catch {
    return undefined;
  }
}

export async function readRpdePages(url: string, first: RpdePage, options: PagingOptions): Promise<Paged<RpdePage>> {
  const pages = [first];
  const warnings: string[] = [];
  const origin = parsed(url, documentBase())?.origin;
  let address = parsed(url, documentBase())?.href ?? url;
  let page = first;
  options.onPage?.({ url, pages: 1 });
  while (page.items.length && page.next) {
    const link = parsed(page.next, address);
    if (!link || !/^https?:$/.test(link.protocol)) {
      const error = new FeedError(
        'invalid',
        `page ${pages.length} of ${url} gives a "next" link that is not a web address (${JSON.stringify(page.next)}).`,
      );
      return { pages, stop: { page: pages.length + 1, error }, warnings };
    }
    const next = link.href;
    if (next === address) break;
    if (link.origin !== origin && !warnings.some((warning) => warning.includes(link.origin)))
      warnings.push(`the "next" link of page ${pages.length} leads to another site, ${link.origin}; it was followed.`);
    if (pages.length >= (options.maxPages ?? defaultMaxPages))
      return { pages, stop: { page: pages.length + 1 }, warnings };
    const read = await readPage(next, pages.length + 1, options, readRpdePage, 'an RPDE page');
    if ('error' in read) return { pages, stop: read, warnings };
    pages.push((page = read));
    address = next;
    options.onPage?.({ url, pages: pages.length });
  }
  return { pages, warnings };
}

async function readPage<Page>(
  url: string,
  number: number,
  options: PagingOptions,
  read: (json: unknown) => Page | undefined,
  what: string,
): Promise<Page | Required<PagingStop>> {
  try {
    const page = read(await fetchJson(url, options));
    return page ?? { page: number, error: new FeedError('invalid', `${url} is not ${what}.`) };
  } catch (error) {
    if (!(error instanceof FeedError)) throw error; // aborted: the caller is gone
    return { page: number, error };
  }
}

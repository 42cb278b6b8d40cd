// Paged APIs in the foreign formats, built from tests/fixtures/adapters/*.json, for the adapter tests
// (browser tests through this middleware; the command-line test through `answer` in a node http server):
//   /adapters/oruk3/services?page=N&per_page=K          ORUK 3.0 envelope, pages from 1 (3 a page)
//   /adapters/oruk3-fails-page-3/services?page=N        the same, but page 3 always answers 500
//   /adapters/oruk-older/services?page=N                older ORUK envelope, pages from 0 (2 a page)
//   /adapters/openactive/feed?afterTimestamp=&afterId=  RPDE, 3 items a page, `next` until an empty page
//   /adapters/openactive-fails-page-3/feed              the same, but the third page answers 503
//   /adapters/unknown                                   JSON in no format Linkwork reads
// Real publishers' shapes (tests/fixtures/adapters/oruk-council-services.json, oruk-3.0-full.json,
// openactive-series.json, openactive-sessions.json):
//   /adapters/council/services?page=N                   a council's older ORUK list, pages from 0 (3 a page)
//   /adapters/council/bare                              the same services as a bare list
//   /adapters/oruk3-full/services                       one ORUK 3.0 service in full (latitude 100)
//   /adapters/leisure/series, /adapters/leisure/sessions  SessionSeries and ScheduledSession as two RPDE feeds
//   /adapters/leisure/bad-next                          an RPDE page whose `next` the URL parser refuses
//   /adapters/leisure/elsewhere?port=N                  an RPDE page whose `next` leads to localhost:N (another origin)
//   /adapters/spring-page                               a Spring `content` + `totalElements` page of non-services
import { readFileSync } from 'node:fs';

const fixture = (name) => JSON.parse(readFileSync(new URL(`../fixtures/adapters/${name}`, import.meta.url), 'utf8'));

function oruk3(url, failPage) {
  const all = fixture('oruk-3.0-services.json');
  const size = Number(url.searchParams.get('per_page') ?? 3);
  const page = Number(url.searchParams.get('page') ?? 1);
  if (page === failPage) return { status: 500, body: 'Internal Server Error' };
  const pages = Math.ceil(all.length / size);
  const contents = all.slice((page - 1) * size, page * size);
  return {
    status: 200,
    body: {
      total_items: all.length,
      total_pages: pages,
      page_number: page,
      size,
      first_page: page === 1,
      last_page: page >= pages,
      empty: contents.length === 0,
      contents,
    },
  };
}

function orukOlder(url, all = fixture('oruk-older-services.json'), size = 2) {
  const page = Number(url.searchParams.get('page') ?? 0);
  const pages = Math.ceil(all.length / size);
  const content = all.slice(page * size, (page + 1) * size);
  return {
    status: 200,
    body: {
      totalElements: all.length,
      totalPages: pages,
      number: page,
      size,
      first: page === 0,
      last: page >= pages - 1,
      content,
    },
  };
}

function rpde(url, failPage, items = fixture('openactive-items.json'), size = 3) {
  const afterId = url.searchParams.get('afterId');
  const start = afterId
    ? items.findIndex(
        (item) => item.id === afterId && String(item.modified) === url.searchParams.get('afterTimestamp'),
      ) + 1
    : 0;
  if (Math.floor(start / size) + 1 === failPage) return { status: 503, body: 'Service Unavailable' };
  const page = items.slice(start, start + size);
  const last = page.at(-1);
  const next = last
    ? `${url.pathname}?afterTimestamp=${last.modified}&afterId=${encodeURIComponent(last.id)}`
    : `${url.pathname}${url.search}`;
  return { status: 200, body: { next, items: page, license: 'https://creativecommons.org/licenses/by/4.0/' } };
}

/** The answer to one request, or undefined when the path is not ours. */
export function answer(requestUrl) {
  const url = new URL(requestUrl, 'http://test');
  switch (url.pathname) {
    case '/adapters/oruk3/services':
      return oruk3(url);
    case '/adapters/oruk3-fails-page-3/services':
      return oruk3(url, 3);
    case '/adapters/oruk-older/services':
      return orukOlder(url);
    case '/adapters/openactive/feed':
      return rpde(url);
    case '/adapters/openactive-fails-page-3/feed':
      return rpde(url, 3);
    case '/adapters/unknown':
      return { status: 200, body: { data: [], meta: { count: 0 } } };
    case '/adapters/council/services':
      return orukOlder(url, fixture('oruk-council-services.json'), 3);
    case '/adapters/council/bare':
      return { status: 200, body: fixture('oruk-council-services.json') };
    case '/adapters/oruk3-full/services':
      return { status: 200, body: fixture('oruk-3.0-full.json') };
    case '/adapters/leisure/series':
      return rpde(url, undefined, fixture('openactive-series.json'), 3);
    case '/adapters/leisure/sessions':
      return rpde(url, undefined, fixture('openactive-sessions.json'), 2);
    case '/adapters/leisure/bad-next':
      return {
        status: 200,
        body: { next: 'http://[', items: fixture('openactive-series.json').slice(0, 2) },
      };
    case '/adapters/leisure/elsewhere':
      return {
        status: 200,
        body: {
          next: `http://localhost:${url.searchParams.get('port')}/adapters/leisure/sessions`,
          items: fixture('openactive-series.json').slice(0, 1),
        },
      };
    case '/adapters/spring-page':
      return {
        status: 200,
        body: { content: [{ id: 1, name: 'Invoice 1', total: 3 }], totalElements: 1, totalPages: 1, number: 0 },
      };
    default:
      return undefined;
  }
}

export default async function adapters(ctx, next) {
  const result = answer(ctx.url);
  if (!result) return next();
  ctx.status = result.status;
  if (typeof result.body === 'string') ctx.body = result.body;
  else {
    ctx.type = 'json';
    ctx.body = JSON.stringify(result.body);
  }
}

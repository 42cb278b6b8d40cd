/**
 * Remote mode (issue 16) against the 50,000-service test API (tests/server/oruk-api.mjs, served by the bench's
 * feed server on loopback, gzipped, another origin): time to first results and bytes transferred when the
 * directory is searched where it lives, against today's full read of every page; then, in remote mode, the time
 * from a settled query to its results on screen, with the server's own time (its `Server-Timing`) apart.
 */
import type { BenchReport } from './harness/report.js';

declare global {
  interface Window {
    __lwBenchMachine(): Promise<{ loadAverage: number[]; feedOrigin: string }>;
  }
}

type Search = HTMLElement & { shadowRoot: ShadowRoot };
type Feed = HTMLElement & { store: { setQuery(query: string): void; state: { feed: unknown } } };

const count = (search: Search) => search.shadowRoot.querySelector('[part="count"]')?.textContent ?? '';
const load = async () => (await window.__lwBenchMachine()).loadAverage[0]!.toFixed(1);

async function until(condition: () => boolean, what: string, timeoutMs = 300_000): Promise<number> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return performance.now();
}

/** The API's entries since the last clear (its /services, or the rest): bytes on the wire, and the server's own time. */
function apiEntries(services = true) {
  const entries = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
    (entry) => entry.name.includes('/oruk-api/') && entry.name.includes('/services') === services,
  );
  return {
    requests: entries.length,
    bytes: entries.reduce((sum, entry) => sum + entry.transferSize, 0),
    serverMs: entries.reduce((sum, entry) => sum + (entry.serverTiming[0]?.duration ?? 0), 0),
  };
}

async function visit(src: string, remote: boolean) {
  const feed = document.createElement('lw-feed') as Feed;
  feed.setAttribute('src', src);
  feed.setAttribute('format', 'openreferral');
  feed.setAttribute('no-cache', '');
  feed.setAttribute('timeout', '300');
  feed.setAttribute('max-pages', '100');
  feed.setAttribute('max-bytes', '500000000');
  if (remote) feed.setAttribute('search', 'remote');
  const search = document.createElement('lw-activity-search') as Search;
  feed.append(search);
  performance.clearResourceTimings();
  const start = performance.now();
  document.body.append(feed);
  await customElements.whenDefined('lw-activity-search');
  const shown = await until(() => /match/.test(count(search)), 'the first results');
  // Resource timings are added a moment after the response ends.
  await new Promise((resolve) => setTimeout(resolve, 200));
  // Remote mode reads the API's `/`, openapi document and taxonomy terms beside the first results: counted apart.
  if (remote) await until(() => apiEntries(false).requests >= 3, 'the openapi document and taxonomy terms', 30_000);
  const documents = apiEntries(false);
  return { feed, search, firstResults: shown - start, ...apiEntries(), documents };
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.ceil(values.length * p) - 1]!;
const queries = ['walking', 'choir', 'garden', 'craft', 'cookery', 'book', 'yoga', 'leeds', 'bristol', 'norwich'];

export default async function (report: BenchReport) {
  const { feedOrigin } = await window.__lwBenchMachine();
  document.head.append(
    Object.assign(document.createElement('script'), { type: 'module', src: '/dist/cdn/linkwork.js' }),
  );
  performance.setResourceTimingBufferSize(2000);
  const api = (session: string, perPage = '') => `${feedOrigin}/oruk-api/${session}/3.0/services${perPage}`;
  // Warm up: the script's chunks and the server's generated services.
  (await visit(api('warm'), true)).feed.remove();

  const full = await visit(api('full', '?per_page=1000'), false);
  full.feed.remove();
  const remote = await visit(api('remote'), true);
  report.table(
    'First results from a 50,000-service ORUK API (loopback, gzip)',
    ['mode', 'requests', 'bytes transferred', 'time to first results', 'load average'],
    [
      [
        'full read (today: every page, 1,000 a page)',
        full.requests,
        full.bytes.toLocaleString('en-GB'),
        report.ms(full.firstResults),
        await load(),
      ],
      [
        'search="remote" (one page of 50)',
        remote.requests,
        remote.bytes.toLocaleString('en-GB'),
        report.ms(remote.firstResults),
        await load(),
      ],
    ],
  );

  // Settled queries in remote mode: each a new request (none cached), timed to its count on screen.
  const totals: number[] = [];
  const servers: number[] = [];
  const rounds = [...queries, ...queries.map((query) => `${query} 1`), ...queries.map((query) => `${query} 2`)];
  for (const query of rounds) {
    const before = remote.feed.store.state.feed;
    performance.clearResourceTimings();
    const asked = performance.now();
    remote.feed.store.setQuery(query);
    // The answer is in the store and its count on screen.
    await until(
      () => remote.feed.store.state.feed !== before && /match/.test(count(remote.search)),
      `results for ${query}`,
    );
    totals.push(performance.now() - asked);
    await new Promise((resolve) => setTimeout(resolve, 200));
    servers.push(apiEntries().serverMs);
  }
  remote.feed.remove();
  report.table(
    `A settled query to its results on screen, remote mode (${totals.length} queries, none cached)`,
    ['', 'median', 'p95', 'load average'],
    [
      [
        'settled query → count on screen',
        report.ms(percentile(totals, 0.5)),
        report.ms(percentile(totals, 0.95)),
        await load(),
      ],
      ['of which the server’s own time', report.ms(percentile(servers, 0.5)), report.ms(percentile(servers, 0.95)), ''],
      ['of which the pause before asking (remotePauseMs)', report.ms(150), report.ms(150), ''],
    ],
  );
  report.note(
    `Requests and bytes are those of /services; remote mode also reads the API's \`/\`, its openapi document and its /taxonomy_terms once, beside the first page (${remote.documents.requests} requests, ${remote.documents.bytes.toLocaleString('en-GB')} bytes). ` +
      'Bytes are as transferred (gzip). The full read is what `<lw-feed format="openreferral">` does today; remote mode reads one page on load and one per settled search. The pause before asking is deliberate (it folds quick changes into one request); typing adds its own 250 ms pause before a query settles, not counted here.',
  );
}

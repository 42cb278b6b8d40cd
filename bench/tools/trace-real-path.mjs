#!/usr/bin/env node
// Names the long tasks of the real path (issue 14): a Chromium performance trace of `<lw-feed src>` with
// `<lw-activity-search>` loading a generated feed from another origin (gzipped), from adding the feed until its
// first results show and the copy is kept; then a second visit while the server answers 404 (the kept copy shown).
// Every main-thread task over the threshold is listed with where its time went, by the source-mapped function
// (dist/cdn's maps) that ran it: self time of the innermost frame in src/ (or the library frame under it), and
// the browser's own work in it (GC, style, layout).
//   npm run build && node bench/tools/trace-real-path.mjs [activities=10000] [cpu rate=1] [threshold ms=50]
// TRACE_OUT=<dir> also keeps the raw traces (open them in Chromium's Performance panel).
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { startFeedServer } from '../harness/feed-server.mjs';
import { serve } from '../harness/server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const workDir = `${root}/.tmp/trace`;
const [activities = 10_000, rate = 1, threshold = 50] = process.argv.slice(2).map(Number);
const out = process.env.TRACE_OUT;
const load = () => loadavg()[0].toFixed(1);
mkdirSync(workDir, { recursive: true });

await build({
  entryPoints: [`${root}/bench/generate-feed.ts`],
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: `${workDir}/generate-feed.mjs`,
  logLevel: 'warning',
});
const { generateFeed } = await import(`${workDir}/generate-feed.mjs`);
writeFileSync(
  `${workDir}/page.html`,
  '<!doctype html><html lang="en"><meta charset="utf-8"><title>trace</title><link rel="icon" href="data:,"><body><script type="module" src="/dist/cdn/linkwork.js"></script></body></html>',
);

const server = await serve(root, { visitor: true });
const feeds = await startFeedServer();
const put = async (name, feed) => {
  await fetch(`${feeds.origin}/feeds/${name}`, { method: 'PUT', body: JSON.stringify(feed) });
  return `${feeds.origin}/feeds/${name}`;
};
const warmUrl = await put('warm.json', generateFeed({ activities: 50 }));
const url = await put(`${activities}.json`, generateFeed({ activities }));

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  protocolTimeout: 0,
  userDataDir: `${workDir}/profile-${process.pid}`,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--no-first-run',
  ],
});
const categories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.gc',
  'blink.user_timing',
];

/** Adds the feed and the search, resolves once the count says how many match (and the copy is kept, on a fresh visit). */
const visit = (page, src, keep) =>
  page.evaluate(
    async (src, keep) => {
      const feed = document.createElement('lw-feed');
      feed.setAttribute('src', src);
      feed.setAttribute('timeout', '300');
      feed.setAttribute('max-bytes', '200000000');
      const search = document.createElement('lw-activity-search');
      feed.append(search);
      const started = performance.now();
      document.body.append(feed);
      const count = () => search.shadowRoot?.querySelector('[part="count"]')?.textContent ?? '';
      while (!/match/.test(count())) await new Promise((resolve) => setTimeout(resolve, 10));
      const shown = performance.now() - started;
      const cached = async () => Boolean(await (await caches.open('linkwork-feeds')).match(src.split('?')[0]));
      if (keep) while (!(await cached())) await new Promise((resolve) => setTimeout(resolve, 10));
      await new Promise((resolve) => setTimeout(resolve, 200));
      feed.remove();
      return { shown, count: count() };
    },
    src,
    keep,
  );

const maps = new Map();
function mapFrame({ url: script = '', lineNumber = 0, columnNumber = 0, functionName = '' }) {
  const file = script.match(/\/dist\/cdn\/(.+\.js)$/)?.[1];
  if (!file || !existsSync(`${root}/dist/cdn/${file}.map`)) return { where: script ? functionName : '', ours: false };
  if (!maps.has(file)) maps.set(file, new TraceMap(readFileSync(`${root}/dist/cdn/${file}.map`, 'utf8')));
  const position = originalPositionFor(maps.get(file), { line: lineNumber + 1, column: Math.max(0, columnNumber) });
  if (!position.source) return { where: `${file} ${functionName}`, ours: false };
  const source = position.source.replace(/^(\.\.\/)+/, '');
  const library = source.includes('node_modules/');
  const short = library ? source.replace(/.*node_modules\//, '') : source;
  let name = position.name ?? functionName;
  if (!library && existsSync(`${root}/${source}`)) {
    const text = readFileSync(`${root}/${source}`, 'utf8').split('\n')[position.line - 1] ?? '';
    name =
      text.slice(position.column).match(/^(?:async\s+)?(?:function\*?\s*|get\s+|set\s+|static\s+)?([#\w$]+)/)?.[1] ??
      name;
  }
  return { where: `${short}:${position.line} ${name || '(anonymous)'}`, ours: !library };
}

/** Every main-thread task over the threshold, with where its time went. */
function longTasks(events) {
  const main = events.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      events.some(
        (t) =>
          (t.pid === e.pid && t.name === 'TracingStartedInBrowser') || (t.pid === e.pid && t.name === 'ProfileChunk'),
      ),
  );
  const { pid, tid } = main;
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur / 1000 > threshold);
  // The CPU profile: nodes and samples, in the trace's clock.
  const nodes = new Map();
  const samples = [];
  let time;
  for (const e of events.filter((e) => e.pid === pid && (e.name === 'Profile' || e.name === 'ProfileChunk'))) {
    if (e.name === 'Profile') time = e.args.data.startTime;
    const profile = e.args.data?.cpuProfile;
    for (const node of profile?.nodes ?? []) nodes.set(node.id, node);
    const deltas = e.args.data?.timeDeltas ?? [];
    (profile?.samples ?? []).forEach((id, i) => samples.push({ id, ts: (time += deltas[i]) }));
  }
  const parentOf = new Map();
  for (const node of nodes.values()) if (node.parent) parentOf.set(node.id, node.parent);
  const frames = new Map();
  const frameOf = (id) => {
    if (!frames.has(id)) frames.set(id, mapFrame(nodes.get(id).callFrame));
    return frames.get(id);
  };
  /** The innermost frame of ours on the stack, with the library frame it called, if any. */
  const blame = (id) => {
    const leaf = nodes.get(id)?.callFrame;
    if (!leaf) return '(unknown)';
    if (['(garbage collector)', '(program)', '(idle)'].includes(leaf.functionName)) return leaf.functionName;
    let library;
    for (let at = id; at; at = parentOf.get(at)) {
      const frame = frameOf(at);
      if (frame.ours) return library ? `${frame.where} → ${library}` : frame.where;
      if (frame.where && !library) library = frame.where;
    }
    return library ?? leaf.functionName ?? '(native)';
  };
  const interval = samples.length > 1 ? (samples.at(-1).ts - samples[0].ts) / samples.length / 1000 : 0;
  return tasks.map((task) => {
    const end = task.ts + task.dur;
    const spent = new Map();
    for (const sample of samples) {
      if (sample.ts < task.ts || sample.ts > end) continue;
      const where = blame(sample.id);
      spent.set(where, (spent.get(where) ?? 0) + interval);
    }
    const browserWork = new Map();
    const marks = events.filter((e) => e.cat === 'blink.user_timing' && e.ph === 'b' && e.ts >= task.ts && e.ts < end);
    for (const mark of marks) {
      const done = events.find(
        (e) =>
          e.cat === 'blink.user_timing' &&
          e.ph === 'e' &&
          e.id2?.local === mark.id2?.local &&
          e.name === mark.name &&
          e.ts >= mark.ts,
      );
      if (done)
        spent.set(`[native] ${mark.name}`, (spent.get(`[native] ${mark.name}`) ?? 0) + (done.ts - mark.ts) / 1000);
    }
    // The browser's own work in the task: the trace events inside it, by name (nested ones counted in each).
    for (const e of onMain)
      if (
        e.ts >= task.ts &&
        e.ts < end &&
        e.dur >= 1000 &&
        e !== task &&
        !/^(RunTask|ThreadControllerImpl::RunTask|ProfileChunk)$/.test(e.name)
      )
        browserWork.set(e.name, (browserWork.get(e.name) ?? 0) + e.dur / 1000);
    return {
      ms: task.dur / 1000,
      posted: [task.args?.src_func, task.args?.src_file].filter(Boolean).join(' in '),
      at: task.ts,
      top: [...spent].sort((a, b) => b[1] - a[1]).slice(0, 12),
      browser: [...browserWork].sort((a, b) => b[1] - a[1]).slice(0, 8),
    };
  });
}

async function traced(page, what, src, keep) {
  const path = out ? `${out}/${what.replace(/\W+/g, '-')}.json` : undefined;
  await page.tracing.start({ categories, path });
  const result = await visit(page, src, keep);
  const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents;
  const tasks = longTasks(events);
  const first = tasks[0]?.at ?? 0;
  console.log(`\n## ${what}: ${activities.toLocaleString('en-GB')} activities at ${rate}× CPU, load ${load()}`);
  console.log(
    `first results after ${Math.round(result.shown)} ms ("${result.count}"); ${tasks.length} tasks over ${threshold} ms`,
  );
  for (const task of tasks) {
    console.log(
      `\n- task of ${task.ms.toFixed(1)} ms at +${((task.at - first) / 1000).toFixed(0)} ms${task.posted ? ` (posted by ${task.posted})` : ''}; browser: ${task.browser.map(([n, ms]) => `${n} ${ms.toFixed(1)}`).join(', ')}`,
    );
    for (const [where, ms] of task.top) if (ms >= 1) console.log(`    ${ms.toFixed(1).padStart(7)} ms  ${where}`);
  }
}

try {
  const page = await browser.newPage();
  // JSON.parse and TextDecoder run as native code: each call over 5 ms is marked (performance.measure), so the
  // trace says which long task holds it.
  await page.evaluateOnNewDocument(() => {
    const timed = (owner, name, label) => {
      const original = owner[name];
      owner[name] = function (...args) {
        const start = performance.now();
        const result = original.apply(this, args);
        if (performance.now() - start > 5) performance.measure(label, { start, end: performance.now() });
        return result;
      };
    };
    timed(JSON, 'parse', 'JSON.parse');
    timed(TextDecoder.prototype, 'decode', 'TextDecoder.decode');
  });
  const cdp = await page.createCDPSession();
  // As in bench/run.mjs: DevTools keeps no response bodies, so it decodes none on the page's main thread.
  for (const session of [cdp, page._client()])
    await session.send('Network.enable', { maxTotalBufferSize: 0, maxResourceBufferSize: 0 });
  await page.goto(`${server.origin}/.tmp/trace/page.html`);
  await visit(page, warmUrl, true);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await traced(page, 'first visit', url, true);
  await traced(page, 'second visit (server 404, kept copy)', `${url}?fail=404`, false);
} finally {
  await browser.close();
  await server.close();
  await feeds.close();
}

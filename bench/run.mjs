// `npm run bench`: runs every bench/*.bench.ts in headless Chromium, adds download sizes measured
// here in node, and writes bench/report.md. `node bench/run.mjs feed search` runs only those benches;
// BENCH_PROFILE=1 also saves a CPU profile of each bench to .tmp/bench/<name>.cpuprofile.
// `node bench/run.mjs lighthouse` runs Lighthouse on demo/bench/ (harness/lighthouse.mjs; part of every full run);
// BENCH_BEFORE_DIST=<an earlier build's dist/> measures that build too, interleaved, for before and after;
// BENCH_DIST=<a build's dist/> runs every bench on that build instead of this checkout's dist/.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, platform, release, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { bundleBaseline } from './harness/baseline.mjs';
import { startFeedServer } from './harness/feed-server.mjs';
import { lighthouseReport } from './harness/lighthouse.mjs';
import { pageHtml, pageWeights, weighedPages } from './harness/page-weights.mjs';
import { bundlePlainParse } from './harness/plain-parse.mjs';
import { serve } from './harness/server.mjs';
import { cdnSizes, feedLayerSize } from './harness/sizes.mjs';

const root = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const benchDir = `${root}/bench`;
const workDir = `${root}/.tmp/bench`;
const profile = Boolean(process.env.BENCH_PROFILE);
const timeoutMs = Number(process.env.BENCH_TIMEOUT_MS ?? 10 * 60 * 1000);

function findChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) {
    console.error(
      'No Chromium or Chrome found. Install one (Debian: apt-get install -y chromium) or set CHROME_PATH to its executable.',
    );
    process.exit(1);
  }
  return found;
}

/** Bundles one bench with the page harness into .tmp/bench/<name>.js and a page that loads it. */
async function bundle(name) {
  await build({
    stdin: {
      contents: `import bench from './bench/${name}.bench.ts';\nimport { runBench } from './bench/harness/page.ts';\nrunBench(bench);`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    tsconfig: `${root}/tsconfig.json`,
    conditions: ['production'],
    outfile: `${workDir}/${name}.js`,
    logLevel: 'warning',
  });
  writeFileSync(
    `${workDir}/${name}.html`,
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>${name} bench</title><link rel="icon" href="data:,"><body><script type="module" src="${name}.js"></script></body></html>`,
  );
}

async function runInPage(browser, origin, name) {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  // Puppeteer watches the network through DevTools, which keeps (and decodes) every response body: a 250 ms task
  // for an 8 MB feed on the page's main thread that no visitor pays (bench/tools/trace-real-path.mjs showed it as
  // ResponseBodyLoader::DidFinishLoadingBody). Nothing here reads bodies through DevTools: keep none.
  for (const session of [cdp, page._client()])
    await session.send('Network.enable', { maxTotalBufferSize: 0, maxResourceBufferSize: 0 });
  page.on('pageerror', (error) => console.error(`[${name}] page error:`, error.message));
  page.on('console', (message) => message.type() === 'error' && console.error(`[${name}]`, message.text()));
  const done = new Promise((resolve) => page.exposeFunction('__lwBenchDone', resolve));
  await page.exposeFunction('__lwBenchThrottle', (rate) => cdp.send('Emulation.setCPUThrottlingRate', { rate }));
  await page.exposeFunction('__lwBenchMachine', () => ({
    loadAverage: loadavg(),
    feedOrigin: feedServer.origin,
    // REAL_PATH_SIZES=10000 runs only those feed sizes in real-path.bench.ts.
    sizes: process.env.REAL_PATH_SIZES,
  }));
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve({ items: [], error: `did not finish within ${timeoutMs / 1000} s` }), timeoutMs);
  });
  if (profile) await cdp.send('Profiler.enable').then(() => cdp.send('Profiler.start'));
  await page.goto(`${origin}/.tmp/bench/${name}.html`);
  const result = await Promise.race([done, timeout]);
  clearTimeout(timer);
  if (profile)
    writeFileSync(`${workDir}/${name}.cpuprofile`, JSON.stringify((await cdp.send('Profiler.stop')).profile));
  await page.close();
  return result;
}

/** Writes each weighed page to .tmp/bench/pages/ and weighs what it downloads. */
async function weighPages() {
  const slug = (page) => page.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  mkdirSync(`${workDir}/pages`, { recursive: true });
  for (const page of weighedPages) writeFileSync(`${workDir}/pages/${slug(page)}.html`, pageHtml(page));
  return pageWeights(browser, server.origin, (page) => `/.tmp/bench/pages/${slug(page)}.html`, `${root}/dist/cdn`);
}

const cell = (value) => String(value).replaceAll('|', '\\|').replaceAll('\n', ' ');
function markdownTable({ title, headers, rows }) {
  return [
    `**${title}**`,
    '',
    `| ${headers.map(cell).join(' | ')} |`,
    `|${headers.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

function section(name, { items, error }) {
  const parts = [`## ${name}`, ...items.map((item) => (item.kind === 'table' ? markdownTable(item) : item.text))];
  if (error) parts.push(`**Failed:**\n\n\`\`\`\n${error}\n\`\`\``);
  return parts.join('\n\n');
}

const only = process.argv.slice(2);
const withLighthouse = only.length === 0 || only.includes('lighthouse');
const names = readdirSync(benchDir)
  .filter((file) => file.endsWith('.bench.ts'))
  .map((file) => file.slice(0, -'.bench.ts'.length))
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();
mkdirSync(workDir, { recursive: true });

// BENCH_DIST=<a build's dist/> serves that build at /dist/ instead of this checkout's (an earlier build, kept aside).
const server = await serve(root, { dist: process.env.BENCH_DIST || `${root}/dist` });
const feedServer = await startFeedServer();
const browser = await puppeteer.launch({
  executablePath: findChromium(),
  headless: true,
  userDataDir: `${workDir}/profile`,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    // Memory figures: a bench may force a garbage collection and read exact heap sizes.
    '--js-flags=--expose-gc',
    '--enable-precise-memory-info',
  ],
});
const sections = [];
let failed = false;
try {
  for (const name of names) {
    console.error(`bench: ${name}…`);
    let result;
    try {
      await bundle(name);
      if (name === 'feed') await Promise.all([bundleBaseline(root, workDir), bundlePlainParse(root, workDir)]);
      result = await runInPage(browser, server.origin, name);
    } catch (error) {
      result = { items: [], error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    failed ||= Boolean(result.error);
    sections.push(section(name, result));
  }
  if (withLighthouse) {
    console.error('bench: lighthouse…');
    let result;
    try {
      const { tables, notes } = await lighthouseReport(root, {
        runs: Number(process.env.LIGHTHOUSE_RUNS ?? 3),
        before: process.env.BENCH_BEFORE_DIST,
      });
      result = { items: [...tables.map((table) => ({ kind: 'table', ...table })), { text: notes.join('\n') }] };
    } catch (error) {
      result = { items: [], error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    failed ||= Boolean(result.error);
    sections.push(section('lighthouse', result));
  }
  const chromium = await browser.version();
  const withSizes = only.length === 0 || only.includes('sizes');
  const sizes = !withSizes
    ? []
    : existsSync(`${root}/dist/cdn/linkwork.js`) && !process.env.BENCH_DIST
      ? [...(await weighPages()), ...cdnSizes(`${root}/dist/cdn`).tables, await feedLayerSize(root)]
      : [await feedLayerSize(root)];
  const cpu = cpus();
  const report = [
    '# Linkwork benchmarks',
    [
      `- Date: ${new Date().toISOString()}`,
      `- Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM (${(freemem() / 2 ** 30).toFixed(1)} GB free), ${platform()} ${release()}`,
      `- Load average while running: ${loadavg()
        .map((n) => n.toFixed(1))
        .join(
          ', ',
        )} (1, 5, 15 min; above ${cpu.length} the benches shared the CPU: trust the min columns more than the medians)`,
      `- Browser: ${chromium} (headless); Node ${process.version}`,
      `- Command: \`npm run bench\`${only.length ? ` (only: ${only.join(', ')})` : ''}`,
    ].join('\n'),
    ...(withSizes ? [['## Download sizes', ...sizes.map(markdownTable)].join('\n\n')] : []),
    ...sections,
  ].join('\n\n');
  writeFileSync(`${benchDir}/report.md`, `${report}\n`);
  console.log(report);
} finally {
  await browser.close();
  await server.close();
  await feedServer.close();
}
process.exitCode = failed ? 1 : 0;

// Lighthouse, mobile defaults (simulated slow 4G and a 4× slower CPU), on the pages of demo/bench/ served as a
// real web server would (gzip, cached): each page several times, the median run reported, with the longest
// tasks and what ran in them from the run's own trace (each run's report: .tmp/bench/lighthouse/*.json). With `before` (the dist/ folder of an earlier build)
// the same pages are measured on that build too, runs interleaved so both meet the same load.
// Simulated throttling scales the tasks this machine ran, so the scores depend on its CPU: each row gives the host's
// BenchmarkIndex and the device that 4× emulates on it. `LIGHTHOUSE_CPU=calibrated` sets the multiplier to the host's
// index over the index of the phone Lighthouse's mobile preset names (a Moto G Power, 2022: 264 in DevTools' CPU
// calibration), so slower and faster hosts measure the same phone; a number sets it outright.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { MainThreadTasks } from 'lighthouse/core/lib/tracehouse/main-thread-tasks.js';
import { TraceProcessor } from 'lighthouse/core/lib/tracehouse/trace-processor.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { serve } from './server.mjs';

export const lighthousePages = [
  { name: "README's three widgets", path: '/demo/bench/three-widgets.html' },
  { name: 'search only', path: '/demo/bench/search-only.html' },
];

const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(', ');
const ms = (n) => `${Math.round(n).toLocaleString('en-GB')} ms`;
/** A script's file name, or what Lighthouse called it (e.g. "Unattributable"). */
const short = (url) => (URL.canParse(url ?? '') ? new URL(url).pathname.split('/').pop() || url : url || 'no script');

/** The longest tasks of the run's trace (as observed, not simulated) and where their time went. */
function longestObservedTasks(trace, count = 3) {
  const processed = TraceProcessor.processTrace(trace);
  const tasks = MainThreadTasks.getMainThreadTasks(
    processed.mainThreadEvents,
    processed.frames,
    processed.timestamps.traceEnd,
    processed.timestamps.timeOrigin,
  );
  const top = tasks.filter((task) => !task.parent).sort((a, b) => b.duration - a.duration);
  return top.slice(0, count).map((task) => {
    const spent = new Map();
    const visit = (node) => {
      const key = `${node.group.label} (${short(node.attributableURLs.filter(Boolean).at(-1))})`;
      spent.set(key, (spent.get(key) ?? 0) + node.selfTime);
      node.children.forEach(visit);
    };
    visit(task);
    const parts = [...spent]
      .sort((a, b) => b[1] - a[1])
      .filter(([, time]) => time >= 2)
      .slice(0, 4)
      .map(([key, time]) => `${key} ${ms(time)}`);
    return `${ms(task.duration)} at ${ms(task.startTime)}: ${parts.join(', ')}`;
  });
}

/** BenchmarkIndex of the phone Lighthouse's mobile preset names (DevTools' CPU calibration, low-tier mobile). */
const phoneIndex = 264;

/** The CPU multiplier `LIGHTHOUSE_CPU` asks for on a host of `hostIndex`, or undefined for Lighthouse's 4×. */
function cpuMultiplier(setting, hostIndex) {
  if (!setting) return undefined;
  if (setting === 'calibrated') return Math.max(1, Math.round((hostIndex / phoneIndex) * 10) / 10);
  const multiplier = Number(setting);
  if (!(multiplier >= 1)) throw new Error(`LIGHTHOUSE_CPU must be "calibrated" or a number ≥ 1, not "${setting}"`);
  return multiplier;
}

async function runOnce(url, saveTo, cpuSlowdownMultiplier) {
  const chrome = await launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      ...(cpuSlowdownMultiplier && { throttling: { cpuSlowdownMultiplier } }),
    });
    const { lhr, artifacts } = result;
    const audit = (id) => lhr.audits[id];
    const ours = (entry) =>
      /\/dist\/cdn\//.test([entry.url, ...(entry.stackTrace?.callFrames ?? []).map((f) => f.url)].join(' '));
    if (saveTo) writeFileSync(saveTo, JSON.stringify(lhr));
    return {
      performance: Math.round(lhr.categories.performance.score * 100),
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      tbt: audit('total-blocking-time').numericValue,
      cls: audit('cumulative-layout-shift').numericValue,
      fcp: audit('first-contentful-paint').numericValue,
      lcp: audit('largest-contentful-paint').numericValue,
      mainThread: audit('mainthread-work-breakdown').numericValue,
      longTasks: (audit('long-tasks').details?.items ?? [])
        .slice(0, 3)
        .map((item) => `${ms(item.duration)} ${short(item.url)}`),
      observed: longestObservedTasks(artifacts.Trace),
      consoleErrors: artifacts.ConsoleMessages.filter((entry) => entry.level === 'error' && ours(entry)).map(
        (entry) => entry.text,
      ),
      hostIndex: lhr.environment.benchmarkIndex,
      multiplier: lhr.configSettings.throttling.cpuSlowdownMultiplier,
      error: lhr.runtimeError?.message,
      load: load(),
    };
  } finally {
    await chrome.kill();
  }
}

const median = (runs) => [...runs].sort((a, b) => a.performance - b.performance || b.tbt - a.tbt)[runs.length >> 1];

/** Runs Lighthouse on each page (`runs` times each, per build) and returns report tables and notes. */
export async function lighthouseReport(root, { runs = 3, before } = {}) {
  const builds = [
    ...(before ? [{ label: 'before', dist: before }] : []),
    { label: before ? 'after' : 'this build', dist: `${root}/dist` },
  ];
  const servers = await Promise.all(builds.map((build) => serve(root, { visitor: true, dist: build.dist })));
  const results = new Map();
  const saved = `${root}/.tmp/bench/lighthouse`;
  mkdirSync(saved, { recursive: true });
  let multiplier;
  try {
    if (process.env.LIGHTHOUSE_CPU) {
      // One run, not reported, reads the host's BenchmarkIndex for the calibrated multiplier.
      const probe = await runOnce(`${servers.at(-1).origin}${lighthousePages[0].path}`);
      multiplier = cpuMultiplier(process.env.LIGHTHOUSE_CPU, probe.hostIndex);
    }
    for (let run = 0; run < runs; run++) {
      for (const page of lighthousePages) {
        for (const [index, build] of builds.entries()) {
          console.error(`lighthouse: ${page.name}, ${build.label}, run ${run + 1} of ${runs} (load ${load()})…`);
          const key = `${page.name}|${build.label}`;
          const file = `${saved}/${page.path.split('/').pop().replace('.html', '')}-${build.label.replace(' ', '-')}-${run + 1}.json`;
          const measured = await runOnce(`${servers[index].origin}${page.path}`, file, multiplier);
          results.set(key, [...(results.get(key) ?? []), measured]);
        }
      }
    }
  } finally {
    await Promise.all(servers.map((server) => server.close()));
  }
  const rows = [];
  const notes = [];
  for (const page of lighthousePages) {
    for (const build of builds) {
      const all = results.get(`${page.name}|${build.label}`);
      const m = median(all);
      rows.push([
        page.name,
        build.label,
        `${m.performance} (${all.map((r) => r.performance).join(', ')})`,
        m.accessibility,
        `${ms(m.tbt)} (${all.map((r) => Math.round(r.tbt)).join(', ')})`,
        m.cls.toFixed(3),
        ms(m.fcp),
        ms(m.lcp),
        ms(m.mainThread),
        m.longTasks.join('; ') || 'none',
        m.consoleErrors.join('; ') || 'none',
        `${Math.round(m.hostIndex)}, ${m.multiplier}×: ${Math.round(m.hostIndex / m.multiplier)}`,
        m.load,
      ]);
      notes.push(
        `- ${page.name}, ${build.label} (median run, load ${m.load}): longest tasks in the trace (observed, before the CPU simulation): ${m.observed.join(' · ')}${m.error ? `; Lighthouse error: ${m.error}` : ''}`,
      );
    }
  }
  return {
    tables: [
      {
        title: `Lighthouse mobile (simulated slow 4G, ${multiplier ? `${multiplier}× CPU, LIGHTHOUSE_CPU=${process.env.LIGHTHOUSE_CPU}` : 'the default 4× CPU'}), demo/bench/ pages served gzipped; median of ${runs} runs (all runs in brackets)`,
        headers: [
          'page',
          'build',
          'performance',
          'accessibility',
          'TBT',
          'CLS',
          'FCP',
          'LCP',
          'main-thread work',
          'longest tasks (simulated)',
          'console errors from dist/cdn/',
          'host BenchmarkIndex, CPU multiplier: the device emulated',
          'load (1, 5, 15 min)',
        ],
        rows,
      },
    ],
    notes,
  };
}

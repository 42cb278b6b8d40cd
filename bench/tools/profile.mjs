#!/usr/bin/env node
// Where a bench page's main-thread time goes: loads demo/bench/<page>.html (served gzipped, as a visitor gets it) in
// headless Chromium at a phone's size with the CPU slowed 4× (Lighthouse's mobile default), records a CPU profile
// from navigation until the page has settled, maps every sample back to the source through the build's source maps,
// and prints the self time by source file and by function, and the long tasks (over 50 ms) the page saw.
//   node bench/tools/profile.mjs [three-widgets|search-only] [--dist <a build's dist/>] [--rate 4] [--top 25]
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { serve } from '../harness/server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const page = args.find((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--')) ?? 'search-only';
const dist = option('--dist', `${root}/dist`);
const rate = Number(option('--rate', 4));
const top = Number(option('--top', 25));
const settleMs = Number(option('--settle', 4000));

const server = await serve(root, { visitor: true, dist });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
const load = loadavg()[0].toFixed(2);
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true });
  const cdp = await tab.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await tab.evaluateOnNewDocument(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.__longTasks.push({ start: Math.round(entry.startTime), ms: Math.round(entry.duration) });
    }).observe({ type: 'longtask', buffered: true });
  });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await tab.goto(`${server.origin}/demo/bench/${page}.html`, { waitUntil: 'networkidle0' });
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  // A marker function spun for 20 ms lines the profile's clock up with the page's performance.now().
  const { longTasks, markerAt } = await tab.evaluate(() => {
    const markerAt = performance.now();
    (function linkworkProfileMarker() {
      while (performance.now() - markerAt < 20);
    })();
    return { longTasks: window.__longTasks, markerAt };
  });
  const { profile } = await cdp.send('Profiler.stop');
  report(profile, longTasks, markerAt);
} finally {
  await browser.close();
  await server.close();
}

function report(profile, longTasks, markerAt) {
  // Each sample's time in the page's performance.now() clock, by the marker's first sample.
  const times = [];
  profile.timeDeltas.reduce((at, delta, index) => (times[index] = at + delta / 1000), 0);
  const marker = profile.nodes.find((node) => node.callFrame.functionName === 'linkworkProfileMarker')?.id;
  const shift = markerAt - times[profile.samples.indexOf(marker)];
  const inTask = (index) =>
    longTasks.find((task) => times[index] + shift >= task.start && times[index] + shift <= task.start + task.ms);
  const self = new Map(profile.nodes.map((node) => [node.id, 0]));
  const taskSelf = new Map(longTasks.map((task) => [task, new Map()]));
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    self.set(id, self.get(id) + ms);
    const task = inTask(index);
    if (task) taskSelf.get(task).set(id, (taskSelf.get(task).get(id) ?? 0) + ms);
  });
  const maps = new Map();
  const mapFor = (url) => {
    if (!maps.has(url)) {
      const path = url.includes('/dist/') ? `${dist}/${url.split('/dist/')[1]}.map` : undefined;
      maps.set(url, path && existsSync(path) ? new TraceMap(readFileSync(path, 'utf8')) : undefined);
    }
    return maps.get(url);
  };
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const where = (node) => {
    const { url, functionName, lineNumber, columnNumber } = node.callFrame;
    let file = url ? url.replace(/^.*\/dist\//, 'dist/') : functionName || '(native)';
    let name = functionName || '(anonymous)';
    const map = url && mapFor(url);
    const original = map && originalPositionFor(map, { line: lineNumber + 1, column: Math.max(columnNumber, 0) });
    if (original?.source) {
      file = original.source.replace(/^(\.\.\/)+/, '').replace(/^.*?node_modules\//, '');
      name = `${original.name ?? name} (${file}:${original.line})`;
    } else if (url) name = `${name} (${file}:${lineNumber + 1})`;
    return { file, name };
  };
  const tables = (selfTimes) => {
    const byFile = new Map();
    const byFunction = new Map();
    const add = (table, key, ms) => table.set(key, (table.get(key) ?? 0) + ms);
    let total = 0;
    for (const [id, ms] of selfTimes) {
      const node = nodes.get(id);
      if (!ms || node.callFrame.functionName === '(idle)') continue;
      total += ms;
      const { file, name } = where(node);
      add(byFile, file, ms);
      add(byFunction, name, ms);
    }
    return { byFile, byFunction, total };
  };
  const rows = (table, total, count = top) =>
    [...table]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([key, ms]) => `  ${ms.toFixed(0).padStart(6)} ms  ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${key}`)
      .join('\n');
  const whole = tables(self);
  const tasks = longTasks.map((task) => task.ms);
  console.log(`${page}: CPU ${rate}×, load average ${load}, dist ${dist}`);
  console.log(`busy (not idle) ${whole.total.toFixed(0)} ms in the profile`);
  console.log(
    `long tasks: ${tasks.length}, total ${tasks.reduce((a, b) => a + b, 0)} ms, longest ${Math.max(0, ...tasks)} ms, blocking (each over 50) ${tasks.reduce((a, b) => a + Math.max(0, b - 50), 0)} ms`,
  );
  console.log(`\nself time by source file:\n${rows(whole.byFile, whole.total)}`);
  console.log(`\nself time by function:\n${rows(whole.byFunction, whole.total)}`);
  for (const task of longTasks.filter((task) => task.ms >= 100)) {
    const { byFile, byFunction, total } = tables(taskSelf.get(task));
    console.log(`\nlong task of ${task.ms} ms at ${task.start} ms (${total.toFixed(0)} ms sampled), by file:`);
    console.log(rows(byFile, total, 10));
    console.log('  by function:');
    console.log(rows(byFunction, total, 10));
  }
}

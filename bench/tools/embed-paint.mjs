#!/usr/bin/env node
// What the embed's script tag costs and saves: each demo/bench/ page with the script as the README gives it
// (`blocking="render"`) and as a plain module script, loaded in headless Chromium over a simulated slow 4G line
// (150 ms round trip, 1.6 Mbit/s down) with the CPU slowed 4×, pages served gzipped. Prints the median first
// contentful paint, largest contentful paint and layout shift (the sum of every shift, 5 s after load) per variant.
//   node bench/tools/embed-paint.mjs [--runs 5] [--dist <a build's dist/>]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { serve } from '../harness/server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const runs = Number(option('--runs', 5));
const dist = option('--dist', `${root}/dist`);
const variants = {
  'blocking="render"': (html) =>
    html.replace(/<script type="module" (blocking="render" )?/, '<script type="module" blocking="render" '),
  'plain module script': (html) => html.replace(' blocking="render"', ''),
};
const out = `${root}/.tmp/bench/embed`;
mkdirSync(out, { recursive: true });
const pages = ['three-widgets', 'search-only'].flatMap((page) =>
  Object.entries(variants).map(([variant, change], index) => {
    writeFileSync(`${out}/${page}-${index}.html`, change(readFileSync(`${root}/demo/bench/${page}.html`, 'utf8')));
    return { page, variant, path: `/.tmp/bench/embed/${page}-${index}.html` };
  }),
);

const server = await serve(root, { visitor: true, dist });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
const load = () => loadavg()[0].toFixed(2);
const results = new Map();
try {
  for (let run = 0; run < runs; run++) {
    for (const page of pages) {
      const context = await browser.createBrowserContext();
      const tab = await context.newPage();
      await tab.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true });
      const cdp = await tab.createCDPSession();
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: (1.6 * 1024 * 1024) / 8,
        uploadThroughput: (750 * 1024) / 8,
      });
      await tab.evaluateOnNewDocument(() => {
        window.__paint = { shift: 0 };
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.__paint.shift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.__paint.lcp = entry.startTime;
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            if (entry.name === 'first-contentful-paint') window.__paint.fcp = entry.startTime;
        }).observe({ type: 'paint', buffered: true });
      });
      await tab.goto(`${server.origin}${page.path}`, { waitUntil: 'load' });
      await new Promise((resolve) => setTimeout(resolve, 5000));
      const measured = { ...(await tab.evaluate(() => window.__paint)), load: load() };
      const key = `${page.page}|${page.variant}`;
      results.set(key, [...(results.get(key) ?? []), measured]);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
console.log(`| page | script tag | FCP (median of ${runs}) | LCP | layout shift (median; runs) | load |`);
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [key, all] of results) {
  const [page, variant] = key.split('|');
  const ms = (name) => `${Math.round(median(all.map((run) => run[name] ?? NaN)))} ms`;
  const shifts = all.map((run) => run.shift.toFixed(3));
  console.log(
    `| ${page} | ${variant} | ${ms('fcp')} | ${ms('lcp')} | ${median(all.map((run) => run.shift)).toFixed(3)} (${shifts.join(', ')}) | ${all.map((run) => run.load).join(', ')} |`,
  );
}

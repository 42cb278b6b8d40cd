/**
 * The page side of the harness: bench/run.mjs bundles this with one bench, opens it in Chromium and
 * waits for `__lwBenchDone`.
 */
import type { BenchReport, BenchResult, ReportItem } from './report.js';

declare global {
  interface Window {
    __lwBenchDone(result: BenchResult): void;
    __lwBenchThrottle(rate: number): Promise<void>;
  }
}

let longTasks: number[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push(entry.duration);
}).observe({ type: 'longtask', buffered: true });

const settle = () => new Promise((resolve) => setTimeout(() => requestAnimationFrame(resolve), 50));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function createReport(items: ReportItem[]): BenchReport {
  return {
    table: (title, headers, rows) => void items.push({ kind: 'table', title, headers, rows }),
    note: (text) => void items.push({ kind: 'note', text }),
    async time(fn, { runs = 10, warmup = 2 } = {}) {
      for (let i = 0; i < warmup; i++) await fn();
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await fn();
        times.push(performance.now() - start);
      }
      return { median: median(times), min: Math.min(...times), max: Math.max(...times), runs };
    },
    resetLongTasks: () => void (longTasks = []),
    async longestTaskMs() {
      await settle();
      return Math.max(0, ...longTasks);
    },
    throttleCpu: (rate) => window.__lwBenchThrottle(rate),
    ms: (value) => `${value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : Math.round(value)} ms`,
  };
}

export async function runBench(bench: (report: BenchReport) => unknown): Promise<void> {
  const items: ReportItem[] = [];
  // Start after the page has loaded, so navigation finishes even when the bench keeps the CPU busy.
  if (document.readyState !== 'complete')
    await new Promise((resolve) => addEventListener('load', resolve, { once: true }));
  await settle();
  try {
    await bench(createReport(items));
    window.__lwBenchDone({ items });
  } catch (error) {
    window.__lwBenchDone({ items, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

/**
 * What a bench gets: `export default async function (report: BenchReport) { … }`.
 * Everything added here lands in the bench's section of bench/report.md, in order.
 */
export type Cell = string | number;

export interface Timing {
  /** Milliseconds. */
  median: number;
  min: number;
  max: number;
  runs: number;
}

export interface BenchReport {
  /** Adds a table to this bench's section. Numbers are printed as given: round them first. */
  table(title: string, headers: string[], rows: Cell[][]): void;
  /** Adds a paragraph to this bench's section (Markdown). */
  note(text: string): void;
  /** Runs `fn` `warmup` times untimed, then `runs` times timed, one after the other. */
  time(fn: () => unknown, options?: { runs?: number; warmup?: number }): Promise<Timing>;
  /** Forgets the long tasks seen so far. */
  resetLongTasks(): void;
  /**
   * The longest main-thread task since the page opened or the last `resetLongTasks()`, in ms
   * (Chromium reports tasks of 50 ms or more; 0 means none reached 50 ms). Waits a moment first,
   * because long tasks are reported after they end.
   */
  longestTaskMs(): Promise<number>;
  /** Slows the CPU down `rate` times (1 = full speed), as DevTools' CPU throttling does. */
  throttleCpu(rate: number): Promise<void>;
  /** "12.3 ms"-style formatting for tables. */
  ms(value: number): string;
}

/** What the page sends back to bench/run.mjs. */
export type ReportItem =
  { kind: 'table'; title: string; headers: string[]; rows: Cell[][] } | { kind: 'note'; text: string };

export interface BenchResult {
  items: ReportItem[];
  error?: string;
}

/**
 * A one-line progress display for long harvests ("Reading: page 12 of 40 of https://…"), rewritten in
 * place on a terminal. On anything else (a pipe, a log file, a CI job) it writes nothing.
 */
import type { PageProgress } from '../feed/adapters/paging.js';

export interface Terminal {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export class Progress {
  readonly #terminal: Terminal;
  readonly #sources = new Map<string, PageProgress>();

  constructor(terminal: Terminal, urls: readonly string[]) {
    this.#terminal = terminal;
    for (const url of urls) this.#sources.set(url, { url, pages: 0 });
    this.#show();
  }

  /** Told by the harvest after each page. */
  readonly page = (progress: PageProgress): void => {
    this.#sources.set(progress.url, progress);
    this.#show();
  };

  /** Clears the line before the report is printed. */
  done(): void {
    if (this.#terminal.isTTY) this.#terminal.write('\r\x1b[2K');
  }

  #show(): void {
    if (!this.#terminal.isTTY) return;
    const width = (this.#terminal.columns || 80) - 1;
    const room = Math.max(12, Math.floor((width - 10) / this.#sources.size) - 16);
    const parts = [...this.#sources.values()].map(
      ({ url, pages, totalPages }) =>
        `${pages ? `page ${pages}${totalPages ? ` of ${totalPages}` : ''}` : 'waiting'} ${shortened(url, room)}`,
    );
    const line = `Reading: ${parts.join(' · ')}`;
    this.#terminal.write(`\r\x1b[2K${line.length > width ? `${line.slice(0, width - 1)}…` : line}`);
  }
}

/** The address without its scheme, cut in the middle to `room` characters. */
function shortened(url: string, room: number): string {
  const address = url.replace(/^https?:\/\//, '');
  if (address.length <= room) return address;
  const half = Math.floor((room - 1) / 2);
  return `${address.slice(0, half)}…${address.slice(address.length - (room - 1 - half))}`;
}

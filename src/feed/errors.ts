/** Why a feed could not be shown. Each kind gets its own message in the widgets. */
export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'not-json' | 'invalid' | 'too-large';

/** More about a failure, where the loader knows it. */
export interface FeedErrorDetails {
  /** The address that failed. */
  url?: string;
  /** How long the server asked us to wait before trying again (its `Retry-After`), in ms. */
  retryAfterMs?: number;
  /** What went wrong in a few words, for the webmaster's console (`HTTP 404`); the message when absent. */
  summary?: string;
}

export class FeedError extends Error {
  override readonly name = 'FeedError';
  /** The address that failed, when the loader knows it. */
  readonly url?: string;
  /** How long the server asked us to wait before trying again, in ms. */
  readonly retryAfterMs?: number;
  readonly #summary?: string;

  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    /** The HTTP status, for `http` errors. */
    readonly status?: number,
    details: FeedErrorDetails = {},
  ) {
    super(message);
    this.url = details.url;
    this.retryAfterMs = details.retryAfterMs;
    this.#summary = details.summary;
  }

  /** Worth trying again soon: the network or an overloaded server may recover. A timeout is not. */
  get retryable(): boolean {
    return this.kind === 'network' || (this.kind === 'http' && (this.status === 429 || (this.status ?? 0) >= 500));
  }

  /**
   * Trying again will not help until the webmaster changes something: the address is wrong or gone (4xx other
   * than 408 and 429), or what it serves is not a feed we can read.
   */
  get permanent(): boolean {
    if (this.kind === 'http') {
      const status = this.status ?? 0;
      return status >= 400 && status < 500 && status !== 408 && status !== 429;
    }
    return this.kind === 'not-json' || this.kind === 'invalid' || this.kind === 'too-large';
  }

  /** What went wrong in a few words, for the webmaster's console: `HTTP 404`, `not JSON`, … */
  get summary(): string {
    return this.#summary ?? (this.kind === 'http' && this.status ? `HTTP ${this.status}` : this.message);
  }
}

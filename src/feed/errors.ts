/** Why a feed could not be shown. Each kind gets its own message in the widgets. */
export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'not-json' | 'invalid';

export class FeedError extends Error {
  override readonly name = 'FeedError';

  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    /** The HTTP status, for `http` errors. */
    readonly status?: number,
  ) {
    super(message);
  }

  /** Worth trying again soon: the network or an overloaded server may recover. A timeout is not. */
  get retryable(): boolean {
    return this.kind === 'network' || (this.kind === 'http' && (this.status === 429 || (this.status ?? 0) >= 500));
  }
}

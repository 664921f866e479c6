/** Why a feed could not be ingested; the worker shows `message` in the feed health view. */
export type FeedErrorCode =
  | "network"
  | "timeout"
  | "http-status"
  | "too-large"
  | "too-many-redirects"
  | "bad-url"
  | "not-a-feed"
  | "malformed"
  | "decode";

/**
 * An ingestion failure with a typed code and a message written for a newsroom user, not a developer:
 * it names what went wrong with the feed ("HTTP 500 Internal Server Error from example.org"), never a
 * stack trace. The original error, when there is one, is kept in `cause` for the logs.
 */
export class FeedError extends Error {
  readonly code: FeedErrorCode;
  /** Seconds the server asked us to wait (Retry-After on 429/503). */
  readonly retryAfterSeconds?: number;
  /** HTTP status for "http-status" errors. */
  readonly status?: number;

  constructor(
    code: FeedErrorCode,
    message: string,
    extra: { status?: number; retryAfterSeconds?: number; cause?: unknown } = {},
  ) {
    super(message, extra.cause === undefined ? undefined : { cause: extra.cause });
    this.name = "FeedError";
    this.code = code;
    if (extra.status !== undefined) this.status = extra.status;
    if (extra.retryAfterSeconds !== undefined) this.retryAfterSeconds = extra.retryAfterSeconds;
  }
}

export function isFeedError(value: unknown): value is FeedError {
  return value instanceof FeedError;
}

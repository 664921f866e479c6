import { FeedError } from "./errors";
import { httpStatusError, networkError, timeoutError } from "./fetch-errors";
import { DEFAULT_MAX_BYTES, formatBytes, maybeGunzip } from "./gunzip";
import { minIntervalFromHeaders, parseRetryAfter, referenceNow } from "./http-meta";

export { maybeGunzip } from "./gunzip";

export interface FetchFeedOptions {
  /** Validators from the last successful fetch, sent as If-None-Match / If-Modified-Since. */
  etag?: string | null;
  lastModified?: string | null;
  /** Covers the whole request, redirects and body included. Default 20 000. */
  timeoutMs?: number;
  /** Cap on the body, after any decompression. Default 10 MiB. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  userAgent?: string;
  /** Cancels the request; the promise then rejects with the signal's reason, not a FeedError. */
  signal?: AbortSignal;
}

/** The outcome of a fetch that reached a feed; every failure is a thrown FeedError instead. */
export type FetchResult =
  | {
      kind: "ok";
      body: Buffer;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
      finalUrl: string;
      status: number;
      /** The slowest poll interval the server asks for (Retry-After, Cache-Control max-age), in seconds. */
      minIntervalSeconds: number | null;
    }
  | {
      kind: "not-modified";
      etag: string | null;
      lastModified: string | null;
      finalUrl: string;
      minIntervalSeconds: number | null;
    };

export const DEFAULT_USER_AGENT = "ConflictMonitor/0.1 (feed reader)";
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Fetches a feed over HTTP(S) with conditional headers, manual redirects, a timeout and a size cap. */
export async function fetchFeed(url: string, opts: FetchFeedOptions = {}): Promise<FetchResult> {
  const timeoutMs = opts.timeoutMs ?? 20_000;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = opts.maxRedirects ?? 5;
  let current = httpUrl(url, `Not a web address: "${url}" (only http and https feeds are supported)`);
  const timer = new AbortController();
  const timeout = setTimeout(() => timer.abort(timeoutError(timeoutMs)), timeoutMs);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timer.signal]) : timer.signal;
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await request(current, opts, signal);
      if (REDIRECT_STATUSES.has(response.status)) {
        await response.body?.cancel();
        if (redirects >= maxRedirects) {
          throw new FeedError(
            "too-many-redirects",
            `More than ${maxRedirects} redirects, last at ${current.host}`,
          );
        }
        current = redirectTarget(response, current);
        continue;
      }
      return await readResponse(response, current, opts, maxBytes);
    }
  } catch (error) {
    if (opts.signal?.aborted) throw opts.signal.reason;
    if (timer.signal.aborted) throw timer.signal.reason;
    if (error instanceof FeedError) throw error;
    throw networkError(error, current.host);
  } finally {
    clearTimeout(timeout);
  }
}

function request(url: URL, opts: FetchFeedOptions, signal: AbortSignal): Promise<Response> {
  const headers: Record<string, string> = {
    "user-agent": opts.userAgent ?? DEFAULT_USER_AGENT,
    accept:
      "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8",
    "accept-encoding": "gzip, deflate",
  };
  if (opts.etag) headers["if-none-match"] = opts.etag;
  if (opts.lastModified) headers["if-modified-since"] = opts.lastModified;
  return fetch(url, { redirect: "manual", headers, signal });
}

async function readResponse(
  response: Response,
  url: URL,
  opts: FetchFeedOptions,
  maxBytes: number,
): Promise<FetchResult> {
  const headers = response.headers;
  const minIntervalSeconds = minIntervalFromHeaders(headers, Date.now());
  if (response.status === 304) {
    await response.body?.cancel();
    return {
      kind: "not-modified",
      etag: headers.get("etag") ?? opts.etag ?? null,
      lastModified: headers.get("last-modified") ?? opts.lastModified ?? null,
      finalUrl: url.href,
      minIntervalSeconds,
    };
  }
  if (response.status < 200 || response.status > 299) {
    await response.body?.cancel();
    const asksToWait = response.status === 429 || response.status === 503;
    const retryAfter = asksToWait
      ? parseRetryAfter(headers.get("retry-after"), referenceNow(headers, Date.now()))
      : null;
    throw httpStatusError(response.status, url.host, retryAfter);
  }
  const body = maybeGunzip(await readCapped(response, maxBytes), maxBytes);
  return {
    kind: "ok",
    body,
    contentType: headers.get("content-type"),
    etag: headers.get("etag"),
    lastModified: headers.get("last-modified"),
    finalUrl: url.href,
    status: response.status,
    minIntervalSeconds,
  };
}

/** Reads the (already decompressed) body chunk by chunk and gives up as soon as it passes the cap. */
async function readCapped(response: Response, maxBytes: number): Promise<Buffer> {
  const tooLarge = () =>
    new FeedError("too-large", `Body larger than ${formatBytes(maxBytes)}; stopped reading`);
  const declared = Number(response.headers.get("content-length"));
  // Content-Length counts compressed bytes, so it can only prove a body too large when not encoded.
  if (!response.headers.get("content-encoding") && declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

function redirectTarget(response: Response, from: URL): URL {
  const location = response.headers.get("location");
  if (!location) {
    throw new FeedError(
      "http-status",
      `HTTP ${response.status} redirect without a target from ${from.host}`,
      {
        status: response.status,
      },
    );
  }
  let target: URL;
  try {
    target = new URL(location, from);
  } catch {
    throw new FeedError("bad-url", `${from.host} redirected to an invalid address: "${location}"`);
  }
  return httpUrl(target.href, `${from.host} redirected to a non-web address: "${location}"`);
}

function httpUrl(raw: string, message: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FeedError("bad-url", message);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new FeedError("bad-url", message);
  return url;
}

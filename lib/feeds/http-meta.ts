// Reading the HTTP headers that tell a poller how often it may come back. Pure functions of header
// values; `nowMs` is passed in so that tests need no clock.

/** Retry-After as seconds from now: either delta-seconds or an HTTP date. Null when absent or unreadable. */
export function parseRetryAfter(value: string | null, nowMs: number): number | null {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return Number.parseInt(text, 10);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - nowMs) / 1000));
}

/** max-age of a Cache-Control header, in seconds. */
export function parseMaxAge(value: string | null): number | null {
  const match = value ? /(?:^|[,\s])max-age\s*=\s*"?(\d+)"?/i.exec(value) : null;
  return match?.[1] ? Number.parseInt(match[1], 10) : null;
}

/**
 * The slowest poll interval the server asks for (Retry-After on a success, Cache-Control max-age), in
 * seconds; null when it asks for none. The scheduler decides how far to honour it.
 */
export function minIntervalFromHeaders(headers: Headers, nowMs: number): number | null {
  const asked = [
    parseRetryAfter(headers.get("retry-after"), referenceNow(headers, nowMs)),
    parseMaxAge(headers.get("cache-control")),
  ].filter((seconds): seconds is number => seconds !== null);
  return asked.length > 0 ? Math.max(...asked) : null;
}

/** The server's own clock (Date header) when readable, so that clock skew does not distort HTTP dates. */
export function referenceNow(headers: Headers, nowMs: number): number {
  const date = Date.parse(headers.get("date") ?? "");
  return Number.isNaN(date) ? nowMs : date;
}

import { STATUS_CODES } from "node:http";
import { FeedError } from "./errors";

/** "HTTP 500 Internal Server Error from example.org". */
export function httpStatusError(status: number, host: string, retryAfterSeconds: number | null): FeedError {
  const phrase = STATUS_CODES[status];
  const wait = retryAfterSeconds === null ? "" : `; the server asks to retry in ${retryAfterSeconds} s`;
  return new FeedError("http-status", `HTTP ${status}${phrase ? ` ${phrase}` : ""} from ${host}${wait}`, {
    status,
    ...(retryAfterSeconds === null ? {} : { retryAfterSeconds }),
  });
}

/** "Timed out after 20 s", "Timed out after 0.3 s". */
export function timeoutError(timeoutMs: number): FeedError {
  const seconds = Number((timeoutMs / 1000).toFixed(1));
  return new FeedError("timeout", `Timed out after ${seconds} s`);
}

const CONNECTION_MESSAGES: Record<string, string> = {
  ECONNREFUSED: "Connection refused by",
  ECONNRESET: "Connection reset by",
  EPIPE: "Connection closed by",
  UND_ERR_SOCKET: "Connection closed by",
  ENOTFOUND: "Server not found:",
  EAI_AGAIN: "Server name could not be looked up:",
  EHOSTUNREACH: "No route to",
  ENETUNREACH: "Network unreachable for",
  ETIMEDOUT: "Connection timed out to",
};

/** Turns what undici throws ("fetch failed" with a cause) into a message that names the problem. */
export function networkError(error: unknown, host: string): FeedError {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = typeof cause === "object" && cause !== null && "code" in cause ? String(cause.code) : "";
  const detail = cause instanceof Error ? cause.message : String(cause);
  if (code.startsWith("UND_ERR_") && code.includes("TIMEOUT")) {
    return new FeedError("timeout", `${host} stopped responding`, { cause: error });
  }
  const lead = CONNECTION_MESSAGES[code];
  if (lead) return new FeedError("network", `${lead} ${host}`, { cause: error });
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/i.test(code)) {
    return new FeedError("network", `Secure connection to ${host} failed: ${detail}`, { cause: error });
  }
  return new FeedError("network", `Network error talking to ${host}: ${detail}`, { cause: error });
}

import { gunzipSync } from "node:zlib";
import { FeedError } from "./errors";

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Gunzips a body that starts with the gzip magic bytes (1f 8b). Some servers send gzip files without a
 * Content-Encoding header, so the HTTP client hands the compressed bytes through. The size cap applies to
 * the decompressed output too: a small gzip can expand a thousandfold. Other bodies pass through.
 */
export function maybeGunzip(body: Buffer, maxBytes: number = DEFAULT_MAX_BYTES): Buffer {
  if (body.length < 2 || body[0] !== 0x1f || body[1] !== 0x8b) return body;
  try {
    // maxOutputLength makes zlib stop (and throw) instead of allocating past the cap.
    return gunzipSync(body, { maxOutputLength: maxBytes });
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
      throw new FeedError(
        "too-large",
        `Body larger than ${formatBytes(maxBytes)} once unzipped; stopped reading`,
        {
          cause: error,
        },
      );
    }
    throw new FeedError("decode", "The body looks gzip-compressed but could not be unzipped", {
      cause: error,
    });
  }
}

/** "10 MB" for 10 MiB: the unit a newsroom user reads, exact enough for a limit. */
export function formatBytes(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  if (mib >= 1) return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

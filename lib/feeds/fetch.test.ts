import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import { gzipSync } from "node:zlib";
import { FeedError, type FeedErrorCode } from "./errors";
import { fetchFeed } from "./fetch";

const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback</title></channel></rss>';
const MiB = 1024 * 1024;

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const routes = new Map<string, Handler>();
const seen: IncomingMessage["headers"][] = [];
let bigBodyBytesWritten = 0;
let server: Server;
let origin = "";

routes.set("/feed", (req, res) => {
  seen.push(req.headers);
  if (req.headers["if-none-match"] === '"v1"') {
    res.writeHead(304, { etag: '"v1"', "cache-control": "max-age=600" });
    res.end();
    return;
  }
  res.writeHead(200, {
    "content-type": "application/rss+xml; charset=utf-8",
    etag: '"v1"',
    "last-modified": "Tue, 03 Jan 2023 10:00:00 GMT",
    "cache-control": "public, max-age=300",
  });
  res.end(FEED);
});
// /hop/3 → /hop/2 → /hop/1 → /hop/0 (the feed), with relative Locations.
routes.set("/hop", (req, res) => {
  const left = Number(req.url?.split("/")[2] ?? 0);
  if (left === 0) {
    res.writeHead(200, { "content-type": "text/xml" });
    res.end(FEED);
    return;
  }
  res.writeHead(left % 2 === 0 ? 301 : 302, { location: `../hop/${left - 1}` });
  res.end();
});
routes.set("/to-ftp", (_req, res) => {
  res.writeHead(302, { location: "ftp://files.example/feed.xml" });
  res.end();
});
routes.set("/never", () => {
  // Accepts the request and never answers.
});
routes.set("/stall-body", (_req, res) => {
  res.writeHead(200, { "content-type": "text/xml" });
  res.write("<rss>");
});
routes.set("/big", (_req, res) => {
  // 20 MB, written only as fast as the client reads, so the count shows how much was really pulled.
  res.writeHead(200, { "content-type": "text/xml" });
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  const write = () => {
    while (bigBodyBytesWritten < 20 * MiB) {
      bigBodyBytesWritten += chunk.length;
      if (!res.write(chunk)) return void res.once("drain", write);
    }
    res.end();
  };
  write();
});
routes.set("/declared-big", (_req, res) => {
  res.writeHead(200, { "content-type": "text/xml", "content-length": String(50 * MiB) });
  res.write("<rss>");
});
routes.set("/gzip-encoded", (_req, res) => {
  res.writeHead(200, { "content-type": "text/xml", "content-encoding": "gzip" });
  res.end(gzipSync(FEED));
});
routes.set("/gzip-raw", (_req, res) => {
  res.writeHead(200, { "content-type": "application/octet-stream" });
  res.end(gzipSync(FEED));
});
routes.set("/gzip-bomb", (_req, res) => {
  res.writeHead(200, { "content-type": "application/octet-stream" });
  res.end(gzipSync(Buffer.alloc(3 * MiB, 0x20)));
});
routes.set("/error", (_req, res) => {
  res.writeHead(500);
  res.end("boom");
});
routes.set("/busy", (_req, res) => {
  res.writeHead(503, { "retry-after": "120" });
  res.end();
});
routes.set("/slow-down", (_req, res) => {
  const now = Date.parse("2024-03-01T12:00:00Z");
  res.writeHead(429, {
    date: new Date(now).toUTCString(),
    "retry-after": new Date(now + 90_000).toUTCString(),
  });
  res.end();
});

async function rejectsWith(
  promise: Promise<unknown>,
  code: FeedErrorCode,
  message: RegExp,
): Promise<FeedError> {
  let caught: unknown;
  await assert.rejects(promise, (error: unknown) => {
    caught = error;
    return true;
  });
  assert.ok(caught instanceof FeedError, `expected a FeedError, got ${String(caught)}`);
  assert.equal(caught.code, code);
  assert.match(caught.message, message);
  return caught;
}

describe("fetchFeed against a loopback server", () => {
  before(async () => {
    server = createServer((req, res) => {
      const route = `/${(req.url ?? "/").split("/")[1]}`;
      const handler = routes.get(route);
      if (handler) handler(req, res);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  test("200 with validators, then 304 when they are sent back", async () => {
    const first = await fetchFeed(`${origin}/feed`);
    assert.equal(first.kind, "ok");
    if (first.kind !== "ok") return;
    assert.equal(first.body.toString("utf8"), FEED);
    assert.equal(first.contentType, "application/rss+xml; charset=utf-8");
    assert.equal(first.status, 200);
    assert.equal(first.minIntervalSeconds, 300);
    assert.match(String(seen.at(-1)?.["accept-encoding"]), /gzip/);
    assert.match(String(seen.at(-1)?.["user-agent"]), /ConflictMonitor/);

    const second = await fetchFeed(`${origin}/feed`, { etag: first.etag, lastModified: first.lastModified });
    assert.deepEqual(second, {
      kind: "not-modified",
      etag: '"v1"',
      lastModified: "Tue, 03 Jan 2023 10:00:00 GMT",
      finalUrl: `${origin}/feed`,
      minIntervalSeconds: 600,
    });
    assert.equal(seen.at(-1)?.["if-none-match"], '"v1"');
    assert.equal(seen.at(-1)?.["if-modified-since"], "Tue, 03 Jan 2023 10:00:00 GMT");
  });

  test("follows a chain of 5 redirects", async () => {
    const result = await fetchFeed(`${origin}/hop/5`);
    assert.equal(result.kind, "ok");
    assert.equal(result.finalUrl, `${origin}/hop/0`);
  });

  test("a 6th redirect is one too many", async () => {
    await rejectsWith(fetchFeed(`${origin}/hop/6`), "too-many-redirects", /^More than 5 redirects/);
  });

  test("maxRedirects is configurable", async () => {
    await rejectsWith(
      fetchFeed(`${origin}/hop/2`, { maxRedirects: 1 }),
      "too-many-redirects",
      /More than 1 redirects/,
    );
  });

  test("a redirect to a non-web address", async () => {
    await rejectsWith(fetchFeed(`${origin}/to-ftp`), "bad-url", /redirected to a non-web address/);
  });

  test("times out on a server that never answers", async () => {
    await rejectsWith(
      fetchFeed(`${origin}/never`, { timeoutMs: 300 }),
      "timeout",
      /^Timed out after 0\.3 s$/,
    );
  });

  test("the timeout covers the body too", async () => {
    await rejectsWith(
      fetchFeed(`${origin}/stall-body`, { timeoutMs: 300 }),
      "timeout",
      /^Timed out after 0\.3 s$/,
    );
  });

  test("stops reading a 20 MB body at the 10 MiB cap", async () => {
    await rejectsWith(fetchFeed(`${origin}/big`), "too-large", /^Body larger than 10 MB; stopped reading$/);
    // Give the server a moment to notice the closed socket, then check it did not have to send it all.
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.ok(bigBodyBytesWritten < 20 * MiB, `server wrote ${bigBodyBytesWritten} bytes`);
  });

  test("a declared Content-Length over the cap is refused before reading", async () => {
    await rejectsWith(fetchFeed(`${origin}/declared-big`), "too-large", /Body larger than 10 MB/);
  });

  test("gzip with Content-Encoding", async () => {
    const result = await fetchFeed(`${origin}/gzip-encoded`);
    assert.equal(result.kind === "ok" && result.body.toString("utf8"), FEED);
  });

  test("gzip bytes without Content-Encoding are unzipped too", async () => {
    const result = await fetchFeed(`${origin}/gzip-raw`);
    assert.equal(result.kind === "ok" && result.body.toString("utf8"), FEED);
  });

  test("the cap applies to the unzipped size", async () => {
    await rejectsWith(fetchFeed(`${origin}/gzip-bomb`, { maxBytes: MiB }), "too-large", /once unzipped/);
  });

  test("HTTP 500 reads as a clear error", async () => {
    const error = await rejectsWith(
      fetchFeed(`${origin}/error`),
      "http-status",
      /^HTTP 500 Internal Server Error from 127\.0\.0\.1:\d+$/,
    );
    assert.equal(error.status, 500);
    assert.equal(error.retryAfterSeconds, undefined);
  });

  test("503 with Retry-After in seconds", async () => {
    const error = await rejectsWith(
      fetchFeed(`${origin}/busy`),
      "http-status",
      /^HTTP 503 Service Unavailable from .*retry in 120 s$/,
    );
    assert.equal(error.status, 503);
    assert.equal(error.retryAfterSeconds, 120);
  });

  test("429 with Retry-After as an HTTP date, measured from the server's clock", async () => {
    const error = await rejectsWith(
      fetchFeed(`${origin}/slow-down`),
      "http-status",
      /^HTTP 429 Too Many Requests/,
    );
    assert.equal(error.retryAfterSeconds, 90);
  });

  test("a closed port is a network error naming the host", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await rejectsWith(
      fetchFeed(`http://127.0.0.1:${port}/feed`),
      "network",
      /^Connection refused by 127\.0\.0\.1:\d+$/,
    );
  });

  for (const url of ["ftp://example.org/feed", "file:///etc/passwd", "not a url"]) {
    test(`refuses ${url}`, async () => {
      await rejectsWith(fetchFeed(url), "bad-url", /^Not a web address/);
    });
  }

  test("the caller's abort signal rejects with its own reason", async () => {
    const controller = new AbortController();
    const pending = fetchFeed(`${origin}/never`, { signal: controller.signal, timeoutMs: 5000 });
    const reason = new Error("worker stopping");
    setTimeout(() => controller.abort(reason), 50);
    await assert.rejects(pending, (error: unknown) => error === reason);
  });
});

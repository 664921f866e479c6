import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One item of a loopback feed. */
export interface LoopbackItem {
  guid: string;
  title: string;
  /** Sent as the RSS description; may hold HTML on purpose (the sanitiser must strip it). */
  description: string;
  link: string;
  /** RFC 822 or ISO date, sent as written. */
  pubDate: string;
}

/** How a feed answers its next requests: normally, or with one of the failures a real site shows. */
export type FeedBehaviour =
  | { kind: "ok" }
  | { kind: "status"; status: number; retryAfter?: string }
  | { kind: "broken-xml" }
  | { kind: "huge"; bytes: number }
  | { kind: "hang" }
  /** A body written by the caller, for formats other than RSS 2.0 and for encodings. */
  | { kind: "raw"; body: string | Buffer; contentType: string };

interface LoopbackFeed {
  title: string;
  items: LoopbackItem[];
  behaviour: FeedBehaviour;
  requests: number;
  notModified: number;
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function renderRss(title: string, link: string, items: LoopbackItem[]): string {
  const entries = items
    .map(
      (item) => `    <item>
      <guid isPermaLink="false">${xmlEscape(item.guid)}</guid>
      <title>${xmlEscape(item.title)}</title>
      <link>${xmlEscape(item.link)}</link>
      <description>${xmlEscape(item.description)}</description>
      <pubDate>${xmlEscape(item.pubDate)}</pubDate>
    </item>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>${xmlEscape(title)}</title>
    <link>${xmlEscape(link)}</link>
    <description>${xmlEscape(title)}</description>
${entries}
  </channel>
</rss>
`;
}

/**
 * An RSS server on 127.0.0.1 for the demo and the tests: feeds at /feeds/NAME.xml whose items and
 * failures are set from code. Honours If-None-Match with a content ETag, as a well-behaved site does.
 */
export class LoopbackFeedServer {
  private readonly feeds = new Map<string, LoopbackFeed>();
  private readonly server: Server;
  private readonly hanging = new Set<ServerResponse>();
  url = "";

  constructor() {
    this.server = createServer((req, res) => this.answer(req, res));
  }

  async listen(port = 0): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(port, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  feedUrl(name: string): string {
    return `${this.url}/feeds/${name}.xml`;
  }

  /** Creates the feed if needed and returns its URL. */
  addFeed(name: string, title = name): string {
    if (!this.feeds.has(name))
      this.feeds.set(name, { title, items: [], behaviour: { kind: "ok" }, requests: 0, notModified: 0 });
    return this.feedUrl(name);
  }

  /** Publishes an item at the top of the feed, or replaces the item with the same GUID (a republication). */
  publish(name: string, item: LoopbackItem): void {
    const feed = this.feed(name);
    feed.items = [item, ...feed.items.filter((existing) => existing.guid !== item.guid)];
  }

  setBehaviour(name: string, behaviour: FeedBehaviour): void {
    this.feed(name).behaviour = behaviour;
  }

  stats(name: string): { requests: number; notModified: number; items: number } {
    const feed = this.feed(name);
    return { requests: feed.requests, notModified: feed.notModified, items: feed.items.length };
  }

  async close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private feed(name: string): LoopbackFeed {
    const feed = this.feeds.get(name);
    if (!feed) throw new Error(`no loopback feed "${name}"`);
    return feed;
  }

  private answer(req: IncomingMessage, res: ServerResponse): void {
    const match = /^\/feeds\/([\w-]+)\.xml$/.exec(req.url ?? "");
    const feed = match?.[1] ? this.feeds.get(match[1]) : undefined;
    if (!feed) {
      res.writeHead(404, { "content-type": "text/plain" }).end("no such feed");
      return;
    }
    feed.requests += 1;
    const behaviour = feed.behaviour;
    switch (behaviour.kind) {
      case "status": {
        const headers: Record<string, string> = { "content-type": "text/plain" };
        if (behaviour.retryAfter) headers["retry-after"] = behaviour.retryAfter;
        res.writeHead(behaviour.status, headers).end("failure on purpose");
        return;
      }
      case "broken-xml":
        res.writeHead(200, { "content-type": "application/rss+xml" });
        res.end('<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>cut off');
        return;
      case "huge":
        this.sendHuge(res, behaviour.bytes);
        return;
      case "raw":
        res.writeHead(200, { "content-type": behaviour.contentType }).end(behaviour.body);
        return;
      case "hang":
        this.hanging.add(res);
        res.on("close", () => this.hanging.delete(res));
        return;
      case "ok": {
        const body = renderRss(feed.title, this.url, feed.items);
        const etag = `"${createHash("sha1").update(body).digest("hex")}"`;
        if (req.headers["if-none-match"] === etag) {
          feed.notModified += 1;
          res.writeHead(304, { etag }).end();
          return;
        }
        res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8", etag }).end(body);
      }
    }
  }

  /** Streams a well-formed start and then endless items, so only a size cap stops the reader. */
  private sendHuge(res: ServerResponse, bytes: number): void {
    res.writeHead(200, { "content-type": "application/rss+xml" });
    res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title>');
    const chunk = `<item><title>${"x".repeat(1000)}</title></item>`;
    let sent = 0;
    const pump = () => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!res.write(chunk)) {
          res.once("drain", pump);
          return;
        }
      }
      res.end("</channel></rss>");
    };
    // The reader hangs up once its size cap is hit; that ends this response and is expected.
    res.on("error", () => res.destroy());
    pump();
  }
}

import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import { io as connect, type Socket } from "socket.io-client";
import { SqliteStore } from "../db/sqlite/store";
import type { ArticleInput } from "../db/store";
import { getLogger } from "../log";
import type { Change } from "../types/article";
import { createLocalBus } from "./bus";
import type { ClientToServerEvents, ServerToClientEvents, SnapshotReply, SyncReply } from "./events";
import { attachSocketServer, type MonitorIo } from "./socket-server";

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

function input(n: number): ArticleInput {
  const at = new Date(Date.UTC(2020, 9, 1, 0, n)).toISOString();
  return {
    key: `k${n}`,
    url: `https://news.example/${n}`,
    title: `Report ${n}`,
    summary: "text",
    publishedAt: at,
    fetchedAt: at,
    dateMissing: false,
    dateClamped: false,
    language: "en",
    contentHash: `h${n}`,
    relevance: { score: 5, reason: "test" },
    tags: null,
  };
}

describe("the socket server with two real clients", () => {
  const store = new SqliteStore(":memory:");
  const bus = createLocalBus();
  let io: MonitorIo;
  let url = "";
  let feedId = 0;
  const clients: Client[] = [];

  async function store1(n: number): Promise<Change[]> {
    const changes = await store.recordPoll(feedId, {
      kind: "ok",
      etag: null,
      lastModified: null,
      feedTitle: null,
      articles: [input(n)],
      polledAt: new Date().toISOString(),
      nextPollAt: new Date().toISOString(),
    });
    for (const change of changes) bus.publishChange(change);
    return changes;
  }

  before(async () => {
    const [feed] = await store.syncFeeds([
      {
        url: "https://news.example/rss",
        name: "Wire",
        nameFromFeed: false,
        language: "en",
        pollSeconds: 60,
        regional: false,
        timeZone: "UTC",
      },
    ]);
    feedId = feed?.id ?? 0;
    await store1(1);
    const http = createServer();
    io = attachSocketServer(http, {
      store,
      bus,
      serverId: "test",
      startedAt: new Date().toISOString(),
      log: getLogger("test"),
    });
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    for (let i = 0; i < 2; i++) {
      const client: Client = connect(url, { transports: ["websocket"], forceNew: true });
      clients.push(client);
      await new Promise<void>((resolve) => client.once("connect", () => resolve()));
    }
  });

  after(async () => {
    for (const client of clients) client.disconnect();
    await new Promise<void>((resolve) => io.close(() => resolve()));
    await store.close();
  });

  test("a snapshot gives the stored articles and the number they are current up to", async () => {
    const reply = await new Promise<SnapshotReply>((resolve) =>
      clients[0]?.emit("snapshot:get", {}, resolve),
    );
    assert.ok(reply.ok);
    assert.deepEqual(
      reply.articles.map((a) => a.title),
      ["Report 1"],
    );
    assert.equal(reply.upTo, 1);
  });

  test("every client receives each stored change once, in order", async () => {
    const received: Change[][] = [[], []];
    clients.forEach((client, i) => {
      client.on("change:added", (change) => received[i]?.push(change));
    });
    await store1(2);
    await store1(3);
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const list of received)
      assert.deepEqual(
        list.map((c) => c.seq),
        [2, 3],
      );
  });

  test("sync:since returns every change after the number, paged", async () => {
    const page = await new Promise<SyncReply>((resolve) =>
      clients[1]?.emit("sync:since", { seq: 1, limit: 1 }, resolve),
    );
    assert.ok(page.ok);
    assert.deepEqual(
      page.changes.map((c) => c.seq),
      [2],
    );
    assert.equal(page.more, true);
    const rest = await new Promise<SyncReply>((resolve) =>
      clients[1]?.emit("sync:since", { seq: page.upTo }, resolve),
    );
    assert.ok(rest.ok);
    assert.deepEqual(
      rest.changes.map((c) => c.seq),
      [3],
    );
    assert.equal(rest.more, false);
  });

  test("a malformed request is answered with an error, not dropped", async () => {
    const reply = await new Promise<SyncReply>((resolve) =>
      (clients[0] as unknown as { emit: (e: string, p: unknown, cb: (r: SyncReply) => void) => void }).emit(
        "sync:since",
        { seq: "yesterday" },
        resolve,
      ),
    );
    assert.equal(reply.ok, false);
    assert.match(reply.ok ? "" : reply.error, /bad request/);
  });

  test("the namespace is read-only: an unknown event changes nothing", async () => {
    const before = await store.latestSeq();
    (clients[0] as unknown as { emit: (e: string, p: unknown) => void }).emit("article:add", {
      title: "forged",
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(await store.latestSeq(), before);
  });
});

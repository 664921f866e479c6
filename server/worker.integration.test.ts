import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import type { FeedConfig } from "../lib/config/schema";
import { optionsSchema } from "../lib/config/schema";
import { SqliteStore } from "../lib/db/sqlite/store";
import { getLogger } from "../lib/log";
import { createLocalBus } from "../lib/realtime/bus";
import { relevanceModel } from "../lib/relevance";
import type { Change } from "../lib/types/article";
import { Poller } from "../lib/worker/poller";
import { LoopbackFeedServer, type LoopbackItem } from "./loopback-feeds";

let counter = 0;
function item(label: string): LoopbackItem {
  counter += 1;
  return {
    guid: `worker-${counter}`,
    title: `${label}: artillery exchange on the Armenia–Azerbaijan border`,
    description: `<p>${label} near Tavush, where Armenian and Azerbaijani positions face each other.</p>`,
    link: `https://news.example/${counter}`,
    pubDate: new Date().toUTCString(),
  };
}

function feedConfig(url: string, name: string, pollSeconds = 300): FeedConfig {
  return { url, name, nameFromFeed: false, language: "en", pollSeconds, regional: false, timeZone: "UTC" };
}

const relevance = relevanceModel({
  threshold: 3,
  terms: [
    { term: "Armenia", weight: 3 },
    { term: "Azerbaijan", weight: 3 },
  ],
});

describe("the worker against a loopback feed server", () => {
  let feeds: LoopbackFeedServer;
  let store: SqliteStore;
  let poller: Poller;
  const changes: Change[] = [];
  let healthyId = 0;
  let troubledId = 0;

  before(async () => {
    feeds = await new LoopbackFeedServer().listen();
    feeds.addFeed("healthy", "Healthy Wire");
    feeds.addFeed("troubled", "Troubled Wire");
    feeds.publish("healthy", item("First"));
    feeds.publish("troubled", item("Troubled first"));
    const dir = mkdtempSync(path.join(tmpdir(), "monitor-worker-"));
    store = new SqliteStore(path.join(dir, "monitor.db"));
    const bus = createLocalBus();
    bus.onChange((change) => changes.push(change));
    poller = new Poller({
      store,
      bus,
      log: getLogger("test"),
      options: optionsSchema.parse({ maxBodyBytes: 10 * 1024 * 1024, timeoutSeconds: 1 }),
      relevance,
      tag: null,
    });
    // The healthy feed polls every second on its own; the troubled one is driven by the test.
    await poller.start([
      feedConfig(feeds.feedUrl("healthy"), "Healthy Wire", 1),
      feedConfig(feeds.feedUrl("troubled"), "Troubled Wire"),
    ]);
    const all = await store.listFeeds();
    healthyId = all.find((feed) => feed.name === "Healthy Wire")?.id ?? 0;
    troubledId = all.find((feed) => feed.name === "Troubled Wire")?.id ?? 0;
    await poller.pollNow(troubledId);
  });

  after(async () => {
    await poller.stop();
    await store.close();
    await feeds.close();
  });

  async function waitFor(check: () => boolean | Promise<boolean>, what: string, ms = 5000): Promise<void> {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      if (await check()) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.fail(`timed out waiting for ${what}`);
  }

  const articleChanges = () => changes.flatMap((c) => ("article" in c ? [c] : []));
  const titles = async () =>
    (await store.snapshot({ articles: 100, facts: 0 })).articles.map((article) => article.title);

  test("picks up an item appended to a feed within one poll interval", async () => {
    await waitFor(async () => (await titles()).some((t) => t.startsWith("First")), "the first item");
    const appended = item("Appended");
    feeds.publish("healthy", appended);
    // Poll interval 1 s, plus up to 20% jitter.
    await waitFor(
      async () => (await titles()).some((t) => t.startsWith("Appended")),
      "the appended item",
      2500,
    );
    const change = articleChanges().find((c) => c.article.title.startsWith("Appended"));
    assert.equal(change?.kind, "article:added");
    assert.equal(change?.article.url, appended.link);
    assert.equal(change?.article.summary.includes("<p>"), false, "markup is stripped");
  });

  test("a 304 Not Modified leaves the store untouched", async () => {
    const before = await store.latestSeq();
    const notModifiedBefore = feeds.stats("troubled").notModified;
    await poller.pollNow(troubledId);
    assert.equal(
      feeds.stats("troubled").notModified,
      notModifiedBefore + 1,
      "the validator was sent and honoured",
    );
    const seqAfter = await store.latestSeq();
    // Only the healthy feed may have added since; nothing from the troubled one.
    const troubledChanges = (await store.changesAfter(before, 100)).changes.filter(
      (c) => "article" in c && c.article.feedId === troubledId,
    );
    assert.equal(troubledChanges.length, 0);
    assert.ok(seqAfter >= before);
    const feed = (await store.listFeeds()).find((f) => f.id === troubledId);
    assert.equal(feed?.consecutiveFailures, 0);
    assert.equal(feed?.articles, 1);
  });

  test("500, broken XML, a 20 MB body, a hang and a 503 each give a clear error; the healthy feed keeps flowing", async () => {
    const cases: Array<[Parameters<LoopbackFeedServer["setBehaviour"]>[1], RegExp, number]> = [
      [{ kind: "status", status: 500 }, /^HTTP 500 Internal Server Error from 127\.0\.0\.1/, 250],
      [{ kind: "broken-xml" }, /^Broken XML at line \d+/, 250],
      [{ kind: "huge", bytes: 20 * 1024 * 1024 }, /^Body larger than 10 MB/, 250],
      [{ kind: "hang" }, /^Timed out after 1 s/, 250],
      [
        { kind: "status", status: 503, retryAfter: "7200" },
        /^HTTP 503 Service Unavailable .*retry in 7200 s/,
        7200,
      ],
    ];
    let failures = 0;
    for (const [behaviour, message, minWaitSeconds] of cases) {
      feeds.setBehaviour("troubled", behaviour);
      await poller.pollNow(troubledId);
      failures += 1;
      const feed = (await store.listFeeds()).find((f) => f.id === troubledId);
      assert.match(feed?.lastError ?? "", message, `error for ${behaviour.kind}`);
      assert.equal(feed?.consecutiveFailures, failures);
      assert.equal(feed?.articles, 1, "the failing feed keeps its earlier items");
      assert.ok(Date.parse(feed?.nextPollAt ?? "") > Date.now() + minWaitSeconds * 1000, "backs off");
      const healthy = item(`Healthy during ${behaviour.kind}`);
      feeds.publish("healthy", healthy);
      await waitFor(
        async () => (await titles()).includes(healthy.title),
        `the healthy feed during ${behaviour.kind}`,
        3000,
      );
    }
    const healthyFeed = (await store.listFeeds()).find((f) => f.id === healthyId);
    assert.equal(healthyFeed?.consecutiveFailures, 0);

    feeds.setBehaviour("troubled", { kind: "ok" });
    feeds.publish("troubled", item("Troubled recovered"));
    await poller.pollNow(troubledId);
    const recovered = (await store.listFeeds()).find((f) => f.id === troubledId);
    assert.equal(recovered?.consecutiveFailures, 0);
    assert.equal(recovered?.articles, 2);
  });

  test("a republished item with changed text updates the article and keeps its earlier version", async () => {
    const original = item("Original wording");
    feeds.publish("troubled", original);
    await poller.pollNow(troubledId);
    feeds.publish("troubled", { ...original, title: `${original.title} (corrected)` });
    await poller.pollNow(troubledId);
    const updated = articleChanges().filter(
      (c) => c.kind === "article:updated" && c.article.title.endsWith("(corrected)"),
    );
    assert.equal(updated.length, 1);
    assert.equal(updated[0]?.article.version, 2);
    const versions = store.db.prepare("SELECT COUNT(*) AS n FROM article_versions").get() as { n: number };
    assert.equal(versions.n, 1);
    // Polling again stores nothing twice, and an item unrelated to the region is not kept.
    const seq = await store.latestSeq();
    feeds.publish("troubled", {
      guid: "sports-1",
      title: "Cup final goes to extra time",
      description: "A football report with no bearing on the region.",
      link: "https://news.example/sports",
      pubDate: new Date().toUTCString(),
    });
    await poller.pollNow(troubledId);
    const after = await store.changesAfter(seq, 100);
    assert.equal(after.changes.filter((c) => "article" in c && c.article.feedId === troubledId).length, 0);
  });
});

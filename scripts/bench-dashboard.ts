/**
 * npm run bench:dashboard — the dashboard's speed and memory with a large store, in headless Chromium:
 *  1. 5,000 incidents, 20,000 casualty claims and 2,000 statements stored: time from navigation until the
 *     snapshot has arrived and all three panels are painted (median of 5 loads; target 1.5 s);
 *  2. a pushed change: time from the server emitting it to it being on screen (median of 20; target 250 ms);
 *  3. the page's JavaScript heap after 10,000 further pushed events, after a garbage collection (target 150 MB).
 * Prints its figures; asserts nothing. The machine is shared: read medians.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../e2e/chromium";
import { SqliteStore } from "../lib/db/sqlite/store";
import type { Change } from "../lib/types/article";
import { startMonitor } from "../server/app";
import { LoopbackFeedServer } from "../server/loopback-feeds";
import { rng, type SeedShape, seed, storeArticles, syntheticArticle } from "./bench-dashboard/seed";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const ms = (value: number) => `${Math.round(value)} ms`;

const PANELS_PAINTED = `() => Boolean(
  document.querySelector('[data-testid="incident-map"] .leaflet-marker-icon, [data-testid="incident-map"] path.leaflet-interactive') &&
  document.querySelector('[data-testid="casualty-chart"] .recharts-surface, [data-testid="casualty-chart"] [data-testid="ledger-row"]') &&
  document.querySelector('[data-testid="statement-item"]')
)`;

async function loadTime(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction(PANELS_PAINTED, undefined, { timeout: 60_000, polling: "raf" });
  // performance.now() counts from the start of this navigation.
  return page.evaluate("performance.now()") as Promise<number>;
}

async function main(): Promise<void> {
  const shape: SeedShape = {
    incidents: Number(process.env.BENCH_INCIDENTS ?? 5000),
    claimsPerIncident: 4,
    statements: Number(process.env.BENCH_STATEMENTS ?? 2000),
    bounds: { south: 39.2, west: 45.0, north: 41.2, east: 48.5 },
    start: new Date("2020-09-27T00:00:00Z"),
    days: 45,
  };
  const dir = mkdtempSync(path.join(tmpdir(), "bench-dashboard-"));
  const dbFile = path.join(dir, "monitor.db");
  const feeds = await new LoopbackFeedServer().listen();
  const feedUrl = feeds.addFeed("quiet", "Bench Wire");

  const store = new SqliteStore(dbFile);
  const [feed] = await store.syncFeeds([
    {
      url: feedUrl,
      name: "Bench Wire",
      nameFromFeed: false,
      language: "en",
      pollSeconds: 3600,
      regional: true,
      timeZone: "UTC",
    },
  ]);
  let started = performance.now();
  await seed(store, feed?.id ?? 0, shape);
  const counts = store.db
    .prepare(
      `SELECT (SELECT COUNT(*) FROM incidents) AS incidents, (SELECT COUNT(*) FROM claims) AS claims,
         (SELECT COUNT(*) FROM statements) AS statements`,
    )
    .get() as { incidents: number; claims: number; statements: number };
  console.log(
    `seeded ${counts.incidents} incidents, ${counts.claims} claims, ${counts.statements} statements in ${ms(performance.now() - started)}`,
  );
  await store.close();

  const monitor = await startMonitor({
    root,
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      DATABASE_URL: `file:${dbFile}`,
      FEEDS: feedUrl,
      LOG_LEVEL: "warn",
    },
  });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await loadTime(page, monitor.url); // warm-up: compiles nothing, but fills the OS caches
    const loads: number[] = [];
    for (let run = 0; run < 5; run++) loads.push(await loadTime(page, monitor.url));
    console.log(
      `snapshot + three panels painted: median ${ms(median(loads))} (runs: ${loads.map(ms).join(", ")}; target ≤ 1500 ms)`,
    );

    // Push latency: the server emits an article; the page notes when it is on screen.
    const random = rng(7);
    const pushShape = { ...shape, start: new Date(), days: 1, incidents: 1_000_000 };
    const latencies: number[] = [];
    let nextId = 0;
    const push = async (count: number): Promise<Change[]> => {
      const articles = Array.from({ length: count }, () =>
        syntheticArticle(nextId++, pushShape, random, "Push"),
      );
      const changes = await storeArticles(monitor.store, feed?.id ?? 0, articles);
      for (const change of changes) monitor.bus.publishChange(change);
      return changes;
    };
    for (let i = 0; i < 20; i++) {
      const title = `Push ${nextId}:`;
      // A string, not a function: the TypeScript runner would wrap a function with helpers the page lacks.
      const seen = page.evaluate(`new Promise((resolve) => {
        const prefix = ${JSON.stringify(title)};
        const check = () => {
          const found = [...document.querySelectorAll('[data-testid="report-item"]')].some((el) =>
            el.textContent.includes(prefix));
          if (found) { observer.disconnect(); resolve(performance.timeOrigin + performance.now()); }
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { childList: true, subtree: true });
      })`) as Promise<number>;
      await new Promise((resolve) => setTimeout(resolve, 50));
      const emitted = Date.now();
      await push(1);
      latencies.push((await seen) - emitted);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    console.log(
      `push to screen: median ${ms(median(latencies))} (p90 ${ms([...latencies].sort((a, b) => a - b)[17] ?? 0)}; target ≤ 250 ms)`,
    );

    // Memory after 10,000 further pushed events.
    let events = 0;
    started = performance.now();
    while (events < 10_000) {
      events += (await push(25)).length;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await page.waitForTimeout(2000);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    const heap = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number; totalSize: number };
    console.log(
      `heap after ${events} pushed events (${ms(performance.now() - started)}): ${(heap.usedSize / 1048576).toFixed(1)} MB used (target ≤ 150 MB)`,
    );
  } finally {
    await browser.close();
    await monitor.close();
    await feeds.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

import { test as base } from "@playwright/test";
import { LoopbackFeedServer } from "../server/loopback-feeds";
import { freePort, MonitorProcess, tempDbUrl } from "./harness";

/**
 * Each test gets a loopback feed server with one feed ("wire") and the real monitor polling it every
 * second on a fresh database. The monitor's log is attached when a test fails.
 */
export const test = base.extend<{ feeds: LoopbackFeedServer; server: MonitorProcess }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the fixtures argument to be destructured.
  feeds: async ({}, use) => {
    const feeds = await new LoopbackFeedServer().listen();
    feeds.addFeed("wire", "Test Wire");
    await use(feeds);
    await feeds.close();
  },
  server: async ({ feeds }, use, testInfo) => {
    const server = new MonitorProcess({
      port: await freePort(),
      databaseUrl: tempDbUrl(),
      feeds: [feeds.feedUrl("wire")],
    });
    await server.start();
    await use(server);
    if (testInfo.status !== testInfo.expectedStatus)
      await testInfo.attach("server.log", { body: server.output });
    await server.stop();
  },
});

export { expect } from "@playwright/test";

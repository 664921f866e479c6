import type { Page } from "@playwright/test";
import type { LoopbackFeedServer } from "../server/loopback-feeds";
import { expect, test } from "./fixtures";
import type { MonitorProcess } from "./harness";
import { report } from "./reports";

const items = (page: Page) => page.getByTestId("report-item");

async function openDashboard(page: Page, feeds: LoopbackFeedServer, server: MonitorProcess): Promise<void> {
  feeds.publish("wire", report("Opening report"));
  await page.goto(server.url);
  await expect(page.getByTestId("connection-badge")).toHaveAttribute("data-status", "live");
  await expect(items(page).filter({ hasText: "Opening report" })).toHaveCount(1);
}

test("a newly published item appears within 5 s of the poll, without reload", async ({
  page,
  feeds,
  server,
}) => {
  await openDashboard(page, feeds, server);
  const item = report("Fresh report");
  feeds.publish("wire", item);
  const published = Date.now();
  // The poll runs every second; the item must be on screen within 5 s of it.
  await expect(items(page).filter({ hasText: "Fresh report" })).toHaveCount(1, { timeout: 6_000 });
  expect(Date.now() - published).toBeLessThan(6_000);
  const link = items(page).filter({ hasText: "Fresh report" }).getByRole("link");
  await expect(link).toHaveAttribute("href", item.link);
  await expect(items(page).filter({ hasText: "Fresh report" })).toContainText("Test Wire");
  // The description's markup is reduced to text.
  await expect(items(page).filter({ hasText: "Fresh report" })).not.toContainText("<b>");
});

test("after a server restart the items are still there and new ones keep arriving", async ({
  page,
  feeds,
  server,
}) => {
  await openDashboard(page, feeds, server);
  feeds.publish("wire", report("Before restart"));
  await expect(items(page).filter({ hasText: "Before restart" })).toHaveCount(1);

  await server.stop(true);
  await expect(page.getByTestId("connection-badge")).toHaveAttribute("data-status", /reconnecting|offline/);
  feeds.publish("wire", report("While down"));
  await server.start();

  // The open page reconnects by itself and catches up on what it missed.
  await expect(page.getByTestId("connection-badge")).toHaveAttribute("data-status", "live", {
    timeout: 20_000,
  });
  await expect(items(page).filter({ hasText: "While down" })).toHaveCount(1);
  await expect(items(page).filter({ hasText: "Before restart" })).toHaveCount(1);

  await page.reload();
  await expect(items(page).filter({ hasText: "Before restart" })).toHaveCount(1);
  await expect(items(page).filter({ hasText: "Opening report" })).toHaveCount(1);
  await expect(items(page)).toHaveCount(3);
});

async function publishBatch(
  feeds: LoopbackFeedServer,
  labels: string[],
  from: number,
  to: number,
): Promise<void> {
  for (let i = from; i < to; i++) {
    feeds.publish("wire", report(labels[i] ?? ""));
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

test("a network cut in the middle of 20 new items ends with those 20 shown once each", async ({
  page,
  context,
  feeds,
  server,
}) => {
  await openDashboard(page, feeds, server);
  const labels = Array.from({ length: 20 }, (_, i) => `Batch item ${String(i + 1).padStart(2, "0")}`);
  await publishBatch(feeds, labels, 0, 7);

  // Cut the network under the open socket, keep publishing while it is down, then restore it.
  await context.setOffline(true);
  await page.evaluate(() => window.__conflictMonitor?.dropConnection());
  await expect(page.getByTestId("connection-badge")).toHaveAttribute("data-status", /reconnecting|offline/);
  await publishBatch(feeds, labels, 7, 14);
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  await context.setOffline(false);
  await publishBatch(feeds, labels, 14, 20);

  await expect(page.getByTestId("connection-badge")).toHaveAttribute("data-status", "live", {
    timeout: 20_000,
  });
  for (const label of labels) await expect(items(page).filter({ hasText: label })).toHaveCount(1);
  await expect(items(page).filter({ hasText: "Batch item" })).toHaveCount(20);
});

test("a server-side disconnect in the middle of 20 new items ends with those 20 shown once each", async ({
  page,
  feeds,
  server,
}) => {
  await openDashboard(page, feeds, server);
  const labels = Array.from({ length: 20 }, (_, i) => `Server cut ${String(i + 1).padStart(2, "0")}`);
  await publishBatch(feeds, labels, 0, 10);
  // socket.io does not reconnect by itself after the server disconnects a client.
  const response = await fetch(`${server.url}/__test/disconnect-sockets`, { method: "POST" });
  expect(response.status).toBe(204);
  await publishBatch(feeds, labels, 10, 20);

  await expect(page.getByTestId("connection-badge")).toHaveAttribute("data-status", "live", {
    timeout: 20_000,
  });
  for (const label of labels) await expect(items(page).filter({ hasText: label })).toHaveCount(1);
  await expect(items(page).filter({ hasText: "Server cut" })).toHaveCount(20);
});

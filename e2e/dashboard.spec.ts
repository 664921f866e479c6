import type { Page } from "@playwright/test";
import type { LoopbackItem } from "../server/loopback-feeds";
import { expect, test } from "./fixtures";
import type { MonitorProcess } from "./harness";

// Reports written for these tests.
let counter = 0;
function article(title: string, text: string): LoopbackItem {
  counter += 1;
  return {
    guid: `dash-${counter}-${Date.now()}`,
    title,
    description: text,
    link: `https://news.example/dash/${counter}`,
    pubDate: new Date().toUTCString(),
  };
}

const STEPANAKERT = article(
  "Shelling kills three civilians in Stepanakert",
  "Three civilians were killed when shells struck a residential street in Stepanakert overnight, the Karabakh emergency service said. “We will not leave our city,” said Anna Petrosyan, a spokeswoman for the city administration.",
);
const GANJA = article(
  "Missile strike on Ganja kills five",
  "Five civilians were killed in a missile strike on Ganja early on Sunday, Azerbaijan's prosecutor-general said. Presidential aide Hikmet Hajiyev said the attack was “a crime against a sleeping city”.",
);

const statements = (page: Page) => page.getByTestId("statement-item");
const ledgerRows = (page: Page) => page.getByTestId("ledger-row");
/** A ledger row whose figure is `count` (the figure cell follows the row's type, "single incident" or "toll"). */
const rowWithCount = (page: Page, count: number) =>
  ledgerRows(page).filter({ hasText: new RegExp(`(incident|toll)${count}(?!\\d)`) });
const incidents = (page: Page) => page.getByTestId("incident-list-item");

async function open(page: Page, server: MonitorProcess, query = ""): Promise<void> {
  // The configured tile server cannot be reached: block it as a firewall would.
  await page.route("http://tiles.invalid/**", (route) => route.abort("connectionrefused"));
  await page.goto(`${server.url}/${query}`);
  await expect(page.getByTestId("connection-badge")).toHaveAttribute("data-status", "live");
}

test("a published article's quote, figure and place appear in all three panels without reload", async ({
  page,
  feeds,
  server,
}, testInfo) => {
  await open(page, server);
  await expect(page.getByTestId("incident-map")).toBeVisible();
  feeds.publish("wire", STEPANAKERT);

  await expect(statements(page).filter({ hasText: "We will not leave our city" })).toHaveCount(1);
  await expect(rowWithCount(page, 3).first()).toBeAttached();
  await expect(incidents(page).filter({ hasText: "Stepanakert" })).toHaveCount(1);
  await expect(
    page
      .getByTestId("incident-map")
      .locator('[data-testid="incident-marker"], [data-testid="incident-cluster"]')
      .first(),
  ).toBeVisible();

  for (const panel of ["chart-panel", "map-panel", "statements-panel"]) {
    const file = testInfo.outputPath(`${panel}.png`);
    await page.getByTestId(panel).screenshot({ path: file });
    await testInfo.attach(panel, { path: file, contentType: "image/png" });
  }
});

test("filters in the URL narrow all three panels", async ({ page, feeds, server }) => {
  feeds.publish("wire", STEPANAKERT);
  feeds.publish("wire", GANJA);
  await open(page, server);
  const leaveQuote = statements(page).filter({ hasText: "We will not leave our city" });
  const sleepingQuote = statements(page).filter({ hasText: "sleeping city" });
  await expect(leaveQuote).toHaveCount(1);
  await expect(sleepingQuote).toHaveCount(1);
  await expect(incidents(page)).toHaveCount(2);

  await open(page, server, "?q=Ganja");
  await expect(sleepingQuote).toHaveCount(1);
  await expect(leaveQuote).toHaveCount(0);
  await expect(incidents(page)).toHaveCount(1);
  await expect(incidents(page)).toContainText("Ganja");
  await expect(rowWithCount(page, 3)).toHaveCount(0);
  await expect(rowWithCount(page, 5).first()).toBeAttached();

  await open(page, server, "?types=shelling");
  await expect(incidents(page)).toHaveCount(1);
  await expect(incidents(page)).toContainText("Stepanakert");
  await expect(rowWithCount(page, 5)).toHaveCount(0);
});

test("the map draws its bundled outlines when the tile server does not answer", async ({
  page,
  server,
}, testInfo) => {
  const tileRequests: string[] = [];
  page.on("request", (request) => {
    if (request.url().startsWith("http://tiles.invalid/")) tileRequests.push(request.url());
  });
  await open(page, server);
  const map = page.getByTestId("incident-map");
  await expect(map).toHaveAttribute("data-basemap", "outlines", { timeout: 15_000 });
  await expect(map).toHaveAttribute("data-outlines", "loaded");
  await expect(page.getByTestId("tiles-fallback")).toBeVisible();
  await expect(map.locator("path").first()).toBeAttached();
  await expect(map.locator(".leaflet-tile-container img")).toHaveCount(0);
  await expect(map.locator(".leaflet-control-attribution")).toBeVisible();
  expect(tileRequests.length).toBeGreaterThan(0);
  const file = testInfo.outputPath("map-offline.png");
  await page.getByTestId("map-panel").screenshot({ path: file });
  await testInfo.attach("map-offline", { path: file, contentType: "image/png" });
});

test("selecting an incident highlights its statements and figures, and selecting a statement its incident", async ({
  page,
  feeds,
  server,
}) => {
  feeds.publish("wire", STEPANAKERT);
  feeds.publish("wire", GANJA);
  await open(page, server);
  await expect(incidents(page)).toHaveCount(2);
  await page.getByTestId("incident-list").locator("summary").click();

  await incidents(page).filter({ hasText: "Stepanakert" }).click();
  const leave = statements(page).filter({ hasText: "We will not leave our city" });
  const sleeping = statements(page).filter({ hasText: "sleeping city" });
  await expect(leave).toContainText("linked");
  await expect(sleeping).not.toContainText("linked");
  await expect(rowWithCount(page, 3).first()).toHaveAttribute("data-linked", "true");
  await expect(rowWithCount(page, 5).first()).not.toHaveAttribute("data-linked", "true");

  await sleeping.getByRole("button", { pressed: false }).first().click();
  await expect(sleeping.getByRole("button", { pressed: true })).toHaveCount(1);
  await expect(incidents(page).filter({ hasText: "Ganja" })).toContainText("linked");
  await expect(incidents(page).filter({ hasText: "Stepanakert" })).not.toContainText("linked");
});

test("failing feeds and an empty window say so", async ({ page, feeds, server }) => {
  feeds.setBehaviour("wire", { kind: "status", status: 500 });
  await open(page, server, "?window=24h");
  await expect(page.getByTestId("feeds-summary")).toHaveText("Feeds failing: 1 of 1");
  await expect(page.getByTestId("chart-empty")).toBeVisible();
  await expect(page.getByTestId("map-empty")).toBeVisible();
  await expect(page.getByTestId("statement-empty")).toBeVisible();
});

test("the wall screen shows the three panels live, filtered by its URL", async ({ page, feeds, server }) => {
  feeds.publish("wire", GANJA);
  await page.route("http://tiles.invalid/**", (route) => route.abort("connectionrefused"));
  await page.goto(`${server.url}/kiosk?q=Stepanakert`);
  await expect(page.getByTestId("connection-badge")).toHaveAttribute("data-status", "live");
  await expect(page.getByTestId("filter-bar")).toHaveCount(0);
  for (const panel of ["chart-panel", "map-panel", "statements-panel"])
    await expect(page.getByTestId(panel)).toBeVisible();
  await expect(statements(page).filter({ hasText: "sleeping city" })).toHaveCount(0);
  feeds.publish("wire", STEPANAKERT);
  await expect(statements(page).filter({ hasText: "We will not leave our city" })).toHaveCount(1);
});

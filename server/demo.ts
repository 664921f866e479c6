import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { getLogger } from "../lib/log";
import { ConfigError, startMonitor } from "./app";
import { readTimeline } from "./demo-timeline";
import { LoopbackFeedServer } from "./loopback-feeds";

/**
 * `npm run demo`: the monitor against a loopback feed server that replays data/demo/timeline.json,
 * one item every few seconds, on a fresh database. Nothing leaves 127.0.0.1.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const log = getLogger("demo");

async function main(): Promise<void> {
  Object.assign(process.env, { NODE_ENV: "production" });
  const intervalSeconds = Number(process.env.DEMO_INTERVAL_SECONDS ?? 4);
  const head = Number(process.env.DEMO_HEAD_ITEMS ?? 6);
  const timeline = readTimeline(path.join(root, "data", "demo", "timeline.json"));
  const feeds = await new LoopbackFeedServer().listen();
  for (const outlet of timeline.outlets) feeds.addFeed(outlet.id, outlet.name);

  const varDir = path.join(root, "var");
  mkdirSync(varDir, { recursive: true });
  const dbFile = path.join(varDir, "demo.db");
  for (const suffix of ["", "-wal", "-shm"]) rmSync(dbFile + suffix, { force: true });
  const region = JSON.parse(readFileSync(path.join(root, "data", "regions", "south-caucasus.json"), "utf8"));
  const configFile = path.join(varDir, "demo.config.json");
  writeFileSync(
    configFile,
    JSON.stringify(
      {
        region: {
          ...region,
          outlets: timeline.outlets.map(({ language: _language, party, ...outlet }) => ({
            ...outlet,
            ...(party ? { party } : {}),
          })),
          feeds: timeline.outlets.map((outlet) => ({
            url: feeds.feedUrl(outlet.id),
            name: outlet.name,
            outlet: outlet.id,
            language: outlet.language,
            pollSeconds: 10,
            regional: true,
          })),
        },
      },
      null,
      2,
    ),
  );

  const monitor = await startMonitor({
    root,
    env: { ...process.env, MONITOR_CONFIG: configFile, DATABASE_URL: `file:${dbFile}`, POLL_SECONDS: "3" },
  });

  let next = 0;
  const release = () => {
    const item = timeline.items[next++];
    if (!item) return false;
    feeds.publish(item.outlet, {
      guid: `${item.outlet}:${item.id}`,
      title: item.title,
      description: item.summaryHtml ?? item.summary ?? "",
      link: `https://${item.outlet}.example${item.path}`,
      pubDate: new Date(item.at).toUTCString(),
    });
    return true;
  };
  for (let i = 0; i < head; i++) release();
  log.info(
    { items: timeline.items.length, intervalSeconds },
    `demo: replaying ${timeline.items.length} items from ${timeline.outlets.length} outlets; open ${monitor.url}`,
  );
  const timer = setInterval(() => {
    if (!release()) {
      clearInterval(timer);
      log.info("demo: the whole timeline has been released");
    }
  }, intervalSeconds * 1000);

  const stop = () => {
    clearInterval(timer);
    Promise.all([monitor.close(), feeds.close()]).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) log.fatal(`configuration: ${error.message}`);
  else log.fatal({ err: error }, "demo could not start");
  process.exit(1);
});

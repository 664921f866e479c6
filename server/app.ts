import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { parse } from "node:url";
import next from "next";
import { ConfigError, loadConfig, type MonitorConfig } from "../lib/config/load";
import { openStore, type Store } from "../lib/db";
import { getLogger } from "../lib/log";
import { type Bus, createLocalBus } from "../lib/realtime/bus";
import { attachSocketServer } from "../lib/realtime/socket-server";
import { relevanceModel } from "../lib/relevance";
import { setRuntime } from "../lib/runtime";
import { Poller } from "../lib/worker/poller";
import { ensureBuild } from "./build";
import { dashboardContext } from "./context";
import { loadTagFn } from "./tagging";

export interface StartOptions {
  root: string;
  env: Record<string, string | undefined>;
  dev?: boolean;
}

export interface RunningMonitor {
  url: string;
  port: number;
  config: MonitorConfig;
  store: Store;
  /** Carries stored changes to the browsers; publish only after the store has committed them. */
  bus: Bus;
  poller: Poller;
  close(): Promise<void>;
}

/**
 * Composes the one-process monitor: configuration, store, worker, Next.js and socket.io on one port.
 * Configuration mistakes that leave something usable are logged one line each; the rest starts.
 */
export async function startMonitor(opts: StartOptions): Promise<RunningMonitor> {
  const log = getLogger("server");
  const { config, problems } = loadConfig(opts.env, {
    cwd: opts.root,
    dataDir: path.join(opts.root, "data"),
  });
  for (const problem of problems) log.warn(`config: ${problem}`);
  log.info(
    { source: config.source, region: config.region.id, feeds: config.feeds.length },
    "configuration loaded",
  );

  const dev = opts.dev ?? false;
  if (!dev) ensureBuild(opts.root, log);
  const nextApp = next({ dev, dir: opts.root });
  const handle = nextApp.getRequestHandler();
  await nextApp.prepare();

  const store = openStore(config.env.DATABASE_URL, opts.root);
  const bus = createLocalBus();
  const serverId = randomUUID();
  const startedAt = new Date().toISOString();
  const context = dashboardContext(config.region, config.options, path.join(opts.root, "data"));
  setRuntime({ store, region: config.region, options: config.options, context, serverId, startedAt });

  const testHooks = opts.env.MONITOR_TEST_HOOKS === "1";
  const http = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (testHooks && req.method === "POST" && req.url === "/__test/disconnect-sockets") {
      io.disconnectSockets();
      res.writeHead(204).end();
      return;
    }
    handle(req, res, parse(req.url ?? "/", true)).catch((error: unknown) => {
      log.error({ err: error, url: req.url }, "request failed");
      if (!res.headersSent) res.writeHead(500).end("Internal error");
    });
  });
  const io = attachSocketServer(http, { store, bus, serverId, startedAt, log: getLogger("socket") });
  if (dev) {
    // Next's hot reload uses WebSocket upgrades too; socket.io answers only its own path.
    const upgrade = nextApp.getUpgradeHandler();
    http.on("upgrade", (req, socket, head) => {
      if (!req.url?.startsWith("/socket.io")) void upgrade(req, socket, head);
    });
  }

  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(config.env.PORT, config.env.HOST, resolve);
  });
  const port = (http.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;

  const poller = new Poller({
    store,
    bus,
    log: getLogger("worker"),
    options: config.options,
    relevance: relevanceModel(config.region.relevance),
    tag: loadTagFn(config.region.id, opts.root, log),
  });
  await poller.start(config.feeds);
  log.info({ url }, `Conflict Monitor is live at ${url}`);

  let closing: Promise<void> | null = null;
  return {
    url,
    port,
    config,
    store,
    bus,
    poller,
    close() {
      closing ??= (async () => {
        await poller.stop();
        await new Promise<void>((resolve) => io.close(() => resolve()));
        await nextApp.close();
        await store.close();
        setRuntime(null);
      })();
      return closing;
    },
  };
}

export { ConfigError };

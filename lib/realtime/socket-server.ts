import type { Server as HttpServer } from "node:http";
import { Server } from "socket.io";
import { z } from "zod";
import type { Store } from "../db/store";
import type { Logger } from "../log";
import type { Bus } from "./bus";
import {
  type ClientToServerEvents,
  type InterServerEvents,
  type ServerToClientEvents,
  SNAPSHOT_FACTS,
  SNAPSHOT_LIMIT_MAX,
  SOCKET_PATH,
  type SocketData,
  SYNC_LIMIT_MAX,
} from "./events";

export type MonitorIo = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

const snapshotRequest = z.object({ limit: z.number().int().min(1).max(SNAPSHOT_LIMIT_MAX).default(200) });
const syncRequest = z.object({
  seq: z.number().int().min(0),
  limit: z.number().int().min(1).max(SYNC_LIMIT_MAX).default(500),
});

interface Deps {
  store: Store;
  bus: Bus;
  serverId: string;
  startedAt: string;
  log: Logger;
}

/**
 * Runs a request handler with a validated payload and always answers: a bad payload or a failing
 * query becomes `{ ok: false, error }` rather than a silent drop.
 */
function handle<S extends z.ZodType, R>(
  schema: S,
  run: (input: z.infer<S>) => Promise<R>,
  log: Logger,
): (raw: unknown, reply: unknown) => void {
  return (raw, reply) => {
    if (typeof reply !== "function") return;
    const answer = reply as (result: R | { ok: false; error: string }) => void;
    const parsed = schema.safeParse(raw ?? {});
    if (!parsed.success) {
      answer({ ok: false, error: `bad request: ${parsed.error.issues.map((i) => i.message).join("; ")}` });
      return;
    }
    run(parsed.data).then(answer, (error: unknown) => {
      log.error({ err: error }, "socket request failed");
      answer({ ok: false, error: "the server could not read its store; try again" });
    });
  };
}

/** Attaches the public, read-only socket.io namespace and forwards every stored change to it. */
export function attachSocketServer(http: HttpServer, deps: Deps): MonitorIo {
  const { store, bus, log } = deps;
  const io: MonitorIo = new Server(http, { path: SOCKET_PATH, serveClient: false, cors: { origin: false } });

  io.on("connection", (socket) => {
    socket.data.connectedAt = new Date().toISOString();
    store.latestSeq().then(
      (latestSeq) =>
        socket.emit("server:hello", { serverId: deps.serverId, startedAt: deps.startedAt, latestSeq }),
      (error: unknown) => log.error({ err: error }, "cannot read latest sequence number"),
    );
    socket.on(
      "snapshot:get",
      handle(
        snapshotRequest,
        async ({ limit }) => ({
          ok: true as const,
          ...(await store.snapshot({ articles: limit, facts: SNAPSHOT_FACTS })),
        }),
        log,
      ),
    );
    socket.on(
      "sync:since",
      handle(
        syncRequest,
        async ({ seq, limit }) => ({ ok: true as const, ...(await store.changesAfter(seq, limit)) }),
        log,
      ),
    );
    socket.on("feeds:get", (reply) => {
      if (typeof reply !== "function") return;
      store.listFeeds().then(reply, (error: unknown) => log.error({ err: error }, "cannot list feeds"));
    });
  });

  bus.onChange((change) => io.emit("change:added", change));
  // Feed health changes come in bursts (one per poll): send at most one list per second.
  let feedsTimer: NodeJS.Timeout | null = null;
  bus.onFeedsChanged(() => {
    if (feedsTimer) return;
    feedsTimer = setTimeout(() => {
      feedsTimer = null;
      store.listFeeds().then(
        (feeds) => io.emit("feeds:changed", feeds),
        (error: unknown) => log.error({ err: error }, "cannot list feeds"),
      );
    }, 1000);
    feedsTimer.unref();
  });
  return io;
}

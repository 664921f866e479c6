"use client";

import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/realtime/events";
import { SOCKET_PATH } from "@/lib/realtime/events";
import { Timeline, type TimelineSnapshot } from "@/lib/realtime/timeline";
import type { ArticleView, FeedHealth } from "@/lib/types/article";
import type { ClaimView, IncidentView, StatementView } from "@/lib/types/facts";

export type ConnectionStatus = "connecting" | "live" | "reconnecting" | "offline";

/** What the dashboard renders; replaced (never mutated) on each change so React sees it. */
export interface LiveState {
  status: ConnectionStatus;
  articles: ArticleView[];
  claims: ClaimView[];
  incidents: IncidentView[];
  statements: StatementView[];
  feeds: FeedHealth[] | null;
  /** When the last change arrived (or the snapshot, at first). */
  lastUpdate: string | null;
  upTo: number;
  error: string | null;
}

type MonitorSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const LIST_LIMIT = 300;

/**
 * One socket per page, a Timeline behind it, and the catch-up logic: after any reconnect (network cut,
 * server restart, server-side disconnect) it asks for every change after the last one it applied.
 */
export class LiveClient {
  private readonly socket: MonitorSocket;
  private readonly timeline = new Timeline();
  private readonly listeners = new Set<() => void>();
  private state: LiveState;
  private syncing = false;
  private syncAgain = false;
  private notifyQueued = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retries = 0;
  private stopped = false;

  /** `trackChanges: false` for pages that show only feed health (no snapshot, no catch-up). */
  constructor(
    initial?: TimelineSnapshot,
    private readonly trackChanges = true,
  ) {
    if (initial) this.timeline.applySnapshot(initial);
    this.state = {
      status: "connecting",
      ...this.views(),
      feeds: null,
      lastUpdate: initial ? new Date().toISOString() : null,
      upTo: this.timeline.upTo,
      error: null,
    };
    this.socket = io({ path: SOCKET_PATH, transports: ["websocket", "polling"], autoConnect: false });
    this.socket.on("connect", () => {
      this.retries = 0;
      this.update({ status: "live", error: null });
      if (this.trackChanges) this.catchUp();
      this.socket.emit("feeds:get", (feeds) => this.update({ feeds }));
    });
    this.socket.on("disconnect", (reason) => {
      this.update({ status: this.offlineOr("reconnecting") });
      // socket.io does not retry by itself after the server closes the connection: do it here.
      if (reason === "io server disconnect" && !this.stopped) this.retryLater();
    });
    this.socket.on("connect_error", () => {
      this.update({ status: this.offlineOr("reconnecting") });
      if (!this.socket.active && !this.stopped) this.retryLater();
    });
    this.socket.on("change:added", (change) => {
      if (!this.trackChanges) return;
      const result = this.timeline.receive(change);
      if (result === "gap") this.catchUp();
      if (result !== "duplicate") this.changed();
    });
    this.socket.on("feeds:changed", (feeds) => this.update({ feeds }));
  }

  start(): void {
    this.stopped = false;
    this.socket.connect();
  }

  stop(): void {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.socket.disconnect();
  }

  /** Drops the connection as a network cut would (used by tests and the kiosk's self-check). */
  dropConnection(): void {
    this.socket.io.engine?.close();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): LiveState => this.state;

  private offlineOr(status: ConnectionStatus): ConnectionStatus {
    return typeof navigator !== "undefined" && navigator.onLine === false ? "offline" : status;
  }

  private retryLater(): void {
    if (this.retryTimer) return;
    const delay = Math.min(500 * 2 ** this.retries, 15_000) * (1 + Math.random() * 0.3);
    this.retries += 1;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (!this.socket.connected) this.socket.connect();
    }, delay);
  }

  /** Snapshot on first connect, then every change after `upTo`, page by page. */
  private catchUp(): void {
    if (this.syncing) {
      this.syncAgain = true;
      return;
    }
    this.syncing = true;
    const done = (error: string | null) => {
      this.syncing = false;
      if (error) this.update({ error });
      if (this.syncAgain && this.socket.connected) {
        this.syncAgain = false;
        this.catchUp();
      }
    };
    if (!this.timeline.hasSnapshot) {
      this.socket.emit("snapshot:get", { limit: LIST_LIMIT }, (reply) => {
        if (!reply.ok) return done(reply.error);
        this.timeline.applySnapshot(reply);
        this.changed();
        // Changes may have landed between the snapshot and now.
        this.syncAgain = true;
        done(null);
      });
      return;
    }
    this.socket.emit("sync:since", { seq: this.timeline.upTo }, (reply) => {
      if (!reply.ok) return done(reply.error);
      this.timeline.applyPage(reply.changes, reply.upTo);
      if (reply.changes.length) this.changed();
      if (reply.more) this.syncAgain = true;
      done(null);
    });
  }

  private changed(): void {
    this.state = { ...this.state, lastUpdate: new Date().toISOString() };
    this.notify(true);
  }

  private update(patch: Partial<LiveState>): void {
    this.state = { ...this.state, ...patch };
    this.notify(false);
  }

  /** Bursts of pushes render once per animation frame, not once per event. */
  private notify(articlesChanged: boolean): void {
    if (articlesChanged) this.articlesDirty = true;
    if (this.notifyQueued) return;
    this.notifyQueued = true;
    const flush = () => {
      this.notifyQueued = false;
      if (this.articlesDirty) {
        this.articlesDirty = false;
        this.state = { ...this.state, ...this.views() };
      }
      for (const listener of this.listeners) listener();
    };
    if (typeof requestAnimationFrame === "function" && document.visibilityState === "visible") {
      requestAnimationFrame(flush);
    } else setTimeout(flush, 16);
  }

  private articlesDirty = false;

  private views() {
    return {
      articles: this.timeline.list(LIST_LIMIT),
      claims: [...this.timeline.claims.values()],
      incidents: [...this.timeline.incidents.values()],
      statements: [...this.timeline.statements.values()],
      upTo: this.timeline.upTo,
    };
  }
}

import type { Change, FeedHealth } from "../types/article";
import type { TimelineSnapshot } from "./timeline";

/** First message on every connection: which server, and how far its store has come. */
export interface Hello {
  serverId: string;
  startedAt: string;
  latestSeq: number;
}

/** Reply to a catch-up request: every change after the asked number, up to `upTo`. */
export type SyncReply =
  | { ok: true; changes: Change[]; upTo: number; more: boolean }
  | { ok: false; error: string };

/** Reply to a snapshot request: the newest articles and facts, current up to `upTo`. */
export type SnapshotReply = ({ ok: true } & TimelineSnapshot) | { ok: false; error: string };

/** Events the server pushes. Pushes are named in the past tense. */
export interface ServerToClientEvents {
  "server:hello": (hello: Hello) => void;
  /** A stored change: a new article, or a changed one. */
  "change:added": (change: Change) => void;
  "feeds:changed": (feeds: FeedHealth[]) => void;
}

/** Requests a browser may make. The public namespace is read-only: these only read. */
export interface ClientToServerEvents {
  "snapshot:get": (request: { limit?: number }, reply: (result: SnapshotReply) => void) => void;
  "sync:since": (request: { seq: number; limit?: number }, reply: (result: SyncReply) => void) => void;
  "feeds:get": (reply: (feeds: FeedHealth[]) => void) => void;
}

/** Server-to-server events (none yet; the Redis adapter carries broadcasts). */
export type InterServerEvents = Record<string, never>;

/** Per-connection data the server keeps. */
export interface SocketData {
  connectedAt: string;
}

export const SOCKET_PATH = "/socket.io";
export const SNAPSHOT_LIMIT_MAX = 500;
/** Facts of each kind in a snapshot (newest first). */
export const SNAPSHOT_FACTS = 5000;
export const SYNC_LIMIT_MAX = 1000;

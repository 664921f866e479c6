"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import type { TimelineSnapshot } from "@/lib/realtime/timeline";
import type { FeedHealth } from "@/lib/types/article";
import { LiveClient, type LiveState } from "./live-client";

declare global {
  interface Window {
    /** The page's live client, for diagnostics and the end-to-end tests. */
    __conflictMonitor?: LiveClient;
  }
}

const noSubscribe = () => () => {};

/** The live picture: a snapshot rendered by the server, then every change pushed over the socket. */
export function useLive(
  initial: TimelineSnapshot & { feeds?: FeedHealth[] },
  { trackChanges = true }: { trackChanges?: boolean } = {},
): LiveState {
  const [serverState] = useState<LiveState>(() => ({
    status: "connecting",
    articles: initial.articles,
    claims: initial.claims,
    incidents: initial.incidents,
    statements: initial.statements,
    feeds: initial.feeds ?? null,
    lastUpdate: null,
    upTo: initial.upTo,
    error: null,
  }));
  const [client] = useState(() =>
    typeof window === "undefined" ? null : new LiveClient(initial, trackChanges),
  );
  useEffect(() => {
    if (!client) return;
    window.__conflictMonitor = client;
    client.start();
    return () => client.stop();
  }, [client]);
  return useSyncExternalStore(
    client?.subscribe ?? noSubscribe,
    () => client?.getState() ?? serverState,
    () => serverState,
  );
}

import type { Options, RegionProfile } from "./config/schema";
import type { Store } from "./db/store";
import type { DashboardContext } from "./types/dashboard";

/** What the monitor's server shares with Next's route handlers, which are bundled apart from it. */
export interface Runtime {
  store: Store;
  region: RegionProfile;
  options: Options;
  context: DashboardContext;
  serverId: string;
  startedAt: string;
}

// A global symbol, not a module variable: Next bundles route handlers with their own copy of this module.
const KEY = Symbol.for("conflict-monitor.runtime");

export function setRuntime(runtime: Runtime | null): void {
  (globalThis as Record<symbol, unknown>)[KEY] = runtime;
}

export function getRuntime(): Runtime {
  const runtime = (globalThis as Record<symbol, unknown>)[KEY] as Runtime | null | undefined;
  if (!runtime) throw new Error("the monitor runtime is not started (run the app through server/main.ts)");
  return runtime;
}

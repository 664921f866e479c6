import path from "node:path";
import { fileURLToPath } from "node:url";
import { getLogger } from "../lib/log";
import { ensureBuild } from "../server/build";

/** Builds the dashboard once (when sources changed) so that each test's server starts in seconds. */
export default function globalSetup(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  ensureBuild(root, getLogger("e2e"));
}

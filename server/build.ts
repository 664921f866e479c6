import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Logger } from "../lib/log";

const SOURCES = ["app", "components", "lib", "next.config.js", "tsconfig.json", "package-lock.json"];
const STAMP = "monitor-source-hash";

function hashTree(root: string, entry: string, hash: ReturnType<typeof createHash>): void {
  const full = path.join(root, entry);
  if (!existsSync(full)) return;
  if (statSync(full).isDirectory()) {
    for (const name of readdirSync(full).sort()) {
      if (!name.endsWith(".test.ts")) hashTree(root, path.join(entry, name), hash);
    }
    return;
  }
  hash.update(entry).update("\0").update(readFileSync(full)).update("\0");
}

/** A hash of everything the Next build reads, so that a stale build is never served. */
export function sourceHash(root: string): string {
  const hash = createHash("sha256");
  for (const entry of SOURCES) hashTree(root, entry, hash);
  return hash.digest("hex");
}

/** Builds the Next app when there is no build yet or the sources changed since the last one. */
export function ensureBuild(root: string, log: Logger): void {
  const distDir = path.join(root, ".next");
  const current = sourceHash(root);
  const stampFile = path.join(distDir, STAMP);
  const built = existsSync(path.join(distDir, "BUILD_ID")) && existsSync(stampFile);
  if (built && readFileSync(stampFile, "utf8") === current) return;
  log.info("building the dashboard (first start or changed sources); this takes a minute or two");
  const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`next build failed (exit code ${result.status ?? result.signal})`);
  writeFileSync(stampFile, current);
}

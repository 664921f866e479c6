import path from "node:path";
import { fileURLToPath } from "node:url";
import { getLogger } from "../lib/log";
import { ConfigError, startMonitor } from "./app";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const log = getLogger("main");

async function main(): Promise<void> {
  const dev = process.argv.includes("--dev");
  // Set before Next starts: React and Next pick their production builds from it.
  if (!dev) Object.assign(process.env, { NODE_ENV: "production" });
  const monitor = await startMonitor({ root, env: process.env, dev });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "stopping");
    monitor.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, "error while stopping");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) log.fatal(`configuration: ${error.message}`);
  else if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
    log.fatal(
      `port ${process.env.PORT ?? 3000} is already in use: stop the other server or set PORT to a free port`,
    );
  } else log.fatal({ err: error }, "could not start");
  process.exit(1);
});

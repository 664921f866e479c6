import { existsSync } from "node:fs";

/** Flags for the system Chromium in this sandbox: no sandbox as root, and none of its own network traffic. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

/** The system's Chromium: CHROMIUM_PATH if set, else the usual Debian and Ubuntu paths. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  const found = candidates.find((file): file is string => Boolean(file && existsSync(file)));
  if (!found) {
    throw new Error(
      "No Chromium found: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH",
    );
  }
  return found;
}

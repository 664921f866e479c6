import pino, { type Logger } from "pino";

export type { Logger } from "pino";

let root: Logger | null = null;

/** The process-wide structured logger; `module` tags each line with the part that wrote it. */
export function getLogger(module: string): Logger {
  if (!root) {
    root = pino({
      level: process.env.LOG_LEVEL ?? "info",
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
    });
  }
  return root.child({ module });
}

import pino, { type Logger } from "pino";
import pretty from "pino-pretty";

export type { Logger } from "pino";

let root: Logger | null = null;

/**
 * The process-wide structured logger; `module` tags each line with the part that wrote it. A person at
 * a terminal gets readable lines; anything else (a file, a log collector, LOG_FORMAT=json) gets JSON.
 */
export function getLogger(module: string): Logger {
  if (!root) {
    const options = {
      level: process.env.LOG_LEVEL ?? "info",
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
    };
    const human = process.stdout.isTTY && process.env.LOG_FORMAT !== "json";
    root = human
      ? pino(
          options,
          pretty({ colorize: true, ignore: "module", messageFormat: "[{module}] {msg}", sync: true }),
        )
      : pino(options);
  }
  return root.child({ module });
}

import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export function tempDbUrl(): string {
  return `file:${path.join(mkdtempSync(path.join(tmpdir(), "monitor-e2e-")), "monitor.db")}`;
}

export interface ServerOptions {
  port: number;
  databaseUrl: string;
  feeds: string[];
  pollSeconds?: number;
}

/**
 * The real server (`server/main.ts`) as a child process, as `npm start` runs it, on a fresh database
 * and loopback feeds. Its output is kept and shown when a test fails.
 */
export class MonitorProcess {
  private child: ChildProcess | null = null;
  output = "";

  constructor(readonly options: ServerOptions) {}

  get url(): string {
    return `http://127.0.0.1:${this.options.port}`;
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(this.options.port),
        HOST: "127.0.0.1",
        DATABASE_URL: this.options.databaseUrl,
        FEEDS: this.options.feeds.join(","),
        POLL_SECONDS: String(this.options.pollSeconds ?? 1),
        MONITOR_TEST_HOOKS: "1",
        MONITOR_CONFIG: path.join(ROOT, "e2e", "fixtures", "monitor.config.json"),
        LOG_LEVEL: "info",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.child = child;
    child.stdout?.on("data", (chunk: Buffer) => {
      this.output += chunk.toString();
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      this.output += chunk.toString();
    });
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${this.output}`);
      try {
        const response = await fetch(`${this.url}/api/health`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`server did not answer within 60 s:\n${this.output}`);
  }

  /** Stops the server; `hard` kills it without a chance to clean up, as a crash would. */
  async stop(hard = false): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill(hard ? "SIGKILL" : "SIGTERM");
    await exited;
    this.child = null;
  }
}

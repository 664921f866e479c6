import path from "node:path";
import { SqliteStore } from "./sqlite/store";
import type { Store } from "./store";

export type { ArticleInput, ChangesPage, FeedRecord, PollOutcome, Snapshot, Store } from "./store";

/** Opens the store named by DATABASE_URL: `file:PATH` for SQLite (relative to cwd). */
export function openStore(databaseUrl: string, cwd = process.cwd()): Store {
  if (databaseUrl.startsWith("file:")) {
    const file = databaseUrl.slice("file:".length);
    return new SqliteStore(file === ":memory:" ? file : path.resolve(cwd, file));
  }
  throw new Error(
    `DATABASE_URL ${databaseUrl.replace(/\/\/[^@/]*@/, "//***@")}: only file:PATH (SQLite) is supported in this version`,
  );
}

import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { MIGRATIONS } from "./migrations";

export type Db = Database.Database;

/** Opens (creating if needed) a SQLite database and brings its schema up to date. */
export function openSqlite(file: string): Db {
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  // WAL: readers (snapshot, catch-up) never wait for the worker's writes, and a crash loses nothing committed.
  db.pragma("journal_mode = WAL");
  // NORMAL is durable in WAL mode except across power loss, where the last commits may roll back; never corrupts.
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  // A second process on the same file (a CLI, a test) waits for a lock instead of failing at once.
  db.pragma("busy_timeout = 5000");
  migrate(db);
  return db;
}

export function migrate(db: Db): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(
      `database schema version ${current} is newer than this program knows (${MIGRATIONS.length}); upgrade the program`,
    );
  }
  for (let version = current; version < MIGRATIONS.length; version++) {
    const sql = MIGRATIONS[version] ?? "";
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

import type { FeedConfig } from "../../config/schema";
import type { FeedHealth } from "../../types/article";
import type { FeedRecord, PollOutcome } from "../store";
import type { Db } from "./open";
import { type FeedHealthRow, toFeedHealth } from "./rows";

/** Makes the configured feeds active (inserting new ones) and the rest inactive; returns the active ones. */
export function syncFeeds(db: Db, feeds: FeedConfig[]): FeedRecord[] {
  const upsert = db.prepare(
    `INSERT INTO feeds (url, name, name_from_feed, outlet, language, poll_seconds, active)
     VALUES (@url, @name, @nameFromFeed, @outlet, @language, @pollSeconds, 1)
     ON CONFLICT(url) DO UPDATE SET
       name = CASE WHEN excluded.name_from_feed = 1 AND feeds.name_from_feed = 1 THEN feeds.name ELSE excluded.name END,
       name_from_feed = excluded.name_from_feed, outlet = excluded.outlet,
       language = excluded.language, poll_seconds = excluded.poll_seconds, active = 1`,
  );
  return db.transaction(() => {
    db.prepare("UPDATE feeds SET active = 0").run();
    for (const feed of feeds) {
      upsert.run({
        url: feed.url,
        name: feed.name,
        nameFromFeed: feed.nameFromFeed ? 1 : 0,
        outlet: feed.outlet ?? null,
        language: feed.language,
        pollSeconds: feed.pollSeconds,
      });
    }
    return db
      .prepare(
        `SELECT id, url, name, etag, last_modified AS lastModified,
           consecutive_failures AS consecutiveFailures, next_poll_at AS nextPollAt
         FROM feeds WHERE active = 1 ORDER BY id`,
      )
      .all() as FeedRecord[];
  })();
}

/** Records how a poll went: validators on success, the error and one more failure otherwise. */
export function saveFeedState(db: Db, feedId: number, outcome: PollOutcome): void {
  const base = { id: feedId, polledAt: outcome.polledAt, nextPollAt: outcome.nextPollAt };
  if (outcome.kind === "error") {
    db.prepare(
      `UPDATE feeds SET last_polled_at = @polledAt, next_poll_at = @nextPollAt, last_error_at = @polledAt,
           last_error = @message, last_error_code = @code, consecutive_failures = consecutive_failures + 1
         WHERE id = @id`,
    ).run({ ...base, message: outcome.message, code: outcome.code });
    return;
  }
  db.prepare(
    `UPDATE feeds SET last_polled_at = @polledAt, next_poll_at = @nextPollAt, last_ok_at = @polledAt,
         etag = @etag, last_modified = @lastModified, consecutive_failures = 0
       WHERE id = @id`,
  ).run({ ...base, etag: outcome.etag, lastModified: outcome.lastModified });
  if (outcome.kind === "ok" && outcome.feedTitle) {
    db.prepare("UPDATE feeds SET name = ? WHERE id = ? AND name_from_feed = 1").run(
      outcome.feedTitle.slice(0, 200),
      feedId,
    );
  }
}

/** Every active feed with its health and how many articles it has given. */
export function listFeeds(db: Db): FeedHealth[] {
  const rows = db
    .prepare(
      `SELECT f.id, f.url, f.name, f.outlet, f.language, f.poll_seconds, f.last_polled_at, f.last_ok_at,
         f.last_error_at, f.last_error, f.last_error_code, f.consecutive_failures, f.next_poll_at,
         (SELECT COUNT(*) FROM articles a WHERE a.feed_id = f.id) AS articles
       FROM feeds f WHERE f.active = 1 ORDER BY f.name COLLATE NOCASE`,
    )
    .all() as FeedHealthRow[];
  return rows.map(toFeedHealth);
}

import type { FeedConfig } from "../../config/schema";
import type { Change, ChangeKind } from "../../types/article";
import type { ArticleInput, ChangesPage, FeedRecord, PollOutcome, Snapshot, Store } from "../store";
import { type Db, openSqlite } from "./open";
import { ARTICLE_COLUMNS, type ArticleRow, type FeedHealthRow, toArticleView, toFeedHealth } from "./rows";

interface ExistingArticle {
  id: number;
  version: number;
  content_hash: string;
  title: string;
  summary: string;
  url: string | null;
  published_at: string;
  tags: string | null;
}

/** The embedded store: one SQLite file through better-sqlite3. */
export class SqliteStore implements Store {
  readonly db: Db;

  constructor(file: string) {
    this.db = openSqlite(file);
  }

  async syncFeeds(feeds: FeedConfig[]): Promise<FeedRecord[]> {
    const upsert = this.db.prepare(
      `INSERT INTO feeds (url, name, name_from_feed, outlet, language, poll_seconds, active)
       VALUES (@url, @name, @nameFromFeed, @outlet, @language, @pollSeconds, 1)
       ON CONFLICT(url) DO UPDATE SET
         name = CASE WHEN excluded.name_from_feed = 1 AND feeds.name_from_feed = 1 THEN feeds.name ELSE excluded.name END,
         name_from_feed = excluded.name_from_feed, outlet = excluded.outlet,
         language = excluded.language, poll_seconds = excluded.poll_seconds, active = 1`,
    );
    return this.db.transaction(() => {
      this.db.prepare("UPDATE feeds SET active = 0").run();
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
      return this.db
        .prepare(
          `SELECT id, url, name, etag, last_modified AS lastModified,
             consecutive_failures AS consecutiveFailures, next_poll_at AS nextPollAt
           FROM feeds WHERE active = 1 ORDER BY id`,
        )
        .all() as FeedRecord[];
    })();
  }

  async recordPoll(feedId: number, outcome: PollOutcome): Promise<Change[]> {
    return this.db.transaction(() => {
      const touched: Array<{ seq: number; kind: ChangeKind; articleId: number }> = [];
      if (outcome.kind === "ok") {
        for (const article of outcome.articles) {
          const change = this.saveArticle(feedId, article);
          if (change) touched.push(change);
        }
      }
      this.saveFeedState(feedId, outcome);
      return touched.map(({ seq, kind, articleId }) => ({ seq, kind, article: this.articleView(articleId) }));
    })();
  }

  private saveFeedState(feedId: number, outcome: PollOutcome): void {
    const base = { id: feedId, polledAt: outcome.polledAt, nextPollAt: outcome.nextPollAt };
    if (outcome.kind === "error") {
      this.db
        .prepare(
          `UPDATE feeds SET last_polled_at = @polledAt, next_poll_at = @nextPollAt, last_error_at = @polledAt,
             last_error = @message, last_error_code = @code, consecutive_failures = consecutive_failures + 1
           WHERE id = @id`,
        )
        .run({ ...base, message: outcome.message, code: outcome.code });
      return;
    }
    this.db
      .prepare(
        `UPDATE feeds SET last_polled_at = @polledAt, next_poll_at = @nextPollAt, last_ok_at = @polledAt,
           etag = @etag, last_modified = @lastModified, consecutive_failures = 0
         WHERE id = @id`,
      )
      .run({ ...base, etag: outcome.etag, lastModified: outcome.lastModified });
    if (outcome.kind === "ok" && outcome.feedTitle) {
      this.db
        .prepare("UPDATE feeds SET name = ? WHERE id = ? AND name_from_feed = 1")
        .run(outcome.feedTitle.slice(0, 200), feedId);
    }
  }

  /** Inserts a new article or updates a changed one (keeping its earlier version); null when unchanged. */
  private saveArticle(
    feedId: number,
    input: ArticleInput,
  ): { seq: number; kind: ChangeKind; articleId: number } | null {
    const existing = this.db
      .prepare(
        "SELECT id, version, content_hash, title, summary, url, published_at, tags FROM articles WHERE key = ?",
      )
      .get(input.key) as ExistingArticle | undefined;
    if (existing && existing.content_hash === input.contentHash) return null;

    const row = {
      key: input.key,
      feedId,
      url: input.url,
      title: input.title,
      summary: input.summary,
      publishedAt: input.publishedAt,
      fetchedAt: input.fetchedAt,
      dateMissing: input.dateMissing ? 1 : 0,
      dateClamped: input.dateClamped ? 1 : 0,
      language: input.language,
      contentHash: input.contentHash,
      relevanceScore: input.relevance.score,
      relevanceReason: input.relevance.reason,
      tags: input.tags ? JSON.stringify(input.tags) : null,
    };
    if (!existing) {
      const { lastInsertRowid } = this.db
        .prepare(
          `INSERT INTO articles (key, feed_id, url, title, summary, published_at, fetched_at, date_missing,
             date_clamped, language, content_hash, relevance_score, relevance_reason, tags, version, seq)
           VALUES (@key, @feedId, @url, @title, @summary, @publishedAt, @fetchedAt, @dateMissing, @dateClamped,
             @language, @contentHash, @relevanceScore, @relevanceReason, @tags, 1, 0)`,
        )
        .run(row);
      const articleId = Number(lastInsertRowid);
      return {
        seq: this.appendChange("article:added", articleId, input.fetchedAt),
        kind: "article:added",
        articleId,
      };
    }
    this.db
      .prepare(
        `INSERT INTO article_versions (article_id, version, title, summary, url, published_at, content_hash, tags, replaced_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        existing.id,
        existing.version,
        existing.title,
        existing.summary,
        existing.url,
        existing.published_at,
        existing.content_hash,
        existing.tags,
        input.fetchedAt,
      );
    this.db
      .prepare(
        `UPDATE articles SET url = @url, title = @title, summary = @summary, published_at = @publishedAt,
           fetched_at = @fetchedAt, date_missing = @dateMissing, date_clamped = @dateClamped,
           content_hash = @contentHash, relevance_score = @relevanceScore, relevance_reason = @relevanceReason,
           tags = @tags, version = version + 1
         WHERE id = @id`,
      )
      .run({ ...row, id: existing.id });
    return {
      seq: this.appendChange("article:updated", existing.id, input.fetchedAt),
      kind: "article:updated",
      articleId: existing.id,
    };
  }

  private appendChange(kind: ChangeKind, articleId: number, at: string): number {
    const { lastInsertRowid } = this.db
      .prepare("INSERT INTO changes (kind, article_id, created_at) VALUES (?, ?, ?)")
      .run(kind, articleId, at);
    const seq = Number(lastInsertRowid);
    this.db.prepare("UPDATE articles SET seq = ? WHERE id = ?").run(seq, articleId);
    return seq;
  }

  private articleView(articleId: number) {
    const row = this.db
      .prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE a.id = ?`)
      .get(articleId) as ArticleRow;
    return toArticleView(row);
  }

  async listFeeds() {
    const rows = this.db
      .prepare(
        `SELECT f.id, f.url, f.name, f.outlet, f.language, f.poll_seconds, f.last_polled_at, f.last_ok_at,
           f.last_error_at, f.last_error, f.last_error_code, f.consecutive_failures, f.next_poll_at,
           (SELECT COUNT(*) FROM articles a WHERE a.feed_id = f.id) AS articles
         FROM feeds f WHERE f.active = 1 ORDER BY f.name COLLATE NOCASE`,
      )
      .all() as FeedHealthRow[];
    return rows.map(toFeedHealth);
  }

  async snapshot(limit: number): Promise<Snapshot> {
    return this.db.transaction(() => {
      const rows = this.db
        .prepare(
          `SELECT ${ARTICLE_COLUMNS} FROM articles a JOIN feeds f ON f.id = a.feed_id
           ORDER BY a.published_at DESC, a.id DESC LIMIT ?`,
        )
        .all(limit) as ArticleRow[];
      return { articles: rows.map(toArticleView), upTo: this.maxSeq() };
    })();
  }

  async changesAfter(seq: number, limit: number): Promise<ChangesPage> {
    return this.db.transaction(() => {
      const rows = this.db
        .prepare(
          `SELECT c.seq AS change_seq, c.kind, ${ARTICLE_COLUMNS}
           FROM changes c JOIN articles a ON a.id = c.article_id JOIN feeds f ON f.id = a.feed_id
           WHERE c.seq > ? ORDER BY c.seq LIMIT ?`,
        )
        .all(seq, limit + 1) as Array<ArticleRow & { change_seq: number; kind: ChangeKind }>;
      const more = rows.length > limit;
      const page = rows.slice(0, limit);
      const changes: Change[] = page.map((row) => ({
        seq: row.change_seq,
        kind: row.kind,
        article: toArticleView(row),
      }));
      const upTo = more ? (page.at(-1)?.change_seq ?? seq) : Math.max(seq, this.maxSeq());
      return { changes, upTo, more };
    })();
  }

  async latestSeq(): Promise<number> {
    return this.maxSeq();
  }

  private maxSeq(): number {
    const row = this.db.prepare("SELECT COALESCE(MAX(seq), 0) AS seq FROM changes").get() as { seq: number };
    return row.seq;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

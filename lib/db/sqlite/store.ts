import type { FeedConfig } from "../../config/schema";
import type { Change, ChangeEntity, ChangeKind } from "../../types/article";
import type { ClaimView, IncidentView, StatementView } from "../../types/facts";
import type {
  ArticleInput,
  ChangesPage,
  FeedRecord,
  PollOutcome,
  Snapshot,
  SnapshotLimits,
  Store,
} from "../store";
import { FactReader } from "./fact-views";
import { type FactEntity, FactWriter, type Touched } from "./facts";
import { listFeeds, saveFeedState, syncFeeds } from "./feeds";
import { type Db, openSqlite } from "./open";
import { ARTICLE_COLUMNS, type ArticleRow, toArticleView } from "./rows";

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
  private readonly facts: FactWriter;
  private readonly read: FactReader;

  constructor(file: string) {
    this.db = openSqlite(file);
    this.facts = new FactWriter(this.db);
    this.read = new FactReader(this.db);
  }

  async syncFeeds(feeds: FeedConfig[]): Promise<FeedRecord[]> {
    return syncFeeds(this.db, feeds);
  }

  async recordPoll(feedId: number, outcome: PollOutcome): Promise<Change[]> {
    return this.db.transaction(() => {
      const logged: Array<{ seq: number; kind: ChangeKind; id: number }> = [];
      if (outcome.kind === "ok") {
        for (const article of outcome.articles) logged.push(...this.saveArticle(feedId, article));
      }
      saveFeedState(this.db, feedId, outcome);
      return logged.map(({ seq, kind, id }) => this.change(seq, kind, id));
    })();
  }

  /**
   * Inserts a new article or updates a changed one (keeping its earlier version), then merges its facts;
   * logs a change for the article and for every fact it added to or changed. Nothing when unchanged.
   */
  private saveArticle(
    feedId: number,
    input: ArticleInput,
  ): Array<{ seq: number; kind: ChangeKind; id: number }> {
    const existing = this.db
      .prepare(
        "SELECT id, version, content_hash, title, summary, url, published_at, tags FROM articles WHERE key = ?",
      )
      .get(input.key) as ExistingArticle | undefined;
    if (existing && existing.content_hash === input.contentHash) return [];

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
      const added = this.log("article:added", articleId, input.fetchedAt);
      return [added, ...this.logFacts(this.facts.attach(articleId, input), input.fetchedAt)];
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
    const updated = this.log("article:updated", existing.id, input.fetchedAt);
    const withdrawn = this.facts.detach(existing.id);
    const attached = this.facts.attach(existing.id, input);
    return [updated, ...this.logFacts([...withdrawn, ...attached], input.fetchedAt)];
  }

  /** One change per fact; "added" only for a fact this article created. */
  private logFacts(touched: Touched[], at: string): Array<{ seq: number; kind: ChangeKind; id: number }> {
    const byFact = new Map<string, Touched>();
    for (const fact of touched) {
      const key = `${fact.entity}:${fact.id}`;
      const seen = byFact.get(key);
      byFact.set(key, { ...fact, added: (seen?.added ?? true) && fact.added });
    }
    return [...byFact.values()].map((fact) =>
      this.log(`${fact.entity}:${fact.added ? "added" : "updated"}` as ChangeKind, fact.id, at),
    );
  }

  private log(kind: ChangeKind, id: number, at: string): { seq: number; kind: ChangeKind; id: number } {
    const { lastInsertRowid } = this.db
      .prepare("INSERT INTO changes (kind, entity_id, created_at) VALUES (?, ?, ?)")
      .run(kind, id, at);
    const seq = Number(lastInsertRowid);
    this.db.prepare(`UPDATE ${TABLES[entityOf(kind)]} SET seq = ? WHERE id = ?`).run(seq, id);
    return { seq, kind, id };
  }

  /** A change as the client receives it: the entity's current state under the change's number. */
  private change(seq: number, kind: ChangeKind, id: number): Change {
    switch (entityOf(kind)) {
      case "article":
        return { seq, kind: kind as "article:added", article: this.articleView(id) };
      case "claim":
        return { seq, kind: kind as "claim:added", claim: this.read.claim(id) };
      case "incident":
        return { seq, kind: kind as "incident:added", incident: this.read.incident(id) };
      case "statement":
        return { seq, kind: kind as "statement:added", statement: this.read.statement(id) };
    }
  }

  private articleView(articleId: number) {
    const row = this.db
      .prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE a.id = ?`)
      .get(articleId) as ArticleRow;
    return toArticleView(row);
  }

  async listFeeds() {
    return listFeeds(this.db);
  }

  async snapshot(limits: SnapshotLimits): Promise<Snapshot> {
    return this.db.transaction(() => {
      const rows = this.db
        .prepare(
          `SELECT ${ARTICLE_COLUMNS} FROM articles a JOIN feeds f ON f.id = a.feed_id
           ORDER BY a.published_at DESC, a.id DESC LIMIT ?`,
        )
        .all(limits.articles) as ArticleRow[];
      // Facts still supported by at least one article, newest first.
      const ids = (table: string, entity: string, order: string) =>
        (
          this.db
            .prepare(
              `SELECT id FROM ${table} t
               WHERE EXISTS (SELECT 1 FROM fact_sources s WHERE s.entity = ? AND s.fact_id = t.id)
               ORDER BY ${order} DESC, id DESC LIMIT ?`,
            )
            .all(entity, limits.facts) as Array<{ id: number }>
        ).map((row) => row.id);
      return {
        articles: rows.map(toArticleView),
        // Running tolls first: they are few, and the ledger's lines must not lose their early steps.
        claims: ids("claims", "claim", "cumulative DESC, reported_at").map((id) => this.read.claim(id)),
        incidents: ids("incidents", "incident", "last_at").map((id) => this.read.incident(id)),
        statements: ids("statements", "statement", "reported_at").map((id) => this.read.statement(id)),
        upTo: this.maxSeq(),
      };
    })();
  }

  async changesAfter(seq: number, limit: number): Promise<ChangesPage> {
    return this.db.transaction(() => {
      const rows = this.db
        .prepare("SELECT seq, kind, entity_id FROM changes WHERE seq > ? ORDER BY seq LIMIT ?")
        .all(seq, limit + 1) as Array<{ seq: number; kind: ChangeKind; entity_id: number }>;
      const more = rows.length > limit;
      const page = rows.slice(0, limit);
      const changes = page.map((row) => this.change(row.seq, row.kind, row.entity_id));
      const upTo = more ? (page.at(-1)?.seq ?? seq) : Math.max(seq, this.maxSeq());
      return { changes, upTo, more };
    })();
  }

  fact(entity: "claim", id: number): Promise<ClaimView | null>;
  fact(entity: "incident", id: number): Promise<IncidentView | null>;
  fact(entity: "statement", id: number): Promise<StatementView | null>;
  fact(entity: FactEntity, id: number): Promise<ClaimView | IncidentView | StatementView | null>;
  async fact(entity: FactEntity, id: number): Promise<ClaimView | IncidentView | StatementView | null> {
    const exists = this.db.prepare(`SELECT 1 FROM ${TABLES[entity]} WHERE id = ?`).get(id);
    if (!exists) return null;
    return this.read[entity](id, true);
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

const TABLES: Record<ChangeEntity, string> = {
  article: "articles",
  claim: "claims",
  incident: "incidents",
  statement: "statements",
};

function entityOf(kind: ChangeKind): ChangeEntity {
  return kind.slice(0, kind.indexOf(":")) as ChangeEntity;
}

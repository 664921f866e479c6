import { claimKey, incidentCandidates, statementKey } from "../../facts/derive";
import { distanceKm, SAME_INCIDENT_KM, SAME_INCIDENT_MS, sameIncident } from "../../tagging/incidents";
import { type StorySignature, sameStory, storySignature } from "../../tagging/stories";
import type { ArticleTags, EventType, Evidence } from "../../types/tags";
import type { Db } from "./open";

export type FactEntity = "claim" | "incident" | "statement";

/** A fact an article's facts added to or changed. */
export interface Touched {
  entity: FactEntity;
  id: number;
  added: boolean;
}

/** Articles this close in time may belong to one story. */
const STORY_WINDOW_MS = 48 * 3600_000;

const shift = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

interface ArticleFacts {
  title: string;
  summary: string;
  publishedAt: string;
  tags: ArticleTags | null;
}

/**
 * Turns one article's tags into merged facts inside the caller's transaction: the article joins (or
 * starts) a story cluster; each incident site joins a nearby incident of the same type or starts one;
 * each figure and each statement joins an equal one or starts one. Each fact keeps its sources.
 */
export class FactWriter {
  constructor(private readonly db: Db) {}

  attach(articleId: number, article: ArticleFacts): Touched[] {
    const storyId = this.joinStory(articleId, article);
    const tags = article.tags;
    if (!tags) return [];
    const touched: Touched[] = [];
    const incidentIds: number[] = [];
    for (const candidate of incidentCandidates(tags)) {
      const { place } = candidate;
      const found = this.nearbyIncident(candidate.eventType, place.lat, place.lon, article.publishedAt);
      let id = found;
      if (id === null) {
        const { role: _role, evidence: _evidence, ...where } = place;
        id = this.insert(
          "INSERT INTO incidents (event_type, place, lat, lon, first_at, last_at) VALUES (?, ?, ?, ?, ?, ?)",
          candidate.eventType,
          JSON.stringify(where),
          place.lat,
          place.lon,
          article.publishedAt,
          article.publishedAt,
        );
      } else {
        this.db
          .prepare("UPDATE incidents SET first_at = min(first_at, ?), last_at = max(last_at, ?) WHERE id = ?")
          .run(article.publishedAt, article.publishedAt, id);
      }
      this.mergeActors(id, tags.actors);
      incidentIds.push(id);
      this.addSource("incident", id, articleId, place.evidence);
      touched.push({ entity: "incident", id, added: found === null });
    }
    for (const claim of tags.casualties) {
      const key = claimKey(claim, storyId);
      const existing = this.idByKey("claims", key);
      let id = existing;
      if (id === null) {
        id = this.insert(
          `INSERT INTO claims (key, kind, count, qualifier, vague_word, civilian, party, claimed_by, cumulative,
             incident_id, story_id, reported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          key,
          claim.kind,
          claim.count,
          claim.qualifier,
          claim.vagueWord ?? null,
          claim.civilian,
          claim.party,
          claim.claimedBy,
          claim.cumulative ? 1 : 0,
          claim.cumulative ? null : (incidentIds[0] ?? null),
          storyId,
          article.publishedAt,
        );
      } else {
        this.db
          .prepare("UPDATE claims SET reported_at = min(reported_at, ?) WHERE id = ?")
          .run(article.publishedAt, id);
      }
      this.addSource("claim", id, articleId, claim.evidence);
      touched.push({ entity: "claim", id, added: existing === null });
    }
    for (const statement of tags.statements) {
      const key = statementKey(statement);
      const existing = this.idByKey("statements", key);
      let id = existing;
      if (id === null) {
        id = this.insert(
          `INSERT INTO statements (key, speaker, role, affiliation, quote, direct, reported_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
          key,
          statement.speaker,
          statement.role,
          statement.affiliation,
          statement.quote,
          statement.direct ? 1 : 0,
          article.publishedAt,
        );
      } else {
        this.db
          .prepare("UPDATE statements SET reported_at = min(reported_at, ?) WHERE id = ?")
          .run(article.publishedAt, id);
      }
      this.addSource("statement", id, articleId, statement.evidence);
      touched.push({ entity: "statement", id, added: existing === null });
    }
    return touched;
  }

  /** Withdraws an article's support from every fact (before its new version is attached). */
  detach(articleId: number): Touched[] {
    const rows = this.db
      .prepare("SELECT entity, fact_id AS id FROM fact_sources WHERE article_id = ?")
      .all(articleId) as Array<{ entity: FactEntity; id: number }>;
    this.db.prepare("DELETE FROM fact_sources WHERE article_id = ?").run(articleId);
    return rows.map((row) => ({ ...row, added: false }));
  }

  private joinStory(articleId: number, article: ArticleFacts): number {
    const signature = storySignature(article.title, article.summary);
    const candidates = this.db
      .prepare("SELECT id, signature FROM stories WHERE last_at >= ? AND first_at <= ? ORDER BY last_at DESC")
      .all(
        shift(article.publishedAt, -STORY_WINDOW_MS),
        shift(article.publishedAt, STORY_WINDOW_MS),
      ) as Array<{
      id: number;
      signature: string;
    }>;
    const match = candidates.find((story) =>
      sameStory(signature, JSON.parse(story.signature) as StorySignature),
    );
    let storyId: number;
    if (match) {
      storyId = match.id;
      this.db
        .prepare("UPDATE stories SET first_at = min(first_at, ?), last_at = max(last_at, ?) WHERE id = ?")
        .run(article.publishedAt, article.publishedAt, storyId);
    } else {
      storyId = this.insert(
        "INSERT INTO stories (signature, first_at, last_at) VALUES (?, ?, ?)",
        JSON.stringify(signature),
        article.publishedAt,
        article.publishedAt,
      );
    }
    this.db.prepare("UPDATE articles SET story_id = ? WHERE id = ?").run(storyId, articleId);
    return storyId;
  }

  /** The nearest incident of the same type within 15 km whose first report is within 24 h. */
  private nearbyIncident(eventType: EventType, lat: number, lon: number, at: string): number | null {
    // A bounding box first (cheap, indexed by type and time), then the library's own rule and distance.
    const dLat = SAME_INCIDENT_KM / 111;
    const dLon = dLat / Math.max(Math.cos((lat * Math.PI) / 180), 0.01);
    const rows = this.db
      .prepare(
        `SELECT id, lat, lon, first_at FROM incidents WHERE event_type = ? AND first_at >= ? AND first_at <= ?
           AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?`,
      )
      .all(
        eventType,
        shift(at, -SAME_INCIDENT_MS),
        shift(at, SAME_INCIDENT_MS),
        lat - dLat,
        lat + dLat,
        lon - dLon,
        lon + dLon,
      ) as Array<{ id: number; lat: number; lon: number; first_at: string }>;
    const here = { type: eventType, lat, lon, time: at };
    let best: { id: number; km: number } | null = null;
    for (const row of rows) {
      if (!sameIncident(here, { type: eventType, lat: row.lat, lon: row.lon, time: row.first_at })) continue;
      const km = distanceKm(lat, lon, row.lat, row.lon);
      if (!best || km < best.km) best = { id: row.id, km };
    }
    return best?.id ?? null;
  }

  private mergeActors(incidentId: number, actors: string[]): void {
    if (actors.length === 0) return;
    const row = this.db.prepare("SELECT actors FROM incidents WHERE id = ?").get(incidentId) as {
      actors: string;
    };
    const merged = [...new Set([...(JSON.parse(row.actors) as string[]), ...actors])].sort();
    this.db.prepare("UPDATE incidents SET actors = ? WHERE id = ?").run(JSON.stringify(merged), incidentId);
  }

  private idByKey(table: "claims" | "statements", key: string): number | null {
    const row = this.db.prepare(`SELECT id FROM ${table} WHERE key = ?`).get(key) as
      | { id: number }
      | undefined;
    return row?.id ?? null;
  }

  private insert(sql: string, ...values: unknown[]): number {
    return Number(this.db.prepare(sql).run(...values).lastInsertRowid);
  }

  private addSource(entity: FactEntity, factId: number, articleId: number, evidence: Evidence): void {
    this.db
      .prepare(
        "INSERT OR IGNORE INTO fact_sources (entity, fact_id, article_id, evidence) VALUES (?, ?, ?, ?)",
      )
      .run(entity, factId, articleId, JSON.stringify(evidence));
  }
}

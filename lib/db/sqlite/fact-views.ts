import type { ClaimView, IncidentView, SourceRef, StatementView } from "../../types/facts";
import { type Evidence, taggedText } from "../../types/tags";
import type { FactEntity } from "./facts";
import type { Db } from "./open";

interface SourceRow {
  article_id: number;
  evidence: string | null;
  feed_name: string;
  outlet: string | null;
  url: string | null;
  title: string;
  summary: string;
  published_at: string;
}

/** The sentence around an evidence span, cut at sentence ends (or 160 characters each side). */
export function sentenceAround(text: string, evidence: Evidence): SourceRef["sentence"] {
  if (
    evidence.start < 0 ||
    evidence.end > text.length ||
    text.slice(evidence.start, evidence.end) !== evidence.text
  ) {
    return null;
  }
  const from = Math.max(0, evidence.start - 160);
  const head = text.slice(from, evidence.start);
  const cut = Math.max(head.lastIndexOf(". "), head.lastIndexOf("\n"));
  const before = cut >= 0 ? head.slice(cut + 1).trimStart() : from > 0 ? `…${head}` : head;
  const tail = text.slice(evidence.end, evidence.end + 160);
  const stop = /[.!?](?=\s|$)|\n/.exec(tail);
  const after = stop
    ? tail.slice(0, stop.index + (stop[0] === "\n" ? 0 : 1))
    : evidence.end + 160 < text.length
      ? `${tail}…`
      : tail;
  return { before, match: evidence.text, after };
}

/** Reads facts as the dashboard receives them, each with its sources. */
export class FactReader {
  constructor(private readonly db: Db) {}

  /** With `sentences`, each source carries the sentence around its evidence (for a detail view). */
  sources(entity: FactEntity, id: number, sentences = false): SourceRef[] {
    const rows = this.db
      .prepare(
        `SELECT s.article_id, s.evidence, f.name AS feed_name, f.outlet, a.url, a.title, a.summary, a.published_at
         FROM fact_sources s JOIN articles a ON a.id = s.article_id JOIN feeds f ON f.id = a.feed_id
         WHERE s.entity = ? AND s.fact_id = ? ORDER BY a.published_at, a.id`,
      )
      .all(entity, id) as SourceRow[];
    return rows.map((row) => {
      const evidence = row.evidence ? (JSON.parse(row.evidence) as Evidence) : null;
      return {
        articleId: row.article_id,
        feedName: row.feed_name,
        outlet: row.outlet,
        url: row.url,
        title: row.title,
        publishedAt: row.published_at,
        evidence,
        ...(sentences
          ? { sentence: evidence ? sentenceAround(taggedText(row.title, row.summary), evidence) : null }
          : {}),
      };
    });
  }

  claim(id: number, sentences = false): ClaimView {
    const row = this.db.prepare("SELECT * FROM claims WHERE id = ?").get(id) as Record<string, unknown>;
    return {
      seq: Number(row.seq),
      id,
      kind: row.kind as ClaimView["kind"],
      count: Number(row.count),
      qualifier: row.qualifier as ClaimView["qualifier"],
      vagueWord: (row.vague_word as string | null) ?? null,
      civilian: row.civilian as ClaimView["civilian"],
      party: (row.party as string | null) ?? null,
      claimedBy: (row.claimed_by as string | null) ?? null,
      cumulative: row.cumulative === 1,
      incidentId: (row.incident_id as number | null) ?? null,
      storyId: (row.story_id as number | null) ?? null,
      reportedAt: String(row.reported_at),
      sources: this.sources("claim", id, sentences),
    };
  }

  incident(id: number, sentences = false): IncidentView {
    const row = this.db.prepare("SELECT * FROM incidents WHERE id = ?").get(id) as Record<string, unknown>;
    return {
      seq: Number(row.seq),
      id,
      eventType: row.event_type as IncidentView["eventType"],
      place: JSON.parse(String(row.place)) as IncidentView["place"],
      actors: JSON.parse(String(row.actors)) as string[],
      firstReportedAt: String(row.first_at),
      lastReportedAt: String(row.last_at),
      sources: this.sources("incident", id, sentences),
    };
  }

  statement(id: number, sentences = false): StatementView {
    const row = this.db.prepare("SELECT * FROM statements WHERE id = ?").get(id) as Record<string, unknown>;
    return {
      seq: Number(row.seq),
      id,
      speaker: String(row.speaker),
      role: (row.role as string | null) ?? null,
      affiliation: (row.affiliation as string | null) ?? null,
      quote: String(row.quote),
      direct: row.direct === 1,
      reportedAt: String(row.reported_at),
      sources: this.sources("statement", id, sentences),
    };
  }
}

import type { CasualtyKind, Civilian, CountQualifier, EventType, Evidence, PlaceTag } from "./tags";

/** One article that supports a fact, with the exact words that do. */
export interface SourceRef {
  articleId: number;
  feedName: string;
  outlet: string | null;
  url: string | null;
  title: string;
  publishedAt: string;
  evidence: Evidence | null;
  /**
   * The sentence the evidence stands in, split around it, so that a reader sees it in context. Only in
   * a fact's detail (GET /api/facts/ENTITY/ID), to keep snapshots and pushes small.
   */
  sentence?: { before: string; match: string; after: string } | null;
}

/**
 * A casualty figure as a claim: the same figure from several articles of one story (or, for a running
 * toll, from anyone) is one claim with several sources, never several claims.
 */
export interface ClaimView {
  seq: number;
  id: number;
  kind: CasualtyKind;
  count: number;
  qualifier: CountQualifier;
  vagueWord: string | null;
  civilian: Civilian;
  party: string | null;
  claimedBy: string | null;
  cumulative: boolean;
  /** The incident a single-incident figure belongs to, when one was found. */
  incidentId: number | null;
  storyId: number | null;
  /** When the figure was first reported. */
  reportedAt: string;
  sources: SourceRef[];
}

/** An event at an incident site, merged across the articles that report it. */
export interface IncidentView {
  seq: number;
  id: number;
  eventType: EventType;
  place: Omit<PlaceTag, "role" | "evidence">;
  /** Actors named in the articles that report it. */
  actors: string[];
  /** When it was first and last reported. */
  firstReportedAt: string;
  lastReportedAt: string;
  sources: SourceRef[];
}

/** Something someone said; the same words from several outlets are one statement with several sources. */
export interface StatementView {
  seq: number;
  id: number;
  speaker: string;
  role: string | null;
  affiliation: string | null;
  quote: string;
  direct: boolean;
  reportedAt: string;
  sources: SourceRef[];
}

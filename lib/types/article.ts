import type { ClaimView, IncidentView, StatementView } from "./facts";
import type { ArticleTags } from "./tags";

/** Why an article was kept: the relevance score against the region profile and the terms that scored. */
export interface Relevance {
  score: number;
  reason: string;
}

/** An article as the dashboard receives it. Plain data, safe text only. */
export interface ArticleView {
  /** Sequence number of the latest change to this article. */
  seq: number;
  id: number;
  feedId: number;
  feedName: string;
  outlet: string | null;
  url: string | null;
  title: string;
  summary: string;
  /** ISO 8601, UTC. */
  publishedAt: string;
  fetchedAt: string;
  /** The feed gave no date; publishedAt is when it was fetched. */
  dateMissing: boolean;
  /** The feed gave a date in the future; publishedAt was clamped to the fetch time. */
  dateClamped: boolean;
  language: string;
  relevance: Relevance;
  /** 1 for the first version; each republication with changed text adds one. */
  version: number;
  tags: ArticleTags | null;
}

/** One stored change, in sequence order: an article or a fact, new or changed. */
export type Change =
  | { seq: number; kind: "article:added" | "article:updated"; article: ArticleView }
  | { seq: number; kind: "claim:added" | "claim:updated"; claim: ClaimView }
  | { seq: number; kind: "incident:added" | "incident:updated"; incident: IncidentView }
  | { seq: number; kind: "statement:added" | "statement:updated"; statement: StatementView };

export type ChangeKind = Change["kind"];
export type ChangeEntity = "article" | "claim" | "incident" | "statement";

/** A feed's health, for the /feeds view. */
export interface FeedHealth {
  id: number;
  url: string;
  name: string;
  outlet: string | null;
  language: string;
  pollSeconds: number;
  lastPolledAt: string | null;
  lastOkAt: string | null;
  lastErrorAt: string | null;
  lastError: string | null;
  lastErrorCode: string | null;
  consecutiveFailures: number;
  nextPollAt: string | null;
  articles: number;
}

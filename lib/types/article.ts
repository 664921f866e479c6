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

export type ChangeKind = "article:added" | "article:updated";

/** One stored fact, in sequence order. */
export interface Change {
  seq: number;
  kind: ChangeKind;
  article: ArticleView;
}

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

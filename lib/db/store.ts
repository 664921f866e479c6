import type { FeedConfig } from "../config/schema";
import type { NormalisedItem } from "../feeds/types";
import type { ArticleView, Change, FeedHealth, Relevance } from "../types/article";
import type { ClaimView, IncidentView, StatementView } from "../types/facts";
import type { ArticleTags } from "../types/tags";

/** A feed's row with what the poller needs to resume it. */
export interface FeedRecord {
  id: number;
  url: string;
  name: string;
  etag: string | null;
  lastModified: string | null;
  consecutiveFailures: number;
  nextPollAt: string | null;
}

/** An article ready to be stored: a normalised item, scored for relevance and tagged. */
export type ArticleInput = NormalisedItem & {
  language: string;
  relevance: Relevance;
  tags: ArticleTags | null;
};

interface PollBase {
  polledAt: string;
  nextPollAt: string;
}

/** What one poll of a feed came to; stored in one transaction with its articles. */
export type PollOutcome =
  | (PollBase & {
      kind: "ok";
      etag: string | null;
      lastModified: string | null;
      articles: ArticleInput[];
      /** The feed's own title, used as its name when none was configured. */
      feedTitle: string | null;
    })
  | (PollBase & { kind: "not-modified"; etag: string | null; lastModified: string | null })
  | (PollBase & { kind: "error"; code: string; message: string });

export interface ChangesPage {
  changes: Change[];
  /** Every change up to this number is covered by this page and the ones before it. */
  upTo: number;
  /** More changes follow: ask again after `upTo`. */
  more: boolean;
}

export interface Snapshot {
  articles: ArticleView[];
  claims: ClaimView[];
  incidents: IncidentView[];
  statements: StatementView[];
  upTo: number;
}

/** How many of each the snapshot holds at most (newest first). */
export type FactKind = "claim" | "incident" | "statement";

export interface SnapshotLimits {
  articles: number;
  facts: number;
}

/**
 * The storage interface. Every fact gets a monotonically increasing sequence number in the same
 * transaction that writes it, so the store is the source of truth for catch-up after any gap.
 */
export interface Store {
  /** Makes the configured feeds active (inserting new ones) and the rest inactive; returns the active ones. */
  syncFeeds(feeds: FeedConfig[]): Promise<FeedRecord[]>;
  /** Records a poll and its articles atomically; returns the changes it made, in sequence order. */
  recordPoll(feedId: number, outcome: PollOutcome): Promise<Change[]>;
  listFeeds(): Promise<FeedHealth[]>;
  /** The newest articles and facts, and the sequence number they are current up to. */
  snapshot(limits: SnapshotLimits): Promise<Snapshot>;
  changesAfter(seq: number, limit: number): Promise<ChangesPage>;
  /** One fact with every source and the sentence around each source's evidence; null if there is none. */
  fact(entity: "claim", id: number): Promise<ClaimView | null>;
  fact(entity: "incident", id: number): Promise<IncidentView | null>;
  fact(entity: "statement", id: number): Promise<StatementView | null>;
  fact(entity: FactKind, id: number): Promise<ClaimView | IncidentView | StatementView | null>;
  latestSeq(): Promise<number>;
  close(): Promise<void>;
}

import type { ArticleView, FeedHealth } from "../../types/article";
import type { ArticleTags } from "../../types/tags";

/** An articles row joined with its feed, as read by the queries in this folder. */
export interface ArticleRow {
  id: number;
  seq: number;
  feed_id: number;
  feed_name: string;
  outlet: string | null;
  url: string | null;
  title: string;
  summary: string;
  published_at: string;
  fetched_at: string;
  date_missing: number;
  date_clamped: number;
  language: string;
  relevance_score: number;
  relevance_reason: string;
  version: number;
  tags: string | null;
}

export const ARTICLE_COLUMNS = `a.id, a.seq, a.feed_id, f.name AS feed_name, f.outlet, a.url, a.title, a.summary,
  a.published_at, a.fetched_at, a.date_missing, a.date_clamped, a.language, a.relevance_score,
  a.relevance_reason, a.version, a.tags`;

export function toArticleView(row: ArticleRow): ArticleView {
  return {
    seq: row.seq,
    id: row.id,
    feedId: row.feed_id,
    feedName: row.feed_name,
    outlet: row.outlet,
    url: row.url,
    title: row.title,
    summary: row.summary,
    publishedAt: row.published_at,
    fetchedAt: row.fetched_at,
    dateMissing: row.date_missing === 1,
    dateClamped: row.date_clamped === 1,
    language: row.language,
    relevance: { score: row.relevance_score, reason: row.relevance_reason },
    version: row.version,
    tags: row.tags ? (JSON.parse(row.tags) as ArticleTags) : null,
  };
}

export interface FeedHealthRow {
  id: number;
  url: string;
  name: string;
  outlet: string | null;
  language: string;
  poll_seconds: number;
  last_polled_at: string | null;
  last_ok_at: string | null;
  last_error_at: string | null;
  last_error: string | null;
  last_error_code: string | null;
  consecutive_failures: number;
  next_poll_at: string | null;
  articles: number;
}

export function toFeedHealth(row: FeedHealthRow): FeedHealth {
  return {
    id: row.id,
    url: row.url,
    name: row.name,
    outlet: row.outlet,
    language: row.language,
    pollSeconds: row.poll_seconds,
    lastPolledAt: row.last_polled_at,
    lastOkAt: row.last_ok_at,
    lastErrorAt: row.last_error_at,
    lastError: row.last_error,
    lastErrorCode: row.last_error_code,
    consecutiveFailures: row.consecutive_failures,
    nextPollAt: row.next_poll_at,
    articles: row.articles,
  };
}

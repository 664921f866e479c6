import type { FeedConfig } from "../config/schema";
import type { ArticleInput } from "../db/store";
import { decodeFeedBody } from "../feeds/decode";
import { normaliseItem } from "../feeds/normalise";
import { parseFeed } from "../feeds/parse";
import type { RelevanceModel } from "../relevance";
import type { ArticleTags, TagInput } from "../types/tags";

/** The pure tagging stage: text in, tags out (null when the text could not be tagged). */
export type TagFn = (input: TagInput) => ArticleTags | null;

export interface PipelineResult {
  articles: ArticleInput[];
  /** Items seen in the feed, kept or not. */
  seen: number;
  /** RSS <ttl> in minutes, when the feed sets one. */
  ttlMinutes: number | null;
  /** The feed's own title. */
  title: string | null;
}

/**
 * decode → parse → normalise → relevance → tag, for one fetched body. Items that are not relevant to
 * the region (unless the feed is marked regional) are dropped here and never stored.
 */
export async function processFeedBody(
  body: Buffer,
  contentType: string | null,
  ctx: { feed: FeedConfig; finalUrl: string; fetchedAt: Date; relevance: RelevanceModel; tag: TagFn | null },
): Promise<PipelineResult> {
  const text = decodeFeedBody(body, contentType);
  const parsed = await parseFeed(text, ctx.finalUrl);
  const articles: ArticleInput[] = [];
  const keys = new Set<string>();
  for (const raw of parsed.items) {
    const item = normaliseItem(raw, {
      feedUrl: ctx.feed.url,
      timeZone: ctx.feed.timeZone,
      fetchedAt: ctx.fetchedAt,
    });
    // A feed that lists one item twice stores it once.
    if (!item || keys.has(item.key)) continue;
    keys.add(item.key);
    const relevance = ctx.feed.regional
      ? { score: ctx.relevance.threshold, reason: "regional feed: every item kept" }
      : ctx.relevance.score(item.title, item.summary);
    if (relevance.score < ctx.relevance.threshold) continue;
    const tags = ctx.tag
      ? ctx.tag({ title: item.title, text: item.summary, published: item.publishedAt, source: ctx.feed.name })
      : null;
    articles.push({ ...item, language: ctx.feed.language, relevance, tags });
  }
  return {
    articles,
    seen: parsed.items.length,
    ttlMinutes: parsed.ttlMinutes,
    title: parsed.title?.trim() || null,
  };
}

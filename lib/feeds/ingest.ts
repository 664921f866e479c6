import { decodeFeedBody } from "./decode";
import { type NormaliseContext, normaliseItem } from "./normalise";
import { parseFeed } from "./parse";
import type { NormalisedItem, ParsedFeed } from "./types";

/** Everything a fetched body yields: the feed's own metadata and its items ready to store. */
export interface IngestedFeed {
  feed: ParsedFeed;
  items: NormalisedItem[];
  /** Items with no title, text or link, which normalising had to drop. */
  dropped: number;
}

/**
 * The pure part of ingestion in one call: decode → parse → normalise. `body` is what fetchFeed returned
 * (already unzipped). `baseUrl` resolves relative links; pass the fetch's finalUrl. Throws FeedError.
 */
export async function ingestFeedBody(
  body: Buffer,
  contentType: string | null,
  ctx: NormaliseContext & { baseUrl?: string | null },
): Promise<IngestedFeed> {
  const feed = await parseFeed(decodeFeedBody(body, contentType), ctx.baseUrl ?? ctx.feedUrl);
  const items: NormalisedItem[] = [];
  for (const raw of feed.items) {
    const item = normaliseItem(raw, ctx);
    if (item) items.push(item);
  }
  return { feed, items, dropped: feed.items.length - items.length };
}

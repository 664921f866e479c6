import { escapeUTF8 } from "entities";
import { z } from "zod";
import { FeedError } from "./errors";
import { resolveHttpUrl } from "./links";
import { richest } from "./node-text";
import type { ParsedFeed, RawItem } from "./types";

// Every field is optional and wrong types are dropped rather than fatal: one odd item must not cost the
// rest of the feed. JSON Feed 1.0 has `author`, 1.1 has `authors`.
const text = z.string().optional().catch(undefined);
const author = z.object({ name: text }).optional().catch(undefined);

const jsonFeedItem = z.object({
  id: z.union([z.string(), z.number()]).optional().catch(undefined),
  url: text,
  external_url: text,
  title: text,
  content_html: text,
  content_text: text,
  summary: text,
  date_published: text,
  date_modified: text,
  author,
  authors: z.array(author).optional().catch(undefined),
  tags: z.array(z.string()).optional().catch(undefined),
});

const jsonFeed = z.object({
  version: z.string().regex(/^https?:\/\/jsonfeed\.org\/version\/1/),
  title: text,
  home_page_url: text,
  feed_url: text,
  items: z.array(z.unknown()),
});

/** Parses a JSON Feed 1.0 / 1.1 document. */
export function parseJsonFeed(source: string, baseUrl: string | null): ParsedFeed {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FeedError("malformed", `Broken JSON: ${reason}`, { cause: error });
  }
  const feed = jsonFeed.safeParse(data);
  if (!feed.success) {
    throw new FeedError("not-a-feed", "Not a feed: the server sent JSON that is not a JSON Feed");
  }
  const link = resolveHttpUrl(feed.data.home_page_url, baseUrl);
  const items: RawItem[] = [];
  for (const value of feed.data.items) {
    const item = jsonFeedItem.safeParse(value);
    if (item.success) items.push(toRawItem(item.data, link ?? baseUrl));
  }
  return { title: feed.data.title?.trim() || null, link, ttlMinutes: null, items };
}

function toRawItem(item: z.infer<typeof jsonFeedItem>, base: string | null): RawItem {
  // content_text is plain text; escaped, it travels the same HTML-to-text path as everything else.
  const textAsHtml = item.content_text ? escapeUTF8(item.content_text) : null;
  const summaryHtml = item.summary ? escapeUTF8(item.summary) : null;
  const authorName = item.authors?.find((a) => a?.name)?.name ?? item.author?.name ?? null;
  return {
    guid: item.id === undefined ? null : String(item.id).trim() || null,
    link: resolveHttpUrl(item.url, base) ?? resolveHttpUrl(item.external_url, base),
    title: item.title?.trim() || null,
    html: richest([item.content_html ?? null, textAsHtml, summaryHtml]),
    summaryHtml,
    published: item.date_published?.trim() || item.date_modified?.trim() || null,
    author: authorName?.trim() || null,
    categories: item.tags ?? [],
  };
}

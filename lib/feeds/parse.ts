import { FeedError } from "./errors";
import { parseJsonFeed } from "./parse-json";
import { parseXmlFeed, rootElementName } from "./parse-xml";
import type { ParsedFeed } from "./types";

export type { ParsedFeed, RawItem } from "./types";

/**
 * Parses decoded feed text: JSON Feed when the first non-space character is `{`, otherwise RSS
 * (0.9x, 1.0, 2.0) or Atom through rss-parser. Relative links are resolved against the feed's own link,
 * else `baseUrl` (pass the URL the feed was fetched from). Pure: no I/O.
 *
 * Throws FeedError "not-a-feed" for HTML pages, empty bodies and other documents, and "malformed" for
 * XML or JSON that cannot be read even after rescuing undefined entities.
 */
export async function parseFeed(text: string, baseUrl?: string | null): Promise<ParsedFeed> {
  const body = text.replace(/^\uFEFF/, "").trimStart();
  const base = baseUrl ?? null;
  if (body === "") throw new FeedError("not-a-feed", "Not a feed: the server sent an empty response");
  if (body.startsWith("{")) return parseJsonFeed(body, base);
  if (looksLikeHtml(body)) throw new FeedError("not-a-feed", "Not a feed: the server sent an HTML page");
  if (!body.startsWith("<")) throw new FeedError("not-a-feed", "Not a feed: the response is not XML or JSON");
  return parseXmlFeed(body, base);
}

function looksLikeHtml(body: string): boolean {
  const head = body.slice(0, 4096);
  if (/^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*<!DOCTYPE\s+html[\s>]/i.test(head)) return true;
  return rootElementName(body)?.toLowerCase() === "html";
}

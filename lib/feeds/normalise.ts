import { createHash } from "node:crypto";
import { parseFeedDate } from "./feed-date";
import { htmlToText } from "./html-to-text";
import { canonicalLink, resolveHttpUrl } from "./links";
import type { NormalisedItem, RawItem } from "./types";

export { parseFeedDate } from "./feed-date";
export { htmlToText } from "./html-to-text";
export { canonicalLink } from "./links";
export type { NormalisedItem } from "./types";

/** What normalising needs to know about where and when an item was read. */
export interface NormaliseContext {
  /** The feed URL as configured (not the URL after redirects): part of GUID keys. */
  feedUrl: string;
  /** IANA zone for dates written without one, e.g. "UTC" or "Asia/Baku". */
  timeZone: string;
  fetchedAt: Date;
}

/** Summaries longer than this are cut: full-content feeds carry whole articles, tagging needs the lead. */
export const MAX_SUMMARY_CHARS = 20_000;
const MAX_TITLE_CHARS = 500;
const DERIVED_TITLE_CHARS = 140;

/**
 * Cleans one raw item into what is stored: a stable key, plain-text title and summary, a UTC date and
 * a content hash. Null when the item has no title, no text and no link: nothing to show or link to.
 * Pure: no I/O.
 */
export function normaliseItem(item: RawItem, ctx: NormaliseContext): NormalisedItem | null {
  const url = resolveHttpUrl(item.link);
  const summary = truncate(htmlToText(item.html ?? item.summaryHtml ?? ""), MAX_SUMMARY_CHARS);
  const ownTitle = truncate(htmlToText(item.title ?? ""), MAX_TITLE_CHARS);
  if (!ownTitle && !summary && !url) return null;
  // A title is required downstream; an untitled item (allowed in RSS) borrows the start of its text.
  const title = ownTitle || truncate(summary.split("\n")[0] ?? "", DERIVED_TITLE_CHARS) || (url ?? "");
  const date = parseFeedDate(item.published, ctx.timeZone, ctx.fetchedAt);
  return {
    key: itemKey({ guid: item.guid, link: url, title, text: summary }, ctx.feedUrl),
    url,
    title,
    summary,
    publishedAt: date.publishedAt,
    fetchedAt: ctx.fetchedAt.toISOString(),
    dateMissing: date.dateMissing,
    dateClamped: date.dateClamped,
    contentHash: contentHash(title, summary),
  };
}

/**
 * The stable identity of an item, the same across restarts and polls. First match wins:
 *   "g:" + sha256(feedUrl + "\n" + guid), 32 hex: the publisher's id. GUIDs are only unique within one
 *        feed, so the feed URL is part of the key; a GUID that happens to be a URL is still a GUID.
 *   "l:" + sha256(canonical link), 32 hex: no GUID. Not per feed, so one article in two feeds of the
 *        same outlet is one key; tracking parameters and fragments do not split it.
 *   "h:" + sha256(normalised title + "\n" + text), 32 hex: neither, so the content is the identity.
 * 128 bits of hash keep keys short and fixed-length whatever the feed writes.
 */
export function itemKey(
  item: { guid: string | null; link: string | null; title: string; text: string },
  feedUrl: string,
): string {
  const guid = item.guid?.trim();
  if (guid) return `g:${sha256(`${feedUrl}\n${guid}`).slice(0, 32)}`;
  const link = item.link ? canonicalLink(item.link) : null;
  if (link) return `l:${sha256(link).slice(0, 32)}`;
  return `h:${sha256(`${normaliseForHash(item.title)}\n${normaliseForHash(item.text)}`).slice(0, 32)}`;
}

/** sha256 (hex) of the normalised title and summary: a republished item whose text changed differs. */
export function contentHash(title: string, summary: string): string {
  return sha256(`${normaliseForHash(title)}\n${normaliseForHash(summary)}`);
}

// Unicode composition and whitespace differ between polls of the same text (CMS re-renders); case
// does not, and a case change is a real edit, so it is kept.
function normaliseForHash(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  // Never end on the first half of a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** One item as the feed wrote it, before any cleaning. Links are absolute http(s) URLs or null. */
export interface RawItem {
  guid: string | null;
  link: string | null;
  title: string | null;
  /** The richest body the feed offers: content:encoded, Atom content, JSON content_html, else the summary. */
  html: string | null;
  /** The short form (description, Atom summary, JSON summary) when the feed has one. */
  summaryHtml: string | null;
  /** The date string exactly as in the feed; normalise interprets it. */
  published: string | null;
  author: string | null;
  categories: string[];
}

/** What parseFeed returns for any supported format (RSS 0.9x/1.0/2.0, Atom, JSON Feed). */
export interface ParsedFeed {
  title: string | null;
  link: string | null;
  /** RSS <ttl>: the publisher's wish for the minimum time between polls. */
  ttlMinutes: number | null;
  items: RawItem[];
}

/** An item ready to store: stable key, safe plain text, a UTC date. */
export interface NormalisedItem {
  key: string;
  url: string | null;
  title: string;
  /** Plain text, not HTML: render it as a text node, never as markup. */
  summary: string;
  /** ISO 8601 UTC. fetchedAt when the feed gave no usable date or a date in the future. */
  publishedAt: string;
  fetchedAt: string;
  dateMissing: boolean;
  dateClamped: boolean;
  contentHash: string;
}

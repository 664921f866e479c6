import Parser from "rss-parser";
import { FeedError } from "./errors";
import { resolveHttpUrl } from "./links";
import { asRecord, firstText, richest, textList } from "./node-text";
import type { ParsedFeed, RawItem } from "./types";
import { rescueEntities } from "./xml-rescue";

type Record_ = Record<string, unknown>;

// Raw forms of fields rss-parser would otherwise flatten or convert: the guid with its isPermaLink
// attribute, every category, and Atom dates as written (rss-parser turns them into ISO strings in the
// machine's zone, and throws on dates it cannot read; the renamed copies are for that retry).
const ITEM_FIELDS: (string | (string | { keepArray: boolean })[])[] = [
  ["guid", "rawGuid", { keepArray: true }],
  ["category", "rawCategories", { keepArray: true }],
  ["dc:subject", "rawSubjects", { keepArray: true }],
  "published",
  "updated",
  ["cm-published", "published"],
  ["cm-updated", "updated"],
];

/** Parses RSS 0.9x/1.0/2.0 and Atom text with rss-parser's parseString (never its fetching). */
export async function parseXmlFeed(xml: string, baseUrl: string | null): Promise<ParsedFeed> {
  const root = rootElementName(xml);
  // rss-parser crashes on an <rss> without <channel>; such a document is a feed with nothing in it.
  if (root?.toLowerCase() === "rss" && !/<channel[\s>]/.test(xml)) {
    return { title: null, link: null, ttlMinutes: null, items: [] };
  }
  const output = await parseWithRetries(xml, root);
  return toParsedFeed(output, baseUrl, root === "feed");
}

async function parseWithRetries(xml: string, root: string | null): Promise<Record_> {
  try {
    return await runRssParser(xml);
  } catch (first) {
    if (first instanceof RangeError && first.message.includes("time value")) {
      // An Atom date rss-parser cannot convert: hide the date elements from it, read them raw instead.
      return runRssParser(xml.replace(/<(\/?)(published|updated)\b/g, "<$1cm-$2")).catch((error: unknown) => {
        throw toFeedError(error, root);
      });
    }
    if (!isSaxError(first)) throw toFeedError(first, root);
    const rescued = rescueEntities(xml);
    if (rescued === xml) throw toFeedError(first, root);
    try {
      return await runRssParser(rescued);
    } catch (second) {
      // The rescue only rewrites entities and keeps lines, so a second XML error is the next real defect
      // (often a truncation), which is what the user needs to hear about.
      throw toFeedError(isSaxError(second) ? second : first, root);
    }
  }
}

async function runRssParser(xml: string): Promise<Record_> {
  // A fresh parser per call: xml2js keeps state in its parser, and a failed parse must not leak into the
  // next feed.
  const parser = new Parser<Record_, Record_>({ defaultRSS: 2, customFields: { item: ITEM_FIELDS } });
  const output: unknown = await parser.parseString(xml);
  return asRecord(output) ?? {};
}

function toParsedFeed(output: Record_, baseUrl: string | null, atom: boolean): ParsedFeed {
  const feedLink = resolveHttpUrl(firstText(output.link), baseUrl);
  // Relative item links are relative to the site, which the feed's own <link> names; the feed URL is
  // the fallback when the feed has no usable link.
  const itemBase = feedLink ?? baseUrl;
  const rawItems = Array.isArray(output.items) ? output.items : [];
  const items = rawItems.map((value) => toRawItem(asRecord(value) ?? {}, itemBase, atom));
  return { title: firstText(output.title), link: feedLink, ttlMinutes: parseTtl(output.ttl), items };
}

function toRawItem(item: Record_, base: string | null, atom: boolean): RawItem {
  const guidNode = Array.isArray(item.rawGuid) ? item.rawGuid[0] : undefined;
  const guid = firstText(guidNode) ?? firstText(item.id);
  // rss-parser puts an RSS <description> in `content`, but an Atom <content> there too.
  const summaryHtml = atom ? firstText(item.summary) : (firstText(item.content) ?? firstText(item.summary));
  return {
    guid,
    link: itemLink(item, guidNode, guid, base),
    title: firstText(item.title),
    html: richest([firstText(item["content:encoded"]), firstText(item.content), firstText(item.summary)]),
    summaryHtml,
    published:
      firstText(item.published) ?? firstText(item.pubDate) ?? firstText(item.date) ?? firstText(item.updated),
    author: firstText(item.creator) ?? firstText(item.author),
    categories: [...textList(item.rawCategories), ...textList(item.rawSubjects)],
  };
}

function itemLink(item: Record_, guidNode: unknown, guid: string | null, base: string | null): string | null {
  const direct =
    resolveHttpUrl(firstText(item.link), base) ?? resolveHttpUrl(firstText(item["rdf:about"]), base);
  if (direct) return direct;
  // RSS 2.0: a guid is a permalink unless isPermaLink="false". Only URL-shaped guids are trusted, since
  // many feeds leave the default on numeric ids.
  const permalink = asRecord(asRecord(guidNode)?.$)?.isPermaLink;
  if (!guid || permalink === "false" || !/^(https?:\/\/|\/)/i.test(guid)) return null;
  return resolveHttpUrl(guid, base);
}

function parseTtl(value: unknown): number | null {
  const text = firstText(value);
  if (!text || !/^\d{1,7}$/.test(text)) return null;
  const minutes = Number.parseInt(text, 10);
  return minutes > 0 ? minutes : null;
}

const SKIPPABLE = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>)/i;

/** The name of the document's first element, past declarations, comments and a DOCTYPE. */
export function rootElementName(text: string): string | null {
  let rest = text.slice(0, 65536);
  for (let i = 0; i < 200; i++) {
    const skipped = SKIPPABLE.exec(rest);
    if (!skipped) break;
    rest = rest.slice(skipped[0].length);
  }
  return /^<([A-Za-z_][\w.:-]*)/.exec(rest)?.[1] ?? null;
}

function isSaxError(error: unknown): error is Error {
  return error instanceof Error && /\nLine: \d+\nColumn: \d+/.test(error.message);
}

const SAX_MESSAGES: Record<string, string> = {
  "Unclosed root tag": "the document ends before its root element is closed (truncated?)",
  "Unexpected close tag": "a closing tag does not match the open element",
  "Invalid character entity": "an undefined entity or a reference to a forbidden character",
  "Non-whitespace before first tag.": "text before the first tag",
  "Unmatched closing tag": "a closing tag with no opening tag",
  "Text data outside of root node.": "text after the end of the document",
};

function toFeedError(error: unknown, root: string | null): FeedError {
  if (error instanceof FeedError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof RangeError && message.includes("call stack")) {
    return new FeedError("malformed", "The feed's elements are nested too deeply to read", { cause: error });
  }
  if (message.startsWith("Feed not recognized")) {
    const what = root ? `the document is <${root}>, not <rss>, <feed> or <rdf:RDF>` : "no root element";
    return new FeedError("not-a-feed", `Not a feed: ${what}`, { cause: error });
  }
  if (message.startsWith("Unable to parse XML")) {
    return new FeedError("not-a-feed", "Not a feed: the document has no XML elements", { cause: error });
  }
  const sax = /^([^\n]*)\nLine: (\d+)\nColumn: (\d+)/.exec(message);
  if (sax) {
    const [, what = "", line = "0", column = "0"] = sax;
    const reason = SAX_MESSAGES[what] ?? what.replace(/\.$/, "").toLowerCase();
    const where = `line ${Number(line) + 1}, column ${Number(column) + 1}`;
    return new FeedError("malformed", `Broken XML at ${where}: ${reason}`, { cause: error });
  }
  return new FeedError("malformed", `The feed could not be read: ${message}`, { cause: error });
}

import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, test } from "node:test";
import { contentHash, itemKey, MAX_SUMMARY_CHARS, normaliseItem } from "./normalise";
import type { RawItem } from "./types";

const FEED = "https://news.example.org/rss";
const sha = (text: string) => createHash("sha256").update(text).digest("hex");

describe("itemKey", () => {
  const base = { guid: null, link: null, title: "Title", text: "Text" };
  const table: [string, Parameters<typeof itemKey>[0], string][] = [
    ["GUID, scoped to the feed", { ...base, guid: "abc-1" }, `g:${sha(`${FEED}\nabc-1`).slice(0, 32)}`],
    ["GUID is trimmed", { ...base, guid: "  abc-1\n" }, `g:${sha(`${FEED}\nabc-1`).slice(0, 32)}`],
    [
      "a GUID that is a URL is still a GUID",
      { ...base, guid: "https://news.example.org/a", link: "https://news.example.org/a" },
      `g:${sha(`${FEED}\nhttps://news.example.org/a`).slice(0, 32)}`,
    ],
    [
      "no GUID: canonical link, not scoped to the feed",
      { ...base, link: "https://News.Example.org/a?utm_source=rss#top" },
      `l:${sha("https://news.example.org/a").slice(0, 32)}`,
    ],
    [
      "blank GUID counts as none",
      { ...base, guid: "  ", link: "https://x.org/a" },
      `l:${sha("https://x.org/a").slice(0, 32)}`,
    ],
    ["neither: hash of title and text", base, `h:${sha("Title\nText").slice(0, 32)}`],
    [
      "whitespace does not change the content key",
      { ...base, title: " Title ", text: "Text\n" },
      `h:${sha("Title\nText").slice(0, 32)}`,
    ],
  ];
  for (const [name, item, expected] of table) {
    test(name, () => assert.equal(itemKey(item, FEED), expected));
  }

  test("the same GUID in two feeds is two items", () => {
    const item = { ...base, guid: "42" };
    assert.notEqual(itemKey(item, FEED), itemKey(item, "https://other.example.org/rss"));
  });

  test("the same link in two feeds of one outlet is one item", () => {
    const item = { ...base, link: "https://news.example.org/a?ref=rss" };
    assert.equal(
      itemKey(item, FEED),
      itemKey({ ...item, link: "https://news.example.org/a" }, `${FEED}/world`),
    );
  });
});

describe("contentHash", () => {
  test("is sha256 of title, newline, summary", () => assert.equal(contentHash("T", "S"), sha("T\nS")));
  test("ignores whitespace and Unicode composition differences", () => {
    assert.equal(contentHash("Caf\u00e9  news", "a\nb"), contentHash("Cafe\u0301 news", "a b"));
  });
  test("changes when the text changes", () =>
    assert.notEqual(contentHash("T", "4 killed"), contentHash("T", "5 killed")));
});

const raw = (over: Partial<RawItem>): RawItem => ({
  guid: null,
  link: null,
  title: null,
  html: null,
  summaryHtml: null,
  published: null,
  author: null,
  categories: [],
  ...over,
});
const ctx = { feedUrl: FEED, timeZone: "Asia/Baku", fetchedAt: new Date("2024-03-01T12:00:00Z") };

describe("normaliseItem", () => {
  test("a full item", () => {
    const item = normaliseItem(
      raw({
        guid: "id-1",
        link: "https://news.example.org/a",
        title: "Shelling <b>reported</b> &amp; denied",
        html: "<p>First paragraph.</p><script>steal()</script><p>Second.</p>",
        published: "2024-03-01T10:00:00",
      }),
      ctx,
    );
    assert.deepEqual(item, {
      key: itemKey({ guid: "id-1", link: null, title: "", text: "" }, FEED),
      url: "https://news.example.org/a",
      title: "Shelling reported & denied",
      summary: "First paragraph.\nSecond.",
      publishedAt: "2024-03-01T06:00:00.000Z",
      fetchedAt: "2024-03-01T12:00:00.000Z",
      dateMissing: false,
      dateClamped: false,
      contentHash: contentHash("Shelling reported & denied", "First paragraph.\nSecond."),
    });
  });

  test("null when there is no title, no text and no link", () => {
    assert.equal(normaliseItem(raw({ guid: "x", html: "<p> </p>", published: "2024-01-01" }), ctx), null);
  });

  test("an untitled item takes the start of its text as title", () => {
    const item = normaliseItem(raw({ html: "<p>Only a body here.</p><p>More.</p>" }), ctx);
    assert.equal(item?.title, "Only a body here.");
  });

  test("a link-only item is kept and titled by its link", () => {
    const item = normaliseItem(raw({ link: "https://news.example.org/b" }), ctx);
    assert.equal(item?.title, "https://news.example.org/b");
    assert.equal(item?.key.startsWith("l:"), true);
  });

  test("the summary falls back to summaryHtml and is capped", () => {
    const long = "word ".repeat(MAX_SUMMARY_CHARS);
    const item = normaliseItem(raw({ title: "T", summaryHtml: long }), ctx);
    assert.equal(item?.summary.length, MAX_SUMMARY_CHARS);
    assert.ok(item?.summary.endsWith("…"));
  });

  test("non-web links are dropped", () => {
    const item = normaliseItem(raw({ title: "T", link: "javascript:alert(1)" }), ctx);
    assert.equal(item?.url, null);
  });

  test("missing date: fetch time, flagged", () => {
    const item = normaliseItem(raw({ title: "T" }), ctx);
    assert.equal(item?.publishedAt, "2024-03-01T12:00:00.000Z");
    assert.equal(item?.dateMissing, true);
  });

  test("future date: clamped, flagged", () => {
    const item = normaliseItem(raw({ title: "T", published: "Fri, 01 Mar 2024 18:00:00 GMT" }), ctx);
    assert.equal(item?.publishedAt, "2024-03-01T12:00:00.000Z");
    assert.equal(item?.dateClamped, true);
  });
});

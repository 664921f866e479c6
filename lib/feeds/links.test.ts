import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { canonicalLink, resolveHttpUrl } from "./links";

describe("canonicalLink", () => {
  const table: [string, string | null][] = [
    ["HTTPS://News.Example.ORG/World/Story", "https://news.example.org/World/Story"],
    ["https://example.org:443/a", "https://example.org/a"],
    ["http://example.org:80/a", "http://example.org/a"],
    ["http://example.org:8080/a", "http://example.org:8080/a"],
    ["https://example.org/a#comments", "https://example.org/a"],
    ["https://example.org/a?", "https://example.org/a"],
    ["https://example.org/a?utm_source=rss&utm_medium=feed&UTM_Campaign=x", "https://example.org/a"],
    ["https://example.org/a?id=7&fbclid=abc&gclid=def", "https://example.org/a?id=7"],
    ["https://example.org/a?mc_cid=1&mc_eid=2&ocid=3&cmpid=4&ref=rss", "https://example.org/a"],
    ["https://example.org/a?at_medium=RSS&at_campaign=KARANGA&xtor=RSS-1", "https://example.org/a"],
    ["https://example.org/a?z=1&b=2&a=3", "https://example.org/a?a=3&b=2&z=1"],
    ["https://example.org/a?b=2&utm_source=x&a=1#top", "https://example.org/a?a=1&b=2"],
    ["https://example.org/a?tag=x&tag=y", "https://example.org/a?tag=x&tag=y"],
    ["  https://example.org/a  ", "https://example.org/a"],
    ["javascript:alert(1)", null],
    ["ftp://example.org/file", null],
    ["/relative/path", null],
    ["not a url", null],
  ];
  for (const [input, expected] of table) {
    test(input, () => assert.equal(canonicalLink(input), expected));
  }

  test("two tracking variants of one article are one link", () => {
    assert.equal(
      canonicalLink("https://example.org/news/1?utm_source=twitter#x"),
      canonicalLink("https://EXAMPLE.org/news/1?fbclid=zzz"),
    );
  });
});

describe("resolveHttpUrl", () => {
  const table: [string | null, string | null, string | null][] = [
    ["/blog/post", "https://example.org/feed.xml", "https://example.org/blog/post"],
    ["post", "https://example.org/blog/", "https://example.org/blog/post"],
    ["https://other.org/x", "https://example.org/", "https://other.org/x"],
    ["/blog/post", null, null],
    ["javascript:alert(1)", "https://example.org/", null],
    ["data:text/html,hi", "https://example.org/", null],
    ["", "https://example.org/", null],
    [null, "https://example.org/", null],
  ];
  for (const [raw, base, expected] of table) {
    test(`${raw} against ${base}`, () => assert.equal(resolveHttpUrl(raw, base), expected));
  }
});

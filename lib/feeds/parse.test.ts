import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { FeedError } from "./errors";
import { parseFeed } from "./parse";

const rss2 = (items: string, channel = "") =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Wire</title><link>https://wire.example.org/</link>${channel}${items}</channel></rss>`;

async function rejects(text: string, code: string, message: RegExp): Promise<void> {
  await assert.rejects(parseFeed(text), (error: unknown) => {
    assert.ok(error instanceof FeedError, String(error));
    assert.equal(error.code, code);
    assert.match(error.message, message);
    return true;
  });
}

describe("parseFeed: RSS", () => {
  test("RSS 2.0 item fields, the richest body and the ttl", async () => {
    const feed = await parseFeed(
      rss2(
        `<item><title>Ceasefire talks resume</title><link>https://wire.example.org/a</link>
          <guid isPermaLink="false">wire-1</guid><pubDate>Tue, 03 Jan 2023 10:00:00 GMT</pubDate>
          <description>Short.</description><content:encoded><![CDATA[<p>Long body with <b>detail</b>.</p>]]></content:encoded>
          <dc:creator>A. Reporter</dc:creator><category domain="https://wire.example.org/t">Diplomacy</category><category>Region</category></item>`,
        "<ttl>45</ttl>",
      ),
    );
    assert.deepEqual(feed, {
      title: "Wire",
      link: "https://wire.example.org/",
      ttlMinutes: 45,
      items: [
        {
          guid: "wire-1",
          link: "https://wire.example.org/a",
          title: "Ceasefire talks resume",
          html: "<p>Long body with <b>detail</b>.</p>",
          summaryHtml: "Short.",
          published: "Tue, 03 Jan 2023 10:00:00 GMT",
          author: "A. Reporter",
          categories: ["Diplomacy", "Region"],
        },
      ],
    });
  });

  test("<rss> without a version is read as RSS 2.0", async () => {
    const feed = await parseFeed(
      "<rss><channel><title>T</title><item><title>One</title></item></channel></rss>",
    );
    assert.equal(feed.items.length, 1);
  });

  test("RSS 0.91", async () => {
    const feed = await parseFeed(
      '<rss version="0.91"><channel><title>T</title><item><title>One</title><link>http://a.example/1</link></item></channel></rss>',
    );
    assert.equal(feed.items[0]?.link, "http://a.example/1");
  });

  test("RSS 1.0 (RDF) with items beside the channel", async () => {
    const feed = await parseFeed(
      `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://r.example/"><title>R</title><link>https://r.example/</link></channel>
        <item rdf:about="https://r.example/1"><title>One</title><link>https://r.example/1</link><dc:date>2023-01-03T10:00:00+01:00</dc:date></item>
        <item rdf:about="https://r.example/2"><title>Two</title><link>https://r.example/2</link></item></rdf:RDF>`,
    );
    assert.equal(feed.items.length, 2);
    assert.equal(feed.items[0]?.published, "2023-01-03T10:00:00+01:00");
  });

  test("relative links resolve against the feed's link, then the base URL", async () => {
    const withLink = await parseFeed(rss2("<item><title>A</title><link>/news/1</link></item>"));
    assert.equal(withLink.items[0]?.link, "https://wire.example.org/news/1");
    const relativeChannel = await parseFeed(
      '<rss version="2.0"><channel><title>T</title><link>/blog</link><item><title>A</title><guid isPermaLink="true">/blog/post-1</guid></item></channel></rss>',
      "https://site.example/blog/feed.xml",
    );
    assert.equal(relativeChannel.link, "https://site.example/blog");
    assert.equal(relativeChannel.items[0]?.link, "https://site.example/blog/post-1");
    assert.equal(relativeChannel.items[0]?.guid, "/blog/post-1");
  });

  test("a guid marked isPermaLink=false, or not URL-shaped, is not a link", async () => {
    const feed = await parseFeed(
      rss2(
        '<item><title>A</title><guid isPermaLink="false">https://x.example/1</guid></item><item><title>B</title><guid>12345</guid></item>',
      ),
    );
    assert.deepEqual(
      feed.items.map((i) => i.link),
      [null, null],
    );
  });

  test("items illegally nested inside items: only the top-level ones count", async () => {
    const feed = await parseFeed(
      rss2(
        "<item><title>Outer 1</title><item><title>Inner</title></item></item><item><title>Outer 2</title></item>",
      ),
    );
    assert.deepEqual(
      feed.items.map((i) => i.title),
      ["Outer 1", "Outer 2"],
    );
  });

  test("an <rss> without <channel> is a feed with no items", async () => {
    assert.deepEqual(await parseFeed('<?xml version="1.0"?><rss version="2.0"></rss>'), {
      title: null,
      link: null,
      ttlMinutes: null,
      items: [],
    });
  });
});

describe("parseFeed: Atom", () => {
  const atom = (entries: string) =>
    `<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><link rel="self" href="https://desk.example/atom"/><link rel="alternate" href="https://desk.example/"/>${entries}</feed>`;

  test("entry fields, with relative links resolved against the alternate link", async () => {
    const feed = await parseFeed(
      atom(`<entry><id>tag:desk.example,2023:1</id><title type="html">Strike &lt;b&gt;hits&lt;/b&gt; depot</title>
        <link rel="alternate" href="/2023/depot"/><published>2023-01-03T10:00:00+04:00</published><updated>2023-01-04T00:00:00Z</updated>
        <author><name>Desk Writer</name></author><category term="conflict"/><summary>Brief.</summary>
        <content type="html">&lt;p&gt;Full story.&lt;/p&gt;</content></entry>`),
    );
    assert.equal(feed.link, "https://desk.example/");
    assert.deepEqual(feed.items[0], {
      guid: "tag:desk.example,2023:1",
      link: "https://desk.example/2023/depot",
      title: "Strike <b>hits</b> depot",
      html: "<p>Full story.</p>",
      summaryHtml: "Brief.",
      published: "2023-01-03T10:00:00+04:00",
      author: "Desk Writer",
      categories: ["conflict"],
    });
  });

  test("a date rss-parser cannot convert does not cost the feed", async () => {
    const feed = await parseFeed(
      atom("<entry><id>1</id><title>A</title><published>yesterday</published></entry>"),
    );
    assert.equal(feed.items[0]?.published, "yesterday");
  });
});

describe("parseFeed: JSON Feed", () => {
  test("JSON Feed 1.1", async () => {
    const feed = await parseFeed(
      JSON.stringify({
        version: "https://jsonfeed.org/version/1.1",
        title: "J",
        home_page_url: "https://j.example/",
        items: [
          {
            id: "1",
            url: "/posts/1",
            title: "Post",
            content_text: "Plain <text> & more",
            date_published: "2023-01-03T10:00:00Z",
            authors: [{ name: "Author" }],
            tags: ["a", "b"],
          },
          { id: 2, content_html: "<p>No title</p>", summary: "S" },
        ],
      }),
    );
    assert.equal(feed.title, "J");
    assert.deepEqual(feed.items[0], {
      guid: "1",
      link: "https://j.example/posts/1",
      title: "Post",
      html: "Plain &lt;text&gt; &amp; more",
      summaryHtml: null,
      published: "2023-01-03T10:00:00Z",
      author: "Author",
      categories: ["a", "b"],
    });
    assert.equal(feed.items[1]?.guid, "2");
    assert.equal(feed.items[1]?.html, "<p>No title</p>");
  });

  test("JSON that is not a JSON Feed", () =>
    rejects('{"error":"forbidden"}', "not-a-feed", /JSON that is not a JSON Feed/));
  test("broken JSON", () => rejects('{"version": ', "malformed", /^Broken JSON/));
});

describe("parseFeed: bad input", () => {
  test("an HTML page", () =>
    rejects(
      "<!DOCTYPE html>\n<html><head><title>Home</title></head><body><p>Hi</body></html>",
      "not-a-feed",
      /HTML page/,
    ));
  test("an XHTML page that parses as XML", () =>
    rejects(
      '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>',
      "not-a-feed",
      /HTML page/,
    ));
  test("another XML document", () =>
    rejects(
      '<?xml version="1.0"?><sitemap><url/></sitemap>',
      "not-a-feed",
      /<sitemap>, not <rss>, <feed> or <rdf:RDF>/,
    ));
  test("an empty body", () => rejects("  \n", "not-a-feed", /empty response/));
  test("plain text", () => rejects("Service unavailable", "not-a-feed", /not XML or JSON/));
  test("truncated XML names the line", () =>
    rejects(
      rss2("<item><title>A</title></item>").slice(0, -20),
      "malformed",
      /^Broken XML at line 1, column \d+: /,
    ));
  test("a mismatched tag names the line", () =>
    rejects(
      '<rss version="2.0">\n<channel>\n<title>A</channel></rss>',
      "malformed",
      /^Broken XML at line 3, column \d+: /,
    ));
});

describe("parseFeed: hostile structure", () => {
  test("markup nested 20 000 deep is an error, not a crash", () =>
    rejects(
      rss2(
        `<item><title>t</title><description>${"<b>".repeat(20000)}x${"</b>".repeat(20000)}</description></item>`,
      ),
      "malformed",
      /nested too deeply/,
    ));
});

describe("parseFeed: entity rescue", () => {
  test("undefined entities, bare ampersands and forbidden character references", async () => {
    const feed = await parseFeed(
      rss2("<item><title>M&auml;ki AT&T &bogus; a&#6;b &amp; &#228;</title></item>"),
    );
    assert.equal(feed.items[0]?.title, "Mäki AT&T &bogus; ab & ä");
  });

  test("entities declared in a DOCTYPE are not expanded", async () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>`;
    const feed = await parseFeed(
      `${bomb}<rss version="2.0"><channel><item><title>x &b; y</title></item></channel></rss>`,
    );
    assert.equal(feed.items[0]?.title, "x &b; y");
  });

  test("an unterminated CDATA section ends in a clear error", () =>
    rejects(
      rss2("<item><title>A &bogus;</title><description><![CDATA[x</description></item>"),
      "malformed",
      /^Broken XML at line 1/,
    ));

  test("CDATA is left alone by the rescue", async () => {
    const feed = await parseFeed(
      rss2("<item><title>A &bogus;</title><description><![CDATA[x &nbsp; y]]></description></item>"),
    );
    assert.equal(feed.items[0]?.summaryHtml, "x &nbsp; y");
  });
});

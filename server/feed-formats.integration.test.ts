import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import iconv from "iconv-lite";
import { optionsSchema } from "../lib/config/schema";
import { SqliteStore } from "../lib/db/sqlite/store";
import { getLogger } from "../lib/log";
import { createLocalBus } from "../lib/realtime/bus";
import { relevanceModel } from "../lib/relevance";
import { Poller } from "../lib/worker/poller";
import { type FeedBehaviour, LoopbackFeedServer } from "./loopback-feeds";

// Small feeds in each supported format, written for this test.
const rss1 = `<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://rdf.example/"><title>RDF Desk</title><link>https://rdf.example/</link><description>d</description></channel>
  <item rdf:about="https://rdf.example/a1"><title>Karabakh talks resume in Moscow</title><link>https://rdf.example/a1</link>
    <description>Envoys of Armenia and Azerbaijan met again.</description><dc:date>2020-10-09T10:00:00Z</dc:date></item>
</rdf:RDF>`;

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><id>urn:atom-desk</id><updated>2020-10-10T00:00:00Z</updated>
  <link href="https://atom.example/"/>
  <entry><id>urn:atom-desk:1</id><title>Humanitarian pause announced for Karabakh</title>
    <link href="https://atom.example/e1"/><updated>2020-10-10T08:00:00Z</updated>
    <summary type="html">&lt;p&gt;Armenia and Azerbaijan agreed to a pause.&lt;/p&gt;</summary></entry>
</feed>`;

const jsonFeed = JSON.stringify({
  version: "https://jsonfeed.org/version/1.1",
  title: "JSON Desk",
  home_page_url: "https://json.example/",
  items: [
    {
      id: "j1",
      url: "https://json.example/j1",
      title: "Shelling reported near Stepanakert",
      content_text: "Residents of Nagorno-Karabakh's main town sheltered overnight.",
      date_published: "2020-10-11T06:00:00+04:00",
    },
  ],
});

const cyrillic = iconv.encode(
  `<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>Лента</title><link>https://ru.example/</link>
  <item><guid>r1</guid><title>Бои в Карабахе продолжаются</title><link>https://ru.example/r1</link>
  <description>Армения и Азербайджан сообщают о потерях.</description><pubDate>Sun, 11 Oct 2020 09:00:00 +0300</pubDate></item>
  </channel></rss>`,
  "windows-1251",
);

const formats: Array<[string, FeedBehaviour, string]> = [
  [
    "RSS 1.0 (RDF)",
    { kind: "raw", body: rss1, contentType: "application/rdf+xml" },
    "Karabakh talks resume in Moscow",
  ],
  [
    "Atom",
    { kind: "raw", body: atom, contentType: "application/atom+xml" },
    "Humanitarian pause announced for Karabakh",
  ],
  [
    "JSON Feed",
    { kind: "raw", body: jsonFeed, contentType: "application/feed+json" },
    "Shelling reported near Stepanakert",
  ],
  [
    "RSS 2.0 in windows-1251 with no charset in Content-Type",
    { kind: "raw", body: cyrillic, contentType: "application/rss+xml" },
    "Бои в Карабахе продолжаются",
  ],
];

describe("every supported feed format reaches the store", () => {
  let feeds: LoopbackFeedServer;
  const store = new SqliteStore(":memory:");
  let poller: Poller;

  before(async () => {
    feeds = await new LoopbackFeedServer().listen();
    const configs = formats.map(([, behaviour], i) => {
      feeds.addFeed(`f${i}`);
      feeds.setBehaviour(`f${i}`, behaviour);
      return {
        url: feeds.feedUrl(`f${i}`),
        name: `host ${i}`,
        nameFromFeed: true,
        language: "en",
        pollSeconds: 300,
        regional: false,
        timeZone: "UTC",
      };
    });
    poller = new Poller({
      store,
      bus: createLocalBus(),
      log: getLogger("test"),
      options: optionsSchema.parse({}),
      relevance: relevanceModel({
        threshold: 3,
        terms: [
          { term: "Karabakh", weight: 5 },
          { term: "Карабах*", weight: 5 },
        ],
      }),
      tag: null,
    });
    await poller.start(configs);
    for (const feed of await store.listFeeds()) await poller.pollNow(feed.id);
  });

  after(async () => {
    await poller.stop();
    await store.close();
    await feeds.close();
  });

  for (const [format, , title] of formats) {
    test(`${format}: the item is stored with its title, link and a UTC time`, async () => {
      const { articles } = await store.snapshot({ articles: 50, facts: 0 });
      const article = articles.find((a) => a.title === title);
      assert.ok(article, `stored titles: ${articles.map((a) => a.title).join(" | ")}`);
      assert.match(article.url ?? "", /^https:\/\//);
      assert.match(article.publishedAt, /^2020-10-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
      assert.ok(!article.summary.includes("<"), "plain text");
    });
  }

  test("a feed configured by URL alone takes its own title as its name", async () => {
    const names = (await store.listFeeds()).map((feed) => feed.name).sort();
    assert.deepEqual(names, ["Atom Desk", "JSON Desk", "RDF Desk", "Лента"]);
  });
});

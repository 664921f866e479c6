import assert from "node:assert/strict";
import { beforeEach, describe, test } from "node:test";
import type { Change } from "../../types/article";
import type { ArticleTags, CasualtyClaim, PlaceTag, StatementTag } from "../../types/tags";
import type { ArticleInput } from "../store";
import { sentenceAround } from "./fact-views";
import { SqliteStore } from "./store";

const evidence = { text: "x", start: 0, end: 1 };

function place(name: string, lat: number, lon: number, role: PlaceTag["role"] = "incident"): PlaceTag {
  return { id: `test:${name}`, name, altNames: [], lat, lon, type: "city", country: "AZ", role, evidence };
}

function killed(count: number, extra: Partial<CasualtyClaim> = {}): CasualtyClaim {
  return {
    kind: "killed",
    count,
    qualifier: "exact",
    civilian: "civilian",
    party: "AZ",
    claimedBy: "AZ",
    cumulative: false,
    evidence,
    ...extra,
  };
}

const quote = (speaker: string, words: string): StatementTag => ({
  speaker,
  role: null,
  affiliation: "AZ",
  quote: words,
  direct: true,
  evidence,
});

let n = 0;
function article(title: string, at: string, tags: Partial<ArticleTags>, key?: string): ArticleInput {
  n += 1;
  return {
    key: key ?? `k${n}`,
    url: `https://news.example/${n}`,
    title,
    summary: `${title}. More words follow here.`,
    publishedAt: at,
    fetchedAt: at,
    dateMissing: false,
    dateClamped: false,
    language: "en",
    contentHash: `${title}|${JSON.stringify(tags)}`,
    relevance: { score: 5, reason: "test" },
    tags: { casualties: [], places: [], statements: [], actors: [], eventTypes: [], ...tags },
  };
}

const ganja = place("Ganja", 40.68, 46.36);
const nearGanja = place("Ganja outskirts", 40.75, 46.42); // about 9 km away
const barda = place("Barda", 40.37, 47.13); // about 73 km away

describe("facts merged across articles", () => {
  let store: SqliteStore;
  let feedId = 0;
  const save = async (...articles: ArticleInput[]): Promise<Change[]> =>
    store.recordPoll(feedId, {
      kind: "ok",
      etag: null,
      lastModified: null,
      feedTitle: null,
      articles,
      polledAt: "2020-10-11T00:00:00Z",
      nextPollAt: "2020-10-11T00:05:00Z",
    });
  const snapshot = () => store.snapshot({ articles: 100, facts: 100 });

  beforeEach(async () => {
    store = new SqliteStore(":memory:");
    const [feed] = await store.syncFeeds([
      {
        url: "https://news.example/rss",
        name: "Wire",
        nameFromFeed: false,
        language: "en",
        pollSeconds: 60,
        regional: true,
        timeZone: "UTC",
      },
    ]);
    feedId = feed?.id ?? 0;
  });

  test("the same figure in two articles of one story is one claim with two sources", async () => {
    await save(
      article("Missile strike on Ganja kills seven civilians", "2020-10-11T02:00:00Z", {
        casualties: [killed(7)],
        places: [ganja],
        eventTypes: ["missile-strike"],
      }),
      article("Ganja missile strike kills seven civilians, officials say", "2020-10-11T03:00:00Z", {
        casualties: [killed(7)],
        places: [ganja],
        eventTypes: ["missile-strike"],
      }),
    );
    const { claims, incidents } = await snapshot();
    assert.equal(claims.length, 1);
    assert.equal(claims[0]?.sources.length, 2);
    assert.equal(incidents.length, 1);
    assert.equal(incidents[0]?.sources.length, 2);
    assert.equal(claims[0]?.incidentId, incidents[0]?.id, "a single-incident figure belongs to its incident");
  });

  test("a running toll repeated by different stories is one claim", async () => {
    const toll = killed(24, { cumulative: true });
    await save(
      article("Civilian toll reaches 24, prosecutor says", "2020-10-05T09:00:00Z", { casualties: [toll] }),
      article("Parliament debates budget amid war; 24 civilians dead", "2020-10-07T09:00:00Z", {
        casualties: [toll],
      }),
    );
    const { claims } = await snapshot();
    assert.equal(claims.length, 1);
    assert.equal(claims[0]?.sources.length, 2);
  });

  test("a snapshot that cannot hold every claim keeps the running tolls first", async () => {
    await save(
      article("Toll rises to 40", "2020-10-01T09:00:00Z", { casualties: [killed(40, { cumulative: true })] }),
      article("Shell hits a bus in Tartar", "2020-10-05T09:00:00Z", { casualties: [killed(2)] }),
      article("Drone strikes a car near Fuzuli", "2020-10-06T09:00:00Z", { casualties: [killed(4)] }),
    );
    const { claims } = await store.snapshot({ articles: 10, facts: 2 });
    assert.deepEqual(
      claims.map((c) => c.count),
      [40, 4],
    );
  });

  test("equal single figures in unrelated stories stay two claims", async () => {
    await save(
      article("Shell hits Tartar bus stop, three dead", "2020-10-05T09:00:00Z", { casualties: [killed(3)] }),
      article("Drone strikes convoy near Lachin road, three dead", "2020-10-07T09:00:00Z", {
        casualties: [killed(3)],
      }),
    );
    assert.equal((await snapshot()).claims.length, 2);
  });

  const incidentCases: Array<[string, PlaceTag, string, number]> = [
    ["9 km apart, 5 h apart: one incident", nearGanja, "2020-10-11T07:00:00Z", 1],
    ["73 km apart: two incidents", barda, "2020-10-11T03:00:00Z", 2],
    ["30 h apart: two incidents", ganja, "2020-10-12T08:00:00Z", 2],
  ];
  for (const [what, second, at, expected] of incidentCases) {
    test(`shelling reports ${what}`, async () => {
      await save(
        article("Shelling reported", "2020-10-11T02:00:00Z", { places: [ganja], eventTypes: ["shelling"] }),
        article("Artillery fire in the area", at, { places: [second], eventTypes: ["shelling"] }),
      );
      assert.equal((await snapshot()).incidents.length, expected);
    });
  }

  test("a place only mentioned makes no incident", async () => {
    await save(
      article("Envoy visits Baku", "2020-10-11T02:00:00Z", {
        places: [place("Baku", 40.41, 49.87, "mentioned")],
        eventTypes: ["shelling"],
      }),
    );
    assert.equal((await snapshot()).incidents.length, 0);
  });

  test("the same quote from two outlets is one statement with two sources", async () => {
    await save(
      article("Aide condemns strike", "2020-10-11T02:00:00Z", {
        statements: [quote("Hikmet Hajiyev", "This is a deliberate attack on a sleeping city.")],
      }),
      article("Baku reacts", "2020-10-11T04:00:00Z", {
        statements: [quote("Hajiyev", "“This is a deliberate attack on a sleeping city”")],
      }),
    );
    const { statements } = await snapshot();
    assert.equal(statements.length, 1);
    assert.equal(statements[0]?.sources.length, 2);
  });

  test("a corrected article withdraws its old figure and adds the new one, logging each change", async () => {
    const first = article(
      "Strike on Barda kills 21",
      "2020-10-28T10:00:00Z",
      { casualties: [killed(21)] },
      "barda",
    );
    await save(first);
    const corrected = {
      ...article("Strike on Barda kills 21", "2020-10-28T10:00:00Z", { casualties: [killed(25)] }, "barda"),
      title: "Strike on Barda kills 25 (corrected)",
    };
    const changes = await save(corrected);
    assert.deepEqual(
      changes.map((c) => c.kind),
      ["article:updated", "claim:updated", "claim:added"],
    );
    const { claims } = await snapshot();
    assert.deepEqual(
      claims.map((c) => c.count),
      [25],
      "the withdrawn figure has no source left and leaves the snapshot",
    );
    const seqs = changes.map((c) => c.seq);
    assert.deepEqual(
      seqs,
      [...seqs].sort((a, b) => a - b),
    );
  });
});

describe("sentenceAround", () => {
  const text =
    "Title here\n\nFirst sentence. Shelling killed three people in Ganja overnight. Officials said more.";
  const at = (words: string) => ({
    text: words,
    start: text.indexOf(words),
    end: text.indexOf(words) + words.length,
  });
  const cases: Array<
    [string, ReturnType<typeof at>, { before: string; match: string; after: string } | null]
  > = [
    [
      "the sentence around the words",
      at("killed three people"),
      { before: "Shelling ", match: "killed three people", after: " in Ganja overnight." },
    ],
    ["a title", at("Title"), { before: "", match: "Title", after: " here" }],
    ["offsets that do not fit the text", { text: "nope", start: 3, end: 7 }, null],
  ];
  for (const [what, evidence, expected] of cases) {
    test(what, () => {
      assert.deepEqual(sentenceAround(text, evidence), expected);
    });
  }
});

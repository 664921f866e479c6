import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { SourceRef, StatementView } from "../types/facts";
import {
  actorOptions,
  capList,
  filterStatements,
  moreSources,
  NO_STATEMENT_FILTER,
  sideOrder,
  sortNewestFirst,
  speakerOptions,
  UNAFFILIATED,
} from "./statements";
import { foldQuery, nameMatches } from "./statements-fold";
import { entryName, regionTime, roleToShow, speechText } from "./statements-format";

const source = (articleId: number, feedName: string, outlet: string | null): SourceRef => ({
  articleId,
  feedName,
  outlet,
  url: `https://example.org/${articleId}`,
  title: `Article ${articleId}`,
  publishedAt: "2020-10-04T08:00:00Z",
  evidence: null,
  sentence: null,
});

const statement = (
  id: number,
  speaker: string,
  affiliation: string | null,
  reportedAt: string,
  extra: Partial<StatementView> = {},
): StatementView => ({
  seq: id,
  id,
  speaker,
  role: null,
  affiliation,
  quote: "We will hold the line whatever it costs",
  direct: true,
  reportedAt,
  sources: [source(id, "Wire", null)],
  ...extra,
});

const feed = [
  statement(1, "Mevlüt Çavuşoğlu", "TR", "2020-10-01T09:00:00Z", { role: "Foreign Minister" }),
  statement(2, "Hikmət Hacıyev", "AZ", "2020-10-03T12:00:00Z", { role: "presidential aide" }),
  statement(3, "Шушан Степанян", "AM", "2020-10-02T07:30:00Z", { role: "defence ministry spokeswoman" }),
  statement(4, "a spokesman for the ICRC", null, "2020-10-03T12:00:00Z"),
  statement(5, "Nikol Pashinyan", "AM", "2020-10-04T18:15:00Z", { role: "Prime Minister" }),
];

const ids = (list: StatementView[]) => list.map((s) => s.id);

describe("sortNewestFirst", () => {
  test("orders by report time, newest first, and breaks ties by the later stored", () => {
    assert.deepEqual(ids(sortNewestFirst(feed)), [5, 4, 2, 3, 1]);
  });
  test("reads offsets, not strings: +04:00 is four hours earlier than the same digits in UTC", () => {
    const a = statement(1, "A", null, "2020-10-01T10:00:00+04:00");
    const b = statement(2, "B", null, "2020-10-01T07:00:00Z");
    assert.deepEqual(ids(sortNewestFirst([a, b])), [2, 1]);
  });
  test("leaves its input alone", () => {
    const input = [...feed];
    sortNewestFirst(input);
    assert.deepEqual(ids(input), [1, 2, 3, 4, 5]);
  });
});

describe("name folding", () => {
  const cases: Array<[query: string, name: string, found: boolean]> = [
    ["Cavusoglu", "Mevlüt Çavuşoğlu", true],
    ["chavushoglu", "Mevlüt Çavuşoğlu", true],
    ["Mevlut", "Mevlüt Çavuşoğlu", true],
    ["Sergey", "Сергей Лавров", true],
    ["Lavrov", "Сергей Лавров", true],
    ["Hajiyev", "Hikmət Hacıyev", true],
    ["Hikmet", "Hikmət Hacıyev", true],
    ["Hikmat", "Hikmət Hacıyev", true],
    ["Aliev", "İlham Əliyev", true],
    ["Ilham Aliyev", "İlham Əliyev", true],
    ["Pashinyan", "Никол Пашинян", true],
    ["pashinyan", "Նիկոլ Փաշինյան", true],
    ["Stepanyan", "Шушан Степанян", true],
    ["Khankendi", "Xankəndi", true],
    ["Ganja", "Gəncə", true],
    ["  nikol   PASHINYAN ", "Nikol Pashinyan", true],
    ["Aliyev", "Nikol Pashinyan", false],
    ["Putin", "Mevlüt Çavuşoğlu", false],
  ];
  for (const [query, name, found] of cases) {
    test(`"${query}" ${found ? "finds" : "does not find"} "${name}"`, () => {
      assert.equal(nameMatches(foldQuery(query), name), found);
    });
  }
  test("an empty query matches everyone, a name-less field nothing", () => {
    assert.equal(nameMatches(foldQuery(""), "Anyone"), true);
    assert.equal(nameMatches(foldQuery("x"), null), false);
  });
});

describe("filterStatements", () => {
  const cases: Array<[label: string, actor: string, speaker: string, expected: number[]]> = [
    ["no filter keeps all", "", "", [1, 2, 3, 4, 5]],
    ["by actor", "AM", "", [3, 5]],
    ["by unaffiliated", UNAFFILIATED, "", [4]],
    ["by speaker, across spellings", "", "Cavusoglu", [1]],
    ["by speaker in Cyrillic, typed in Latin", "", "stepanyan", [3]],
    ["by role words", "", "foreign minister", [1]],
    ["by role, unnamed speaker", "", "ICRC", [4]],
    ["actor and speaker together", "AM", "Pashinyan", [5]],
    ["actor and speaker that disagree", "AZ", "Pashinyan", []],
    ["an actor nobody belongs to", "RU", "", []],
  ];
  for (const [label, actor, speaker, expected] of cases) {
    test(label, () => {
      assert.deepEqual(ids(filterStatements(feed, { actor, speaker })), expected);
    });
  }
  test("returns a new array even when nothing is filtered", () => {
    assert.notEqual(filterStatements(feed, NO_STATEMENT_FILTER), feed);
  });
});

describe("moreSources (the +N button)", () => {
  const cases: Array<[label: string, sources: SourceRef[], expected: string | null]> = [
    ["one source: no button", [source(1, "Wire", "wire")], null],
    ["no source: no button", [], null],
    ["two outlets", [source(1, "Wire", "wire"), source(2, "Agency", "agency")], "+1 outlet"],
    [
      "three outlets, one of them twice",
      [
        source(1, "Wire", "wire"),
        source(2, "Agency", "agency"),
        source(3, "Agency", "agency"),
        source(4, "Paper", null),
      ],
      "+2 outlets",
    ],
    [
      "the first outlet again is not another outlet",
      [source(1, "Wire", "wire"), source(2, "Agency", "agency"), source(3, "Wire", "wire")],
      "+1 outlet",
    ],
    ["two articles of one outlet", [source(1, "Wire", "wire"), source(2, "Wire", "wire")], "+1 more article"],
    [
      "outlets unknown to the region told apart by feed",
      [source(1, "A", null), source(2, "B", null)],
      "+1 outlet",
    ],
  ];
  for (const [label, sources, expected] of cases) {
    test(label, () => {
      assert.equal(moreSources(sources)?.label ?? null, expected);
    });
  }
});

describe("options for the panel's filters", () => {
  test("actors most quoted first, with names from the context and the unaffiliated in words", () => {
    const actors = { AM: { id: "AM", name: "Armenia" }, AZ: { id: "AZ", name: "Azerbaijan" } };
    assert.deepEqual(actorOptions(feed, actors), [
      { value: "AM", label: "Armenia", count: 2 },
      { value: "AZ", label: "Azerbaijan", count: 1 },
      { value: UNAFFILIATED, label: "No known affiliation", count: 1 },
      { value: "TR", label: "TR", count: 1 },
    ]);
  });
  test("speakers counted once however they are spelt", () => {
    const list = [
      statement(1, "Mevlüt Çavuşoğlu", "TR", "2020-10-01T09:00:00Z"),
      statement(2, "Mevlut Cavusoglu", "TR", "2020-10-01T10:00:00Z"),
      statement(3, "Nikol Pashinyan", "AM", "2020-10-01T11:00:00Z"),
    ];
    assert.deepEqual(
      speakerOptions(list).map((o) => [o.label, o.count]),
      [
        ["Mevlüt Çavuşoğlu", 2],
        ["Nikol Pashinyan", 1],
      ],
    );
  });
});

describe("capList", () => {
  const many = Array.from({ length: 2_000 }, (_, i) => i);
  const cases: Array<[limit: number, shown: number, hidden: number]> = [
    [100, 100, 1_900],
    [200, 200, 1_800],
    [5_000, 2_000, 0],
    [0, 0, 2_000],
  ];
  for (const [limit, shown, hidden] of cases) {
    test(`limit ${limit} of 2,000 shows ${shown} and holds back ${hidden}`, () => {
      const out = capList(many, limit);
      assert.equal(out.shown.length, shown);
      assert.equal(out.hidden, hidden);
      assert.equal(out.shown[0], limit > 0 ? 0 : undefined);
    });
  }
});

describe("formatting", () => {
  test("region time beside UTC, with the date only when it differs", () => {
    assert.equal(regionTime("2020-10-04T08:05:00Z", "Asia/Baku"), "12:05 Baku time");
    assert.equal(regionTime("2020-10-04T22:30:00Z", "Asia/Baku"), "5 Oct, 02:30 Baku time");
    assert.equal(regionTime("2020-10-04T08:05:00Z", "America/New_York"), "04:05 New York time");
    assert.equal(regionTime("2020-10-04T08:05:00Z", "UTC"), null);
    assert.equal(regionTime("not a time", "Asia/Baku"), null);
  });
  test("quotations in quotation marks, reported speech marked and without them", () => {
    assert.deepEqual(speechText({ quote: "We will not retreat", direct: true }), {
      text: "“We will not retreat”",
      mark: "quoted",
    });
    assert.deepEqual(speechText({ quote: "“already quoted”", direct: true }).text, "“already quoted”");
    assert.deepEqual(speechText({ quote: "the town was shelled overnight", direct: false }), {
      text: "the town was shelled overnight",
      mark: "reported",
    });
  });
  test("accessible names say who, how and when", () => {
    assert.equal(
      entryName({ speaker: "Nikol Pashinyan", direct: true, reportedAt: "2020-10-04T18:15:00Z" }),
      "Quotation by Nikol Pashinyan, 2020-10-04 18:15 UTC",
    );
    assert.equal(
      entryName({ speaker: "A spokesman", direct: false, reportedAt: "??" }),
      "Reported statement by A spokesman, time unknown",
    );
  });
});

describe("sideOrder", () => {
  test("the sides as the lexicon lists them, none when the context has no sides", () => {
    assert.deepEqual(sideOrder({ actors: {}, opponents: { AM: ["AZ"], AZ: ["AM"] } }), ["AM", "AZ"]);
    assert.deepEqual(sideOrder({ actors: {} }), []);
  });
});

describe("roleToShow", () => {
  const cases: Array<[speaker: string, role: string | null, shown: string | null]> = [
    ["Shushan Stepanyan", "Defence Ministry Spokeswoman", "Defence Ministry Spokeswoman"],
    ["The prosecutor-general's office", "prosecutor-general", null],
    ["The office", "office", null],
    ["Nikol Pashinyan", null, null],
    ["Nikol Pashinyan", "  ", null],
  ];
  for (const [speaker, role, shown] of cases) {
    test(`${speaker} / ${role ?? "no role"}`, () => assert.equal(roleToShow({ speaker, role }), shown));
  }
});

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { ClaimView } from "../types/facts";
import { buildLedger, type LedgerContext } from "./ledger";
import { disagree } from "./ledger-bounds";
import { relationOf, sidesOf } from "./ledger-relation";
import { ledgerRows, viewLedger } from "./ledger-view";

const OUTLETS: LedgerContext["outlets"] = {
  armenpress: { relation: "state-media", party: "AM" },
  azertag: { relation: "state-media", party: "AZ" },
  bbc: { relation: "international", party: null },
  "un-news": { relation: "intergovernmental", party: null },
};
const OPPONENTS = { AM: ["AZ"], AZ: ["AM", "karabakh"], karabakh: ["AZ"] };
const CONTEXT: LedgerContext = { outlets: OUTLETS, opponents: OPPONENTS, timeZone: "Asia/Baku" };

let nextId = 1;
/** A claim; defaults to Armenia's own running toll of military dead, reported via BBC. */
function claim(over: Partial<ClaimView> & { outlets?: string[] } = {}): ClaimView {
  const id = over.id ?? nextId++;
  const { outlets = ["bbc"], ...rest } = over;
  return {
    seq: id,
    id,
    kind: "killed",
    count: 10,
    qualifier: "exact",
    vagueWord: null,
    civilian: "military",
    party: "AM",
    claimedBy: "AM",
    cumulative: true,
    incidentId: null,
    storyId: id,
    reportedAt: "2020-10-01T08:00:00Z",
    sources: outlets.map((outlet, i) => ({
      articleId: id * 10 + i,
      feedName: outlet,
      outlet,
      url: `https://example.org/${id}/${i}`,
      title: `Report ${id}`,
      publishedAt: over.reportedAt ?? "2020-10-01T08:00:00Z",
      evidence: null,
    })),
    ...rest,
  };
}

describe("claimant relation: own report, other side's claim, independent", () => {
  const table: Array<[string, Partial<ClaimView> & { outlets?: string[] }, string]> = [
    ["a party about itself", { party: "AM", claimedBy: "AM" }, "own"],
    ["an ally about the party (shares an enemy)", { party: "AM", claimedBy: "karabakh" }, "own"],
    ["the enemy about the party", { party: "AM", claimedBy: "AZ" }, "other"],
    ["an organisation that is not a side", { party: "AM", claimedBy: "UN" }, "independent"],
    ["unattributed, in international media", { party: "AM", claimedBy: null }, "independent"],
    ["unattributed, only in its own state media", { claimedBy: null, outlets: ["armenpress"] }, "own"],
    ["unattributed, only in the enemy's state media", { claimedBy: null, outlets: ["azertag"] }, "other"],
    [
      "unattributed, state and international media",
      { claimedBy: null, outlets: ["azertag", "bbc"] },
      "independent",
    ],
    ["a side, about an unknown party", { party: null, claimedBy: "AZ" }, "other"],
    ["an organisation, about an unknown party", { party: null, claimedBy: "ICRC" }, "independent"],
    ["a non-side about its own people", { party: "UN", claimedBy: "UN" }, "own"],
  ];
  for (const [name, over, expected] of table) {
    test(name, () => {
      const ledger = buildLedger([claim(over)], CONTEXT);
      assert.equal(ledger.series.length, 1);
      assert.equal(ledger.series[0]?.relation, expected);
    });
  }

  test("without the lexicon's opponents, every party with losses is a side and none are allies", () => {
    const claims = [claim({ party: "AZ", claimedBy: "AZ" }), claim({ party: "karabakh", claimedBy: "AZ" })];
    const sides = sidesOf(claims, { outlets: OUTLETS, timeZone: "UTC" });
    assert.equal(relationOf("AM", "karabakh", sides), "other");
    assert.equal(relationOf("AM", "AZ", sides), "other");
    assert.equal(relationOf("AM", "UN", sides), "independent");
  });

  test("own, other-side and independent figures about one party are three series, never merged", () => {
    const ledger = buildLedger(
      [
        claim({ count: 500, claimedBy: "AM" }),
        claim({ count: 2000, claimedBy: "AZ" }),
        claim({ count: 700, claimedBy: "ICRC" }),
      ],
      CONTEXT,
    );
    const byRelation = Object.fromEntries(
      ledger.series.map((s) => [s.relation, s.steps.map((x) => x.value)]),
    );
    assert.deepEqual(byRelation, { own: [500], other: [2000], independent: [700] });
  });
});

describe("running tolls: steps of the highest credible figure", () => {
  test("a toll repeated by other articles, days and claimants is one point and one step", () => {
    const ledger = buildLedger(
      [
        claim({ count: 31, reportedAt: "2020-10-01T08:00:00Z" }),
        claim({ count: 31, reportedAt: "2020-10-02T08:00:00Z", outlets: ["armenpress"] }),
        claim({ count: 31, reportedAt: "2020-10-03T08:00:00Z", claimedBy: "karabakh" }),
      ],
      CONTEXT,
    );
    const [series] = ledger.series;
    assert.equal(series?.points.length, 1);
    assert.equal(series?.points[0]?.claims.length, 3);
    assert.deepEqual(series?.points[0]?.claimants, ["AM", "karabakh"]);
    assert.deepEqual(series?.steps, [{ t: Date.parse("2020-10-01T08:00:00Z"), value: 31 }]);
  });

  test("two figures at two times are two steps; a later lower one is kept, flagged, and does not lower the step", () => {
    const claims = [
      claim({ id: 901, count: 10, reportedAt: "2020-10-01T08:00:00Z" }),
      claim({ id: 902, count: 25, reportedAt: "2020-10-02T08:00:00Z" }),
      claim({ id: 903, count: 20, reportedAt: "2020-10-03T08:00:00Z" }),
    ];
    // Input order must not matter.
    const ledger = buildLedger([...claims].reverse(), CONTEXT);
    const [series] = ledger.series;
    assert.deepEqual(
      series?.points.map((p) => [p.count, p.role]),
      [
        [10, "step"],
        [25, "step"],
        [20, "below"],
      ],
    );
    assert.deepEqual(
      series?.steps.map((s) => s.value),
      [10, 25],
    );
    assert.equal(series?.top?.count, 25);
    const view = viewLedger(ledger, { window: "all", now: Date.parse("2024-01-01T00:00:00Z") });
    const [row] = ledgerRows(view);
    assert.equal(row?.claim.id, 902);
    assert.equal(row?.lowerLater?.count, 20);
  });

  test("at an equal count the first figure stands: a later 'at least 31' does not replace '31'", () => {
    const ledger = buildLedger(
      [claim({ count: 31 }), claim({ count: 31, qualifier: "at least", reportedAt: "2020-10-02T08:00:00Z" })],
      CONTEXT,
    );
    const [series] = ledger.series;
    assert.equal(series?.points.length, 2);
    assert.equal(series?.top?.qualifier, "exact");
    assert.equal(series?.steps.length, 1);
  });

  const qualifiers: Array<[string, Partial<ClaimView>, string, number[]]> = [
    ["'at least' is a floor: it raises the step", { qualifier: "at least", count: 40 }, "step", [10, 40]],
    ["'more than' is a floor: it raises the step", { qualifier: "more than", count: 40 }, "step", [10, 40]],
    ["'about' is a value", { qualifier: "about", count: 40 }, "step", [10, 40]],
    ["'up to' is a ceiling: drawn, never raising the step", { qualifier: "up to", count: 40 }, "bound", [10]],
    [
      "a vague word is drawn hollow, never raising the step",
      { qualifier: "vague", count: 100, vagueWord: "hundreds" },
      "vague",
      [10],
    ],
  ];
  for (const [name, over, role, steps] of qualifiers) {
    test(name, () => {
      const ledger = buildLedger(
        [claim({ count: 10 }), claim({ ...over, reportedAt: "2020-10-02T08:00:00Z" })],
        CONTEXT,
      );
      const [series] = ledger.series;
      assert.equal(series?.points[1]?.role, role);
      assert.deepEqual(
        series?.steps.map((s) => s.value),
        steps,
      );
    });
  }
});

describe("single-incident figures: daily bars", () => {
  const incident = (over: Partial<ClaimView>) =>
    claim({ cumulative: false, party: "AZ", claimedBy: "AZ", civilian: "civilian", ...over });

  test("an incident counts once at its highest figure; distinct incidents of a day are summed", () => {
    const ledger = buildLedger(
      [
        incident({ incidentId: 1, storyId: 1, count: 5, reportedAt: "2020-10-04T06:00:00Z" }),
        incident({ incidentId: 1, storyId: 2, count: 7, reportedAt: "2020-10-04T09:00:00Z" }),
        incident({ incidentId: 2, count: 3, reportedAt: "2020-10-04T10:00:00Z" }),
        incident({ incidentId: 3, count: 4, reportedAt: "2020-10-05T10:00:00Z" }),
        incident({
          incidentId: 4,
          count: 2,
          party: "AM",
          claimedBy: "AM",
          reportedAt: "2020-10-04T10:00:00Z",
        }),
        claim({ count: 99, reportedAt: "2020-10-04T10:00:00Z" }),
      ],
      CONTEXT,
    );
    assert.deepEqual(
      ledger.bars.map((b) => [b.day, b.party, b.total, b.incidents.length]),
      [
        ["2020-10-04", "AZ", 10, 2],
        ["2020-10-04", "AM", 2, 1],
        ["2020-10-05", "AZ", 4, 1],
      ],
    );
    assert.equal(ledger.series.length, 1, "the running toll is a series, not a bar");
  });

  test("days follow the region's zone (21:30 UTC is the next day in Baku)", () => {
    const ledger = buildLedger([incident({ reportedAt: "2020-10-04T21:30:00Z" })], CONTEXT);
    assert.equal(ledger.bars[0]?.day, "2020-10-05");
    assert.equal(ledger.bars[0]?.t, Date.parse("2020-10-04T20:00:00Z"));
  });

  test("an unknown-status figure overlaps civilian and military ones of the same incident", () => {
    const ledger = buildLedger(
      [
        incident({ incidentId: 9, civilian: "unknown", count: 5 }),
        incident({ incidentId: 9, civilian: "civilian", count: 3 }),
        incident({ incidentId: 9, civilian: "military", count: 1 }),
      ],
      CONTEXT,
    );
    assert.equal(ledger.bars[0]?.total, 5);
    assert.deepEqual(ledger.bars[0]?.byStatus, { civilian: 3, military: 1, unknown: 1 });
  });

  test("an incident with only an 'up to' figure counts it, flagged", () => {
    const ledger = buildLedger([incident({ incidentId: 5, qualifier: "up to", count: 8 })], CONTEXT);
    assert.equal(ledger.bars[0]?.total, 8);
    assert.equal(ledger.bars[0]?.incidents[0]?.upperOnly, true);
  });
});

describe("contested figures", () => {
  const same = "2020-10-10T";
  const table: Array<[string, Array<Partial<ClaimView>>, [number, number] | null]> = [
    [
      "own 500 and the enemy's 2000 on one day",
      [{ count: 500 }, { count: 2000, claimedBy: "AZ", reportedAt: `${same}15:00:00Z` }],
      [500, 2000],
    ],
    [
      "'at least 500' does not contradict 2000",
      [
        { count: 500, qualifier: "at least" },
        { count: 2000, claimedBy: "AZ" },
      ],
      null,
    ],
    [
      "'up to 100' contradicts 150",
      [
        { count: 100, qualifier: "up to" },
        { count: 150, claimedBy: "UN" },
      ],
      [100, 150],
    ],
    [
      "'about 100' allows 105",
      [
        { count: 100, qualifier: "about" },
        { count: 105, claimedBy: "UN" },
      ],
      null,
    ],
    ["one claimant's two figures are not a contest", [{ count: 100 }, { count: 120 }], null],
    [
      "different days are not the same time",
      [{ count: 100 }, { count: 300, claimedBy: "AZ", reportedAt: "2020-10-11T08:00:00Z" }],
      null,
    ],
    [
      "different statuses are different counts",
      [{ count: 100 }, { count: 300, claimedBy: "AZ", civilian: "civilian" }],
      null,
    ],
  ];
  for (const [name, overs, expected] of table) {
    test(name, () => {
      const claims = overs.map((over) => claim({ reportedAt: `${same}08:00:00Z`, ...over }));
      const ledger = buildLedger(claims, CONTEXT);
      assert.deepEqual(ledger.contests.map((c) => [c.min, c.max])[0] ?? null, expected);
    });
  }

  test("an incident whose claimants disagree is marked on its bar", () => {
    const base = { cumulative: false, incidentId: 7, party: "AZ", civilian: "civilian" as const };
    const ledger = buildLedger(
      [claim({ ...base, count: 13, claimedBy: "AZ" }), claim({ ...base, count: 0, claimedBy: "AM" })],
      CONTEXT,
    );
    assert.deepEqual(ledger.bars[0]?.incidents[0]?.contested, [0, 13]);
    assert.equal(ledger.bars[0]?.total, 13);
  });

  test("disagree: intervals that share no value", () => {
    assert.equal(
      disagree([
        { count: 5, qualifier: "exact" },
        { count: 5, qualifier: "exact" },
      ]),
      false,
    );
    assert.equal(
      disagree([
        { count: 5, qualifier: "more than" },
        { count: 3, qualifier: "exact" },
      ]),
      true,
    );
    assert.equal(
      disagree([
        { count: 100, qualifier: "vague" },
        { count: 300, qualifier: "exact" },
      ]),
      false,
    );
  });
});

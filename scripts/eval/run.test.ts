import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { type GoldItem, loadEvalSet, parseEvalSet } from "./eval-set";
import { prf } from "./match";
import { categoryTable, verboseLines } from "./report";
import { casualtyFieldAccuracy, countResults, scoreItem, type TaggerLike } from "./run";

const setFile = path.resolve(import.meta.dirname, "../../data/eval/labelled.jsonl");
const items = loadEvalSet(setFile);
const byId = new Map(items.map((i) => [i.id, i]));

// Stub taggers live here only: they stand in for lib/tagging so that the scorer can be checked alone.
const oracle: TaggerLike = {
  tag: (input) => {
    const gold = byId.get(input.id ?? "")?.expected;
    assert.ok(gold, `no item ${input.id}`);
    return {
      ...gold,
      casualties: gold.casualties.map((c) => ({ ...c, evidence: { text: "", start: 0, end: 0 } })),
    };
  },
};
const silent: TaggerLike = {
  tag: () => ({ casualties: [], places: [], statements: [], actors: [], eventTypes: [] }),
};

describe("scoring the labelled set", () => {
  it("loads at least 200 items with unique ids", () => {
    assert.ok(items.length >= 200, `only ${items.length} items`);
    assert.equal(byId.size, items.length);
  });

  it("gives a perfect tagger F1 1 in every category", () => {
    const counts = countResults(items.map((i) => scoreItem(i, oracle)));
    for (const [cat, c] of Object.entries(counts)) {
      assert.equal(c.fp + c.fn, 0, cat);
      assert.equal(prf(c).f1, 1, cat);
    }
  });

  it("gives a tagger that finds nothing recall 0 and counts every label as missed", () => {
    const counts = countResults(items.map((i) => scoreItem(i, silent)));
    const labelled = items.reduce((n, i) => n + i.expected.casualties.length, 0);
    assert.equal(counts.casualties.fn, labelled);
    assert.equal(prf(counts.casualties).recall, 0);
  });

  it("counts a tagger that throws as tagging nothing, and says so", () => {
    const item = items.find((i) => i.expected.casualties.length > 0) as GoldItem;
    const r = scoreItem(item, {
      tag: () => {
        throw new Error("boom");
      },
    });
    assert.match(r.error ?? "", /boom/);
    assert.equal(r.casualties.missed.length, item.expected.casualties.length);
    assert.ok(verboseLines([r]).some((l) => l.includes("error: tagger threw: boom")));
  });

  it("rejects a malformed result instead of scoring it", () => {
    const r = scoreItem(items[0] as GoldItem, { tag: () => ({ casualties: "many" }) });
    assert.match(r.error ?? "", /malformed/);
  });

  it("scores secondary fields only on matched pairs", () => {
    const item = items.find((i) => i.expected.casualties.some((c) => c.party !== null)) as GoldItem;
    const wrongParty: TaggerLike = {
      tag: () => ({
        ...item.expected,
        casualties: item.expected.casualties.map((c) => ({ ...c, party: "XX" })),
      }),
    };
    const acc = casualtyFieldAccuracy([scoreItem(item, wrongParty)]);
    const party = acc.find((a) => a.field === "party");
    assert.equal(party?.total, item.expected.casualties.length);
    assert.equal(party?.correct, 0);
    assert.equal(acc.find((a) => a.field === "qualifier")?.correct, item.expected.casualties.length);
  });

  it("prints targets next to the figures", () => {
    const table = categoryTable(items.map((i) => scoreItem(i, oracle))).join("\n");
    assert.match(table, /casualties\s+1\.000\s+1\.000\s+1\.000\s+>=0\.90/);
    assert.match(table, /statements.*>=0\.85/);
  });
});

describe("reading the set", () => {
  it("names the line of a bad label", () => {
    const good = JSON.stringify(items[0]);
    const bad = JSON.stringify({ ...items[0], style: "blog" });
    assert.throws(() => parseEvalSet(`${good}\n${bad}\n`), /line 2/);
  });
});

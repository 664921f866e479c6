import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { buildSet, OUTPUT } from "../../data/eval/build/build";
import { parseEvalSet } from "./eval-set";

describe("the labelled set", () => {
  const built = buildSet();

  it("has no label that contradicts its text", () => {
    assert.deepEqual(built.problems, []);
  });

  it("is the file its hand-written sources build (run data/eval/build/build.ts after editing them)", () => {
    assert.equal(readFileSync(OUTPUT, "utf8"), `${built.lines.join("\n")}\n`);
  });

  it("mixes conflicts and styles: about half South Caucasus, three other conflicts or more", () => {
    const items = parseEvalSet(readFileSync(OUTPUT, "utf8"));
    const caucasus = items.filter((i) => i.conflict === "south-caucasus").length;
    assert.ok(caucasus / items.length > 0.4 && caucasus / items.length < 0.6, `${caucasus}/${items.length}`);
    assert.ok(new Set(items.map((i) => i.conflict)).size >= 4);
    for (const style of ["wire", "digest"])
      assert.ok(items.filter((i) => i.style === style).length >= 80, style);
  });
});

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { relevanceModel } from "./relevance";

const model = relevanceModel({
  threshold: 3,
  terms: [
    { term: "Karabakh", weight: 5 },
    { term: "Armenia", weight: 3 },
    { term: "Georgia", weight: 1 },
    { term: "Карабах*", weight: 5 },
  ],
});

describe("relevance", () => {
  const cases: Array<[string, string, string, number]> = [
    ["a term in the text counts once", "Talks", "Fighting in Karabakh and Karabakh again", 5],
    ["a term in the title counts twice", "Karabakh truce", "", 10],
    ["whole words only: Armenian is not Armenia", "", "Armenian forces", 0],
    ["case does not matter", "", "KARABAKH", 5],
    ["a prefix term matches inflected forms", "", "Бои в Карабахе", 5],
    ["a weak term alone stays under the threshold", "", "Georgia election", 1],
    ["nothing found", "Cup final", "Football", 0],
  ];
  for (const [what, title, text, score] of cases) {
    test(what, () => {
      assert.equal(model.score(title, text).score, score);
    });
  }

  test("the reason names the terms and their weights", () => {
    assert.equal(model.score("Armenia", "Karabakh").reason, "armenia +6, karabakh +5");
    assert.equal(model.score("", "").reason, "no region terms");
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findCounts } from "./numbers";
import { tokenize } from "./text";

const cases: Array<[string, Array<[number, string, string?]>]> = [
  ["1,119 soldiers", [[1119, "exact"]]],
  // Thousands grouped by a space are one number; a run of figures is not.
  [
    "2 300 and 45",
    [
      [2300, "exact"],
      [45, "exact"],
    ],
  ],
  ["12 500 people", [[12500, "exact"]]],
  ["a score of villagers", [[20, "exact"]]],
  ["a half-dozen medics", [[6, "exact"]]],
  ["between 50 and 70 people", [[50, "at least"]]],
  ["300-800 people", [[300, "at least"]]],
  ["12 to 15 soldiers", [[12, "at least"]]],
  [
    "rose from 12 to 31",
    [
      [12, "exact"],
      [31, "exact"],
    ],
  ],
  ["twelve people", [[12, "exact"]]],
  ["twenty-five people", [[25, "exact"]]],
  ["one hundred and twenty villagers", [[120, "exact"]]],
  ["a dozen fighters", [[12, "exact"]]],
  ["two dozen residents", [[24, "exact"]]],
  ["half a dozen medics", [[6, "exact"]]],
  ["dozens of houses", [[12, "vague", "dozens"]]],
  ["tens of people", [[10, "vague", "tens"]]],
  ["scores of others", [[20, "vague", "scores"]]],
  ["hundreds more", [[100, "vague", "hundreds"]]],
  ["thousands fled", [[1000, "vague", "thousands"]]],
  ["tens of thousands", [[10000, "vague", "tens of thousands"]]],
  ["several hundred", [[100, "vague", "several hundred"]]],
  ["at least 31", [[31, "at least"]]],
  ["ca. 70 villagers", [[70, "about"]]],
  ["seven (7) herders", [[7, "exact"]]],
  // A different figure in brackets is a second count, not a repeat.
  [
    "seven (8) herders",
    [
      [7, "exact"],
      [8, "exact"],
    ],
  ],
  ["≈15 dead", [[15, "about"]]],
  ["circa 400", [[400, "about"]]],
  // A capital C with a dot is a letter, not circa.
  ["Annex C. 9 soldiers", [[9, "exact"]]],
  ["more than 200", [[200, "more than"]]],
  ["over 50", [[50, "more than"]]],
  ["about 40", [[40, "about"]]],
  ["nearly 90", [[90, "about"]]],
  ["up to 15", [[15, "up to"]]],
  ["as many as 15", [[15, "up to"]]],
  ["2.5 million people", [[2_500_000, "exact"]]],
  ["in 1994 and in 2020", []],
  ["on 27 September", []],
  ["on September 27", []],
  ["a 12-year-old girl", []],
];

describe("findCounts", () => {
  for (const [text, expected] of cases) {
    it(text, () => {
      const tokens = tokenize(text);
      const got = findCounts(tokens, 0, tokens.length).map((c) => [c.value, c.qualifier, c.vagueWord]);
      assert.deepEqual(
        got,
        expected.map(([v, q, w]) => [v, q, w === undefined ? undefined : w]),
      );
    });
  }
});

describe("tokenize", () => {
  it("keeps separators in figures, hyphens in words, and a letter outside the BMP in its word", () => {
    assert.deepEqual(
      tokenize("2,300.5 troops in Nagorno-Karabakh; 𝐁old x-1 a--b").map((t) => [t.text, t.kind]),
      [
        ["2,300.5", "num"],
        ["troops", "word"],
        ["in", "word"],
        ["Nagorno-Karabakh", "word"],
        [";", "punct"],
        ["𝐁old", "word"],
        ["x-1", "word"],
        ["a", "word"],
        ["-", "punct"],
        ["-", "punct"],
        ["b", "word"],
      ],
    );
  });

  it("keeps an emoji's variation selector out of the word after it", () => {
    assert.deepEqual(
      tokenize("⚡️AZ MoD: Çavuşoğlu").map((t) => t.text),
      ["⚡", "\uFE0F", "AZ", "MoD", ":", "Çavuşoğlu"],
    );
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractStatements } from "./statements";
import { docOf } from "./test-support";

type Row = [speaker: string, direct: boolean, quote: string];

function rows(text: string): Row[] {
  return extractStatements(docOf(text)).map((s) => [s.speaker, s.direct, s.quote]);
}

/** A subject's second verb after a comma or "but", and quoted words framed by "holds X" or "vows". */
const table: Array<[string, string, Row[]]> = [
  [
    "'holds X \"Y\"' and ', vows \"Z\"': the subject's own words",
    "21:05 UPDATE: militia holds Ruritania 'fully accountable', vows 'harsh revenge'",
    [
      ["militia", true, "fully accountable"],
      ["militia", true, "harsh revenge"],
    ],
  ],
  [
    "', calls it \"X\"' after a headline's report",
    "02:10 BREAKING: Ruritania's president says he has signed a deal with the rebels ending the siege, calls it 'bitter but necessary'",
    [
      ["Ruritania's president", true, "bitter but necessary"],
      ["Ruritania's president", false, "he has signed a deal with the rebels ending the siege"],
    ],
  ],
  [
    "'did not deny X but said': the subject named after its role",
    "A rebel spokesman, Major Ivo Tarn, did not deny the raid but said it had hit only fighters in the market.",
    [["Major Ivo Tarn", false, "it had hit only fighters in the market"]],
  ],
  [
    "a place adverb between the subject and its verb",
    "She crossed with her sons. Aid workers here say more than 400 people are crossing every day.",
    [["Aid workers", false, "more than 400 people are crossing every day"]],
  ],
  [
    "', who say …': the body before the relative pronoun speaks",
    "- POWs: at least 30 soldiers held by rebels per Amnesty, who say 3 videos show torture",
    [["Amnesty", false, "3 videos show torture"]],
  ],
  [
    "', who asked not to be named' is no statement of its own",
    "“We have nothing left,” said one farmer, who asked not to be named.",
    [["one farmer", true, "We have nothing left"]],
  ],
  [
    "'none reported': nobody speaks",
    "casualties: none reported officially; 3 dockers hurt per the union",
    [],
  ],
  ["'vowed revenge' without quote marks is no statement", "The militia vowed revenge for the raid.", []],
];

describe("statements: a subject's second verb, holding and vowing in quotes", () => {
  for (const [name, text, expected] of table) {
    it(name, () => assert.deepEqual(rows(text), expected));
  }
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractStatements } from "./statements";
import { docOf } from "./test-support";

type Row = [speaker: string, direct: boolean, quote: string];

function rows(text: string): Row[] {
  return extractStatements(docOf(text)).map((s) => [s.speaker, s.direct, s.quote]);
}

/** "X & Y both deny …": one statement per speaker; "X and Y said" stays one joint speaker. */
const table: Array<[string, string, Row[]]> = [
  [
    "two sides both deny, joined by '&'",
    "• Hamas & Fatah both deny any role in the clashes at the crossing",
    [
      ["Hamas", false, "any role in the clashes at the crossing"],
      ["Fatah", false, "any role in the clashes at the crossing"],
    ],
  ],
  [
    "two sides both say, joined by 'and'",
    "The army and the police both said the curfew would be lifted at dawn.",
    [
      ["The army", false, "the curfew would be lifted at dawn"],
      ["the police", false, "the curfew would be lifted at dawn"],
    ],
  ],
  [
    "'X and Y said' speak together",
    "Human Rights Watch and Amnesty International said the camp had been shelled twice.",
    [["Human Rights Watch and Amnesty International", false, "the camp had been shelled twice"]],
  ],
  [
    "'the ministers of A and B both said' is one phrase",
    "The foreign ministers of Ruritania and Borduria both said the talks would resume.",
    [["The foreign ministers of Ruritania and Borduria", false, "the talks would resume"]],
  ],
];

describe("statements: joint speakers", () => {
  for (const [name, text, expected] of table) {
    it(name, () => assert.deepEqual(rows(text), expected));
  }
});

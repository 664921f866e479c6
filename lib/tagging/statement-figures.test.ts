import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractStatements } from "./statements";
import { docOf } from "./test-support";

// Reports that open with a qualified figure, and plural bodies that speak, written for these tests:
// [speaker, direct, quote].
type Row = [speaker: string, direct: boolean, quote: string];

function rows(text: string): Row[] {
  return extractStatements(docOf(text)).map((s) => [s.speaker, s.direct, s.quote]);
}

const table: Array<[string, Row[]]> = [
  // A figure with its qualifier opens the reported clause.
  [
    "UNICEF says about 12,000 children lack clean water.",
    [["UNICEF", false, "about 12,000 children lack clean water"]],
  ],
  [
    "Water: no pumps working; UNICEF says ~12,000 children lack clean water.",
    [["UNICEF", false, "~12,000 children lack clean water"]],
  ],
  [
    "The mayor said nearly 300 homes had no roof left.",
    [["The mayor", false, "nearly 300 homes had no roof left"]],
  ],
  [
    "Medics say dozens of people were hurt in the crush.",
    [["Medics", false, "dozens of people were hurt in the crush"]],
  ],
  // Plural bodies speak.
  ["Rights groups said nine people had been shot.", [["Rights groups", false, "nine people had been shot"]]],
  [
    "Roads cut in the north; aid groups say hundreds stranded over 2 days",
    [["aid groups", false, "hundreds stranded over 2 days"]],
  ],
  [
    "Food: agencies estimate 1.2m people need aid; only half reached.",
    [["agencies", false, "1.2m people need aid"]],
  ],
  [
    "Harbour management: two cranes hit, 3 staff hurt",
    [["Harbour management", false, "two cranes hit, 3 staff hurt"]],
  ],
];

describe("statements: figures opening a report, plural bodies", () => {
  for (const [text, want] of table) it(text, () => assert.deepEqual(rows(text), want));
});

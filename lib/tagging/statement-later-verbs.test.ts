import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractStatements } from "./statements";
import { docOf } from "./test-support";

// A subject's later statement in the same sentence, written for these tests: [speaker, direct, quote].
type Row = [speaker: string, direct: boolean, quote: string];

function rows(text: string): Row[] {
  return extractStatements(docOf(text)).map((s) => [s.speaker, s.direct, s.quote]);
}

const table: Array<[string, Row[]]> = [
  // ", then said …": the same subject speaks again; the first report ends at the comma.
  [
    "The ministry first said two soldiers were missing, then said they had been killed.",
    [
      ["The ministry", false, "two soldiers were missing"],
      ["The ministry", false, "they had been killed"],
    ],
  ],
  // "X denies, says …" after another source's report: the denier speaks.
  [
    "Kosti: army says bridge retaken; rebels deny, say fighting goes on near the market",
    [
      ["army", false, "bridge retaken"],
      ["rebels", false, "fighting goes on near the market"],
    ],
  ],
  // A digest claim goes on past ";" when what follows is a tally with nobody speaking.
  [
    "- WHO chief: 'attacks on clinics' must end; 2 staff reported hurt",
    [["WHO chief", false, "'attacks on clinics' must end; 2 staff reported hurt"]],
  ],
  [
    "- UN envoy: talks resume Monday; no injuries reported",
    [["UN envoy", false, "talks resume Monday; no injuries reported"]],
  ],
  // A headline closed by its source after a comma.
  [
    "Two bridges destroyed in the north, says medical charity",
    [["medical charity", false, "Two bridges destroyed in the north"]],
  ],
];

describe("statements: a subject's later statement", () => {
  for (const [text, want] of table) it(text.slice(0, 70), () => assert.deepEqual(rows(text), want));
});

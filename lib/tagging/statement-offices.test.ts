import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractStatements } from "./statements";
import { docOf } from "./test-support";

// Offices of talks and envoys, written for these tests: [speaker, direct, quote].
type Row = [speaker: string, direct: boolean, quote: string];

function rows(text: string): Row[] {
  return extractStatements(docOf(text)).map((s) => [s.speaker, s.direct, s.quote]);
}

const table: Array<[string, Row[]]> = [
  [
    '"We will stay as long as needed," the special envoy said.',
    [["the special envoy", true, "We will stay as long as needed"]],
  ],
  [
    'The chief negotiator called the agreement a "monumental" step.',
    [["The chief negotiator", true, "monumental"]],
  ],
  [
    "The mediator said both sides had agreed to a full halt to fighting.",
    [["The mediator", false, "both sides had agreed to a full halt to fighting"]],
  ],
];

describe("statements: offices of talks", () => {
  for (const [text, want] of table) it(text.slice(0, 70), () => assert.deepEqual(rows(text), want));
});

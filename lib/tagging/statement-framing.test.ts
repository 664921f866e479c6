import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractStatements } from "./statements";
import { docOf } from "./test-support";

// Quoted words framed by a judging or voicing verb, and a name after a role, written for these tests.
type Row = [speaker: string, direct: boolean, quote: string];

function rows(text: string): Row[] {
  return extractStatements(docOf(text)).map((s) => [s.speaker, s.direct, s.quote]);
}

const table: Array<[string, string, Row[]]> = [
  [
    "dismissed as",
    "Turkey's foreign ministry dismissed the claims as 'groundless'.",
    [["Turkey's foreign ministry", true, "groundless"]],
  ],
  [
    "condemned as, with an article",
    "Iran's foreign ministry condemned the raid as a 'cowardly act'.",
    [["Iran's foreign ministry", true, "cowardly act"]],
  ],
  [
    "expressed",
    'The Kremlin expressed "grave concern" over the fighting.',
    [["The Kremlin", true, "grave concern"]],
  ],
  [
    "announced, with an article",
    "Israel announced a 'total blockade' of the city.",
    [["Israel", true, "total blockade"]],
  ],
  // Inside a reported clause the quoted words stay in the clause.
  [
    "inside a reported clause",
    'The ministry said it had expressed "grave concern" to the envoy.',
    [["The ministry", false, 'it had expressed "grave concern" to the envoy']],
  ],
  // "as" with no judging verb is no attribution.
  ["as without a judging verb", 'The film, screened as "The Last Day", drew crowds.', []],
  // A role, then the name set off by commas, after the verb: the name speaks.
  [
    "role then name after the verb",
    '"Smoke covered the whole street," said a nurse, Almaz Tesfaye, who treated the wounded.',
    [["Almaz Tesfaye", true, "Smoke covered the whole street"]],
  ],
];

describe("quotations framed by judging and voicing verbs; a name after a role", () => {
  for (const [name, text, want] of table) {
    it(name, () => assert.deepEqual(rows(text), want));
  }
});

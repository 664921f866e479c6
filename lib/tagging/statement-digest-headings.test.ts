import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractStatements } from "./statements";
import { docOf } from "./test-support";

// Digest lines opened by a heading that names no speaker, beside lines that do, written for these tests
// (names invented): [speaker, direct, quote].
type Row = [speaker: string, direct: boolean, quote: string];

function rows(text: string): Row[] {
  return extractStatements(docOf(text)).map((s) => [s.speaker, s.direct, s.quote]);
}

const table: Array<[string, Row[]]> = [
  // A country or city written in capitals heads a dateline or a topic; it does not speak.
  ["SOMALIA: two bridges cut by floods overnight", []],
  ["- ADDIS ABABA: curfew extended to midnight", []],
  ["- NEW DELHI: talks postponed, no date set", []],
  // Two words in capitals heading a tally: no person's name.
  ["WEEKLY BRIEF — week 14 of the siege", []],
  ["PRISONER COUNT — day 31", []],
  // A sitrep's section label: one word of office that alone names nobody.
  ["Health: two clinics reopened in the north, one lacks power.", []],
  ["Security: a convoy was stopped at a checkpoint for six hours.", []],
  ["Emergency: three shelters at full capacity.", []],
  // A quotation in a heading before a dash is no source.
  ["Militia 'near the airport' — reports and denials (4 May)", []],
  // Codes, acronyms and offices still speak.
  ["AZ: 2 drones downed near Tovuz", [["AZ", false, "2 drones downed near Tovuz"]]],
  ["UNICEF: 40 schools damaged this month", [["UNICEF", false, "40 schools damaged this month"]]],
  ["Health ministry: 12 killed in the strike", [["Health ministry", false, "12 killed in the strike"]]],
  ["Anar Guliyev: the road is open again", [["Anar Guliyev", false, "the road is open again"]]],
  // A channel between the speaker and the colon before a quotation: the speaker is before it.
  [
    "- Colombian president in video to farmers: 'the land is yours'",
    [["Colombian president", true, "the land is yours"]],
  ],
  [
    "11:20 — Peruvian minister in televised address: 'We will not sign this text today.'",
    [["Peruvian minister", true, "We will not sign this text today."]],
  ],
  [
    "Kenyan envoy on a call with reporters: 'the border stays shut'",
    [["Kenyan envoy", true, "the border stays shut"]],
  ],
];

describe("statements: digest headings that name no speaker", () => {
  for (const [text, want] of table) it(text, () => assert.deepEqual(rows(text), want));
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractStatements } from "./statements";
import { docOf } from "./test-support";

type Row = [speaker: string, direct: boolean, quote: string];

function rows(text: string): Row[] {
  return extractStatements(docOf(text)).map((s) => [s.speaker, s.direct, s.quote]);
}

/** Second statements of one subject, short quotations inside a report, a source speaking after ";". */
const table: Array<[string, string, Row[]]> = [
  [
    "'denies X, says Y': two statements of one subject",
    "• Ruritanian MoD denies any shells were fired, says positions intact",
    [
      ["Ruritanian MoD", false, "any shells were fired"],
      ["Ruritanian MoD", false, "positions intact"],
    ],
  ],
  [
    "a denial of 'any' thing named is a statement",
    "The rebels denied any involvement.",
    [["The rebels", false, "any involvement"]],
  ],
  ["'denied it' names nothing", "Asked about the raid, the rebels denied it.", []],
  [
    "a short quotation opening the clause stays in the report",
    "Yerevan says 'a handful' of officers died",
    [["Yerevan", false, "'a handful' of officers died"]],
  ],
  [
    "a quotation after the verb that ends the sentence is direct",
    "The mayor said 'we are surrounded'.",
    [["The mayor", true, "we are surrounded"]],
  ],
  [
    "after ';' a source speaking in its own clause ends the label's claim",
    "- AZ MoD: no losses overnight; Yerevan says 'a handful' of officers died",
    [
      ["AZ MoD", false, "no losses overnight"],
      ["Yerevan", false, "'a handful' of officers died"],
    ],
  ],
  [
    "a topic heading a claim is no source ('losses:')",
    "- rebel losses: not disclosed; Yerevan says 'a handful' of officers died",
    [["Yerevan", false, "'a handful' of officers died"]],
  ],
  [
    "a figure's own list is no source ('dead per its own list:')",
    "- army dead per its own list: 900 (names published)",
    [],
  ],
  ["a bulletin's name is no source ('MoD DAILY —')", "RU MoD DAILY — 12.03.2022", []],
];

describe("statements: second verbs, short quotations in reports, sources after ';'", () => {
  for (const [name, text, expected] of table) {
    it(name, () => assert.deepEqual(rows(text), expected));
  }
});

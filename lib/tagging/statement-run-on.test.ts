import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractStatements } from "./statements";
import { docOf } from "./test-support";

// Quotations that run on past their speaker into a new sentence, and attributions set inside the
// sentence they report, written for these tests (names invented): [speaker, direct, quote].
type Row = [speaker: string, direct: boolean, quote: string];

function rows(text: string): Row[] {
  return extractStatements(docOf(text)).map((s) => [s.speaker, s.direct, s.quote]);
}

const table: Array<[string, Row[]]> = [
  // A quotation broken by its speaker at a full stop is one statement, its sentences joined.
  [
    "“The roof came down at dawn,” Teodora Vasic said. “We found my uncle under the stairs.”",
    [["Teodora Vasic", true, "The roof came down at dawn. We found my uncle under the stairs."]],
  ],
  [
    'The port was closed for a week. "Nobody eats when the boats stay in," says farmer Omar Haddi. "Nobody."',
    [["Omar Haddi", true, "Nobody eats when the boats stay in. Nobody."]],
  ],
  [
    '"We counted forty craters," argues defence analyst Lidia Marsh. "The bridge cannot hold another winter."',
    [["Lidia Marsh", true, "We counted forty craters. The bridge cannot hold another winter."]],
  ],
  // The second quotation has a speaker of its own: two statements.
  [
    "“The line held,” the commander said. “It did not,” a soldier told us.",
    [
      ["the commander", true, "The line held"],
      ["a soldier", true, "It did not"],
    ],
  ],
  // A new paragraph starts a new passage.
  [
    "“The line held,” the commander said.\n\n“Rations ran out on Tuesday and the wells were poisoned.”",
    [
      ["the commander", true, "The line held"],
      ["the commander", true, "Rations ran out on Tuesday and the wells were poisoned."],
    ],
  ],
  // An attribution set inside the sentence after an opening adverbial: the sentence without it is the report.
  [
    "In March alone, the city council says, shelling destroyed 40 homes in the old town.",
    [["the city council", false, "In March alone shelling destroyed 40 homes in the old town"]],
  ],
  [
    "Four guards were hurt, the transport ministry said. Since May, it said, 12 ships had been hit.",
    [
      ["the transport ministry", false, "Four guards were hurt"],
      ["the transport ministry", false, "Since May 12 ships had been hit"],
    ],
  ],
  // An age after a speaker's name belongs to the attribution.
  [
    "Pablo Ruiz, 34, a teacher from the valley, says more marches are planned.",
    [["Pablo Ruiz", false, "more marches are planned"]],
  ],
  [
    "The river is rising fast, says Pablo Ruiz, 34, who runs the ferry.",
    [["Pablo Ruiz", false, "The river is rising fast"]],
  ],
  [
    "Boats cross at night with fuel, food, even cattle, says Ines Ortega, who keeps the dock.",
    [["Ines Ortega", false, "Boats cross at night with fuel, food, even cattle"]],
  ],
  [
    "- Pablo Ruiz, 19, organiser of the march, says more events planned",
    [["Pablo Ruiz", false, "more events planned"]],
  ],
  // "Just in" is a heading, not an opening adverbial.
  ["Just in: the bridge at Kosti has reopened to trucks", []],
];

describe("statements: quotations run on past their speaker", () => {
  for (const [text, want] of table) it(text.slice(0, 70), () => assert.deepEqual(rows(text), want));
});

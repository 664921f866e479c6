import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractStatements } from "./statements";
import { docOf } from "./test-support";

// Speakers behind abbreviated titles, lower-case possessives and offices, and bare denials, written for
// these tests: [speaker, role, affiliation, quote].
type Row = [speaker: string, role: string | null, affiliation: string | null, quote: string];

function rows(text: string): Row[] {
  return extractStatements(docOf(text)).map((s) => [s.speaker, s.role, s.affiliation, s.quote]);
}

const table: Array<[string, Row[]]> = [
  [
    "russia's lavrov says the corridor must reopen",
    [["lavrov", "Foreign Minister", "RU", "the corridor must reopen"]],
  ],
  [
    "Russia's Lavrov said the corridor must reopen.",
    [["Lavrov", "Foreign Minister", "RU", "the corridor must reopen"]],
  ],
  ["Gov. Mark Rowe: the shelters are open", [["Mark Rowe", "Gov", null, "the shelters are open"]]],
  [
    "The governor of Kursk Region Anton Belov said the bridge was closed.",
    [["Anton Belov", "governor", null, "the bridge was closed"]],
  ],
  [
    "Ukraine's commander-in-chief said the line was holding.",
    [["Ukraine's commander-in-chief", "commander-in-chief", "UA", "the line was holding"]],
  ],
  [
    "Brig. Gen. Sam Ortiz said the brigade pulled back.",
    [["Sam Ortiz", "Brig. Gen.", null, "the brigade pulled back"]],
  ],
  ["Col. Ray Dunn said the bridge held.", [["Ray Dunn", "Col.", null, "the bridge held"]]],
  ["Dr. Hana Idris said the ward was full.", [["Hana Idris", null, null, "the ward was full"]]],
  [
    "Aliyev's office said the talks would go on.",
    [["Aliyev's office", "office", "AZ", "the talks would go on"]],
  ],
  ["AZ MoD denies losses", [["AZ MoD", "MoD", "AZ", "losses"]]],
  ["SAF denies airstrike", [["SAF", null, "SD", "airstrike"]]],
  [
    "Nine were killed in Kadugli, the Nuba Relief Network said in a statement posted on Facebook.",
    [["the Nuba Relief Network", "Network", null, "Nine were killed in Kadugli"]],
  ],
  [
    "A surgeon at Kassala hospital said the ward ran out of blood.",
    [["A surgeon at Kassala hospital", "surgeon", null, "the ward ran out of blood"]],
  ],
  [
    "The well was poisoned, a local resistance committee said.",
    [["a local resistance committee", "committee", null, "The well was poisoned"]],
  ],
  [
    "The Volunteer Lawyers said 8 men were detained.",
    [["The Volunteer Lawyers", "Volunteer Lawyers", null, "8 men were detained"]],
  ],
  [
    "Shells hit Adigrat overnight, Tigray TV said.",
    [["Tigray TV", null, "tplf", "Shells hit Adigrat overnight"]],
  ],
  // Negatives: lower-case civic words with no office after them speak for no one; a posting with content after it.
  ["The local market reopened, officials said nothing.", []],
  ["Medical supplies said to be running low.", []],
  // Negatives: a pronoun object is no claim; a denial with nothing after it; an office with no speech verb.
  ["He denied it.", []],
  ["The ministry confirmed this.", []],
  ["AZ MoD denies", []],
  ["Aliyev's office was shelled.", []],
];

describe("speakers behind titles, possessives and offices", () => {
  for (const [text, want] of table) {
    it(text, () => {
      assert.deepEqual(rows(text), want);
    });
  }
});

// Digest headings that are no source, written for these tests.
const headings: Array<[string, Row[]]> = [
  ["NYALA SIEGE: DOZENS KILLED", []],
  ["Port Sudan - 4 dead, 9 inj", []],
  ["Omar Haddad: the road is open", [["Omar Haddad", null, null, "the road is open"]]],
];

describe("digest headings", () => {
  for (const [text, want] of headings) {
    it(text, () => {
      assert.deepEqual(rows(text), want);
    });
  }
});

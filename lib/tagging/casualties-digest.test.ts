import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CasualtyClaim } from "@/lib/types/tags";
import { extractCasualties } from "./casualties";
import { docOf } from "./test-support";

// Hasty-digest and wire phrasings of casualty figures, written for these tests: each row is a text and
// the claims as [kind, count, qualifier, civilian].
type Row = [CasualtyClaim["kind"], number, CasualtyClaim["qualifier"], CasualtyClaim["civilian"]];

function rows(text: string): Row[] {
  return extractCasualties(docOf(text), () => null).map((c) => [c.kind, c.count, c.qualifier, c.civilian]);
}

const table: Array<[string, Row[]]> = [
  ["3 civs dead in shelling of Tartar", [["killed", 3, "exact", "civilian"]]],
  ["two dozen hurt in Barda blast", [["injured", 24, "exact", "unknown"]]],
  ["wounded 40+ after strike on market", [["injured", 40, "more than", "unknown"]]],
  ["death toll rises to 57 after overnight strikes", [["killed", 57, "exact", "unknown"]]],
  ["Death toll climbs to 230 following renewed shelling", [["killed", 230, "exact", "unknown"]]],
  ["AZ MoD: 9 soldiers lost in heavy fighting", [["killed", 9, "exact", "military"]]],
  ["3 soldiers lost contact with their unit", []],
  ["the army lost 40 positions in the battle", []],
  ["residents buried 25 people on Friday", [["killed", 25, "exact", "unknown"]]],
  ["they buried 3 on Sunday", []],
  ["witnesses described the massacre of 200 civilians", [["killed", 200, "exact", "civilian"]]],
  ["a blast tore through the bus, hurting 14 passengers", [["injured", 14, "exact", "civilian"]]],
  ["gunmen stormed a school, kidnapping 20 students", [["captured", 20, "exact", "civilian"]]],
  [
    "casualties today: killed 4 / wounded 11 / missing 2",
    [
      ["killed", 4, "exact", "unknown"],
      ["injured", 11, "exact", "unknown"],
      ["missing", 2, "exact", "unknown"],
    ],
  ],
  [
    "omdurman - 6 civs killed, 22 inj",
    [
      ["killed", 6, "exact", "civilian"],
      // a bare figure after a group takes that group's status
      ["injured", 22, "exact", "civilian"],
    ],
  ],
  [
    "dead 3, hurt 9",
    [
      ["killed", 3, "exact", "unknown"],
      ["injured", 9, "exact", "unknown"],
    ],
  ],
  ["He went missing 2 weeks ago", []],
  [
    "killed 12 injured 30",
    [
      ["killed", 12, "exact", "unknown"],
      ["injured", 30, "exact", "unknown"],
    ],
  ],
  [
    "3 killed 12 injured 4 missing",
    [
      ["killed", 3, "exact", "unknown"],
      ["injured", 12, "exact", "unknown"],
      ["missing", 4, "exact", "unknown"],
    ],
  ],
  [
    "the strike killed 3 wounded 5",
    [
      ["killed", 3, "exact", "unknown"],
      ["injured", 5, "exact", "unknown"],
    ],
  ],
  ["1.2k killed since april", [["killed", 1200, "exact", "unknown"]]],
  ["over 2k wounded", [["injured", 2000, "more than", "unknown"]]],
  ["a 5 k walk", []],
  ["wounding 5 more", [["injured", 5, "exact", "unknown"]]],
  ["the raid killed 9 pilgrims", [["killed", 9, "exact", "civilian"]]],
  ["gunmen shot dead 7 herders near the well", [["killed", 7, "exact", "civilian"]]],
  ["11 protesters were wounded", [["injured", 11, "exact", "civilian"]]],
  [
    "a drone struck a bus, killing six passengers and injuring 11",
    [
      ["killed", 6, "exact", "civilian"],
      ["injured", 11, "exact", "civilian"],
    ],
  ],
  [
    "the strike left 14 dead and 30 wounded",
    [
      ["killed", 14, "exact", "unknown"],
      ["injured", 30, "exact", "unknown"],
    ],
  ],
  ["4 more deaths reported overnight in El Fasher", [["killed", 4, "exact", "unknown"]]],
  ["rescuers say 19 bodies recovered from rubble", [["killed", 19, "exact", "unknown"]]],
  ["17 servicemen taken prisoner near Hadrut", [["captured", 17, "exact", "military"]]],
  ["8 crew unaccounted for after ship sinks", [["missing", 8, "exact", "military"]]],
  ["11 civilians (incl. 3 women) killed in Ganja", [["killed", 11, "exact", "civilian"]]],
];

describe("extractCasualties: digest and wire phrasings", () => {
  for (const [text, expected] of table) {
    it(text, () => {
      assert.deepEqual(rows(text), expected);
    });
  }
});

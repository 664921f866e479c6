import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CasualtyClaim } from "@/lib/types/tags";
import { extractCasualties } from "./casualties";
import { docOf } from "./test-support";

// Table-style casualty cells (label, separator, figure), written for these tests:
// [kind, count, civilian, cumulative].
type Row = [CasualtyClaim["kind"], number, CasualtyClaim["civilian"], boolean];

function rows(text: string): Row[] {
  return extractCasualties(docOf(text), () => null).map((c) => [c.kind, c.count, c.civilian, c.cumulative]);
}

const table: Array<[string, Row[]]> = [
  ["soldiers killed (AM): 14", [["killed", 14, "military", false]]],
  // "in action" is said of soldiers
  ["Wounded in action - 6", [["injured", 6, "military", false]]],
  ["Missing in action: 2", [["missing", 2, "military", false]]],
  ["Dead | 8", [["killed", 8, "unknown", false]]],
  ["injured — 33", [["injured", 33, "unknown", false]]],
  ["Total dead: 120", [["killed", 120, "unknown", true]]],
  [
    "KIA 4 / WIA 21",
    [
      ["killed", 4, "military", false],
      ["injured", 21, "military", false],
    ],
  ],
  [
    "killed: 9; hurt: 17",
    [
      ["killed", 9, "unknown", false],
      ["injured", 17, "unknown", false],
    ],
  ],
  ["Deaths since March: 4,410", [["killed", 4410, "unknown", true]]],
  ["Wounded in Kassala today: 18", [["injured", 18, "unknown", false]]],
  // the mourners are no cell; "she was killed" is one death
  ["She was killed in Kosti: 300 mourners came", [["killed", 1, "unknown", false]]],
  ["Schools shelled since May: 12", []],
  [
    "Wounded: 14 soldiers, 6 civilians",
    [
      ["injured", 14, "military", false],
      ["injured", 6, "civilian", false],
    ],
  ],
  ["Killed 4 soldiers, 2 tanks destroyed", [["killed", 4, "military", false]]],
  // Negatives: no kind word in the label, a kind word inside prose before a rare mark, a mixed figure.
  ["Drones downed: 12", []],
  ["Vehicles destroyed | 5", []],
  ["the convoy he saw killed | 3 trucks", []],
  ["Tanks lost in action - 4", []],
];

describe("table-style casualty cells", () => {
  for (const [text, want] of table) {
    it(text, () => {
      assert.deepEqual(rows(text), want);
    });
  }
});

// How people died, and a toll that a breakdown stands among, written for these tests.
const manner: Array<[string, Row[]]> = [
  ["7 herders shot dead near the wells", [["killed", 7, "civilian", false]]],
  ["Three guards were beaten to death.", [["killed", 3, "military", false]]],
  ["Two patients succumbed to their injuries overnight.", [["killed", 2, "civilian", false]]],
  ["Four women were among 15 people killed in the raid.", [["killed", 15, "unknown", false]]],
  ["Shell kills family of six in Kosti", [["killed", 6, "civilian", false]]],
  ["The toll rose above 250.", [["killed", 250, "unknown", true]]],
  ["The tally climbed past 90 dead.", [["killed", 90, "unknown", true]]],
  [
    "4 civs + 3 mil killed",
    [
      ["killed", 4, "civilian", false],
      ["killed", 3, "military", false],
    ],
  ],
  ["nine (9) students were abducted", [["captured", 9, "civilian", false]]],
  ["4 civs + 3 tanks hit", []],
  ["The toll was revised up to 61.", [["killed", 61, "unknown", false]]],
  ["Fatalities have reached 75.", [["killed", 75, "unknown", true]]],
  ["The ministry named 23 more fallen servicemen.", [["killed", 23, "military", false]]],
  ["12 fallen trees blocked the road.", []],
  ["Moscow denied hitting homes, though 7 people died in the strike.", [["killed", 7, "unknown", false]]],
  ["The militia denied any role in the raid, which killed 31 people.", [["killed", 31, "unknown", false]]],
  ["The militia denied that 31 people were killed.", []],
  ["Fees were raised to 45.", []],
  ["UA police: civilians killed since 1 March — 17", [["killed", 17, "civilian", true]]],
  ["Total military losses since 1 March: 212", [["killed", 212, "military", true]]],
  ["Losses: 12", []],
  ["Strikes went on while the people killed since the spring: 40", []],
  ["The family of 3 soldiers spoke to reporters.", []],
  ["Temperatures rose above 45.", []],
  ["Eight fishermen drowned when the boat was hit.", [["killed", 8, "civilian", false]]],
  ["Militiamen slaughtered 25 herders.", [["killed", 25, "civilian", false]]],
  ["Six children were burned alive.", [["killed", 6, "civilian", false]]],
  ["11 people suffered burn injuries.", [["injured", 11, "unknown", false]]],
  ["The mine maimed 3 farmers.", [["injured", 3, "civilian", false]]],
  ["9 guards were summarily executed.", [["killed", 9, "military", false]]],
  ["15 people including 4 nurses were killed.", [["killed", 15, "unknown", false]]],
  ["Dozens of villagers among them children were wounded.", [["injured", 12, "civilian", false]]],
  ["Six people, two of them children, died.", [["killed", 6, "unknown", false]]],
  ["9 people including 2 women and 3 children died.", [["killed", 9, "unknown", false]]],
  [
    "Police arrested 12 people including 3 children in the raid and killed 2.",
    [["killed", 2, "unknown", false]],
  ],
  ["A shell hit the minibus, killing all 11 passengers.", [["killed", 11, "civilian", false]]],
  ["The brigade captured all 3 villages.", []],
  ["40 goats were slaughtered for the feast.", []],
  ["3 buildings suffered damage.", []],
  // Negatives: shot without death, things shot down or burned, a breakdown after "among them".
  ["3 soldiers shot at the checkpoint survived.", []],
  ["6 drones shot down over the lake", []],
  ["12 houses burned to the ground", []],
];

describe("manner of death and tolls with a breakdown", () => {
  for (const [text, want] of manner) {
    it(text, () => {
      assert.deepEqual(rows(text), want);
    });
  }
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CasualtyClaim } from "@/lib/types/tags";
import { extractCasualties } from "./casualties";
import { docOf } from "./test-support";

type Row = Pick<CasualtyClaim, "kind" | "count" | "qualifier" | "civilian" | "cumulative"> & {
  party?: string | null;
};

function claims(text: string): CasualtyClaim[] {
  return extractCasualties(docOf(text), () => null);
}

function row(c: CasualtyClaim): Row {
  return {
    kind: c.kind,
    count: c.count,
    qualifier: c.qualifier,
    civilian: c.civilian,
    cumulative: c.cumulative,
  };
}

const K = (
  kind: Row["kind"],
  count: number,
  qualifier: Row["qualifier"],
  civilian: Row["civilian"],
  cumulative = false,
) => ({
  kind,
  count,
  qualifier,
  civilian,
  cumulative,
});

const table: Array<[string, Row[]]> = [
  // counts and qualifiers
  ["Shelling overnight killed 1,204 fighters in the hills.", [K("killed", 1204, "exact", "military")]],
  ["Officials said twelve villagers were wounded.", [K("injured", 12, "exact", "civilian")]],
  ["Two dozen conscripts are missing after the ambush.", [K("missing", 24, "exact", "military")]],
  ["A dozen shepherds were taken captive near the river.", [K("captured", 12, "exact", "civilian")]],
  ["Dozens of residents were hurt.", [K("injured", 12, "vague", "civilian")]],
  ["Scores of soldiers died in the assault.", [K("killed", 20, "vague", "military")]],
  ["Hundreds were injured when the depot exploded.", [K("injured", 100, "vague", "unknown")]],
  ["Tens of people were reported missing.", [K("missing", 10, "vague", "unknown")]],
  [
    "Thousands of civilians have been killed in the conflict, monitors say.",
    [K("killed", 1000, "vague", "civilian", true)],
  ],
  ["At least 7 people died.", [K("killed", 7, "at least", "unknown")]],
  ["More than 40 troops were wounded.", [K("injured", 40, "more than", "military")]],
  ["About 15 fighters were captured.", [K("captured", 15, "about", "military")]],
  ["Up to 30 people may be trapped, and up to 30 were wounded.", [K("injured", 30, "up to", "unknown")]],
  // the verb before the count
  [
    "The barrage wounded 18 civilians and killed three.",
    [K("injured", 18, "exact", "civilian"), K("killed", 3, "exact", "civilian")],
  ],
  ["A drone hit the bus, killing at least 9 passengers.", [K("killed", 9, "at least", "civilian")]],
  [
    "The attack left 4 dead and 11 injured.",
    [K("killed", 4, "exact", "unknown"), K("injured", 11, "exact", "unknown")],
  ],
  ["Rebels captured 22 soldiers at the checkpoint.", [K("captured", 22, "exact", "military")]],
  ["Forty policemen lost their lives.", [K("killed", 40, "exact", "unknown")]],
  ["The raid claimed 6 lives.", [K("killed", 6, "exact", "unknown")]],
  // singular mentions count one
  [
    "A child was killed and a soldier was wounded.",
    [K("killed", 1, "exact", "civilian"), K("injured", 1, "exact", "military")],
  ],
  // a breakdown of a toll already counted is not another claim
  ["Nine people, including two journalists, were killed.", [K("killed", 9, "exact", "unknown")]],
  ["Fourteen died, incl. 7 kids.", [K("killed", 14, "exact", "unknown")]],
  ["Eleven people, most of them civilians, died overnight.", [K("killed", 11, "exact", "unknown")]],
  [
    "A rocket hit the block, killing six people, among them two toddlers.",
    [K("killed", 6, "exact", "unknown")],
  ],
  ["Footage shows the execution of two captured soldiers.", [K("killed", 2, "exact", "military")]],
  ["At least 60 prisoners of war are still held.", [K("captured", 60, "at least", "military", true)]],
  ["Nine wounded fighters were evacuated by road.", [K("injured", 9, "exact", "military")]],
  ["Twelve bodies were recovered from the rubble.", [K("killed", 12, "exact", "unknown")]],
  ["A family of five was killed when the house was hit.", [K("killed", 5, "exact", "civilian")]],
  ["A couple of drivers were wounded.", [K("injured", 2, "exact", "civilian")]],
  ["The army said 2.300 fighters were killed.", [K("killed", 2300, "exact", "military")]],
  ["40+ killed in the raid.", [K("killed", 40, "more than", "unknown")]],
  [
    "~30 wounded, approx. 12 dead.",
    [K("injured", 30, "about", "unknown"), K("killed", 12, "about", "unknown")],
  ],
  ["Three soldiers KIA, 5 WIA.", [K("killed", 3, "exact", "military"), K("injured", 5, "exact", "military")]],
  ["Twenty prisoners of war were released in a swap.", []],
  ["Both sides put 1,500 men out of action, killed and wounded.", []],
  ["Doctors said seven of the wounded were in critical condition.", []],
  ["One of the injured later died in hospital.", [K("killed", 1, "exact", "unknown")]],
  ["Paramilitary fighters shot dead 40 villagers.", [K("killed", 40, "exact", "civilian")]],
  ["Two aid workers were among those killed.", [K("killed", 2, "exact", "civilian")]],
  ["They said they had killed or captured thousands of soldiers.", []],
  [
    "Shelling killed a 14-year-old boy and injured 3 people.",
    [K("killed", 1, "exact", "civilian"), K("injured", 3, "exact", "unknown")],
  ],
  ["One resident of a village in the Naftalan district was killed.", [K("killed", 1, "exact", "civilian")]],
  ["Twelve Masalit were killed near the camp.", [K("killed", 12, "exact", "civilian")]],
  ["2000 people were killed in the siege.", [K("killed", 2000, "exact", "unknown")]],
  ["Sixty Armenian soldiers remain in captivity.", [K("captured", 60, "exact", "military", true)]],
  // cumulative or single incident
  ["Since 27 September 91 civilians have been killed.", [K("killed", 91, "exact", "civilian", true)]],
  ["Armenian military deaths rise to 1,177.", [K("killed", 1177, "exact", "military", true)]],
  [
    "The toll now stands at 45, up from 30 on Monday.",
    [K("killed", 45, "exact", "unknown", true), K("killed", 30, "exact", "unknown", true)],
  ],
  ["The death toll passed 100.", [K("killed", 100, "more than", "unknown", true)]],
  ["The toll rose to 31 on Sunday.", [K("killed", 31, "exact", "unknown", true)]],
  ["Since fighting began, 480 servicemen have died.", [K("killed", 480, "exact", "military", true)]],
  ["The number of civilians killed has reached 73.", [K("killed", 73, "exact", "civilian", true)]],
  ["Five people were killed in the strike on the market.", [K("killed", 5, "exact", "unknown")]],
  ["The death toll from the rocket attack on the town rose to 14.", [K("killed", 14, "exact", "unknown")]],
  // negations and non-casualties
  ["No casualties were reported after the blast.", []],
  ["The ministry denied that any soldiers were killed.", []],
  ["The ministry denied that 40 soldiers were killed.", []],
  ["No one was hurt.", []],
  ["The two states share 760 kilometres of border.", []],
  ["The ceasefire of 1994 froze the front line.", []],
  ["Some 5,000 troops were deployed to the border.", []],
  ["They shot down 40 drones and captured 3 tanks.", []],
  ["Tens of thousands could die if the dam breaks.", []],
  ["A 12-year-old boy and 3 soldiers were among those evacuated.", []],
  ["The soldiers were killed or wounded; 14 soldiers were killed or wounded.", []],
];

describe("extractCasualties", () => {
  for (const [text, expected] of table) {
    it(text, () => {
      assert.deepEqual(claims(text).map(row), expected);
    });
  }

  it("keeps the vague word and the exact evidence span", () => {
    const text = "Officials said hundreds more were injured overnight.";
    const [c] = claims(text);
    assert.equal(c?.vagueWord, "hundreds");
    assert.equal(c?.evidence.text, "hundreds more were injured");
    assert.equal(text.slice(c?.evidence.start, c?.evidence.end), c?.evidence.text);
  });

  it("takes the suffering party from the nationality of the victims", () => {
    const [c] = claims("Officials said the army killed 2,300 Armenian troops.");
    assert.equal(c?.party, "AM");
  });
});

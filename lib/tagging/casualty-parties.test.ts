import assert from "node:assert/strict";
import path from "node:path";
import { before, describe, it } from "node:test";
import { loadTagger, type Tagger } from "./index";
import { REPO_ROOT } from "./test-support";

/** Whose losses a figure counts and who states it, read from sentences written for this test. */
let tagger: Tagger;
before(() => {
  tagger = loadTagger({ dataDir: path.join(REPO_ROOT, "data") });
});

type Who = { count: number; party: string | null; claimedBy: string | null };
const first = (text: string): Who | undefined => {
  const c = tagger.tag({ title: "", text }).casualties[0];
  return c && { count: c.count, party: c.party, claimedBy: c.claimedBy };
};

const table: Array<[string, Who]> = [
  // a state reporting deaths without naming whose reports its own
  [
    "Azerbaijan's prosecutor said 14 civilians had been killed since Armenia's attack began.",
    { count: 14, party: "AZ", claimedBy: "AZ" },
  ],
  [
    "Ukraine's emergency service said 6 people were killed overnight by Russian drones.",
    { count: 6, party: "UA", claimedBy: "UA" },
  ],
  // ... a state that is not at war in the text reports nobody's own
  [
    "Moscow said almost 5,000 people had been killed on both sides of the Karabakh conflict.",
    { count: 5000, party: null, claimedBy: "RU" },
  ],
  // foreign reporters and aid staff belong to no side
  ["Two French reporters were wounded in Martuni.", { count: 2, party: null, claimedBy: null }],
  ["Three MSF staff were killed near the camp.", { count: 3, party: null, claimedBy: null }],
  // ... but civilians of a civil war are nobody's side
  ["Sudan's army said 30 civilians were killed in the market.", { count: 30, party: null, claimedBy: "SD" }],
  // a side counting what it did counts its enemy's losses
  [
    "Kyiv said its artillery had killed 70 soldiers near Bakhmut.",
    { count: 70, party: "RU", claimedBy: "UA" },
  ],
  ["The RSF said it had taken 150 soldiers prisoner.", { count: 150, party: "SD", claimedBy: "rsf" }],
  // a side's own fire does not kill its own people
  [
    "Ukrainian shelling killed 4 people in Donetsk, officials there said.",
    { count: 4, party: "RU", claimedBy: null },
  ],
  ["Russian missiles killed 9 people in Odesa.", { count: 9, party: "UA", claimedBy: null }],
  // own losses written as losses
  [
    "The Armenian defence ministry put its own losses at 940 servicemen.",
    { count: 940, party: "AM", claimedBy: "AM" },
  ],
  // digest lines that open with their source
  ["Baku: 2 civilians killed in Barda", { count: 2, party: "AZ", claimedBy: "AZ" }],
  ["(AM MoD) 7 soldiers killed", { count: 7, party: "AM", claimedBy: "AM" }],
  ["Armenian losses: 12 soldiers killed", { count: 12, party: "AM", claimedBy: null }],
  // a place's own office speaks for whoever holds the place
  [
    "A missile hit a block in Dnipro, killing 30 people, regional governor Petro Sas said.",
    { count: 30, party: "UA", claimedBy: "UA" },
  ],
  [
    "Drone debris injured 4 people in Belgorod, the city's mayor said.",
    { count: 4, party: "RU", claimedBy: "RU" },
  ],
  // ... when the office is the role of a named speaker, and for the police
  [
    "Shelling wounded 5 people in Kharkiv, the regional governor, Ivan Petrenko, said.",
    { count: 5, party: "UA", claimedBy: "UA" },
  ],
  [
    "A strike on a bus stop in Kherson killed 3 people, police said.",
    { count: 3, party: "UA", claimedBy: "UA" },
  ],
  [
    "Zaporizhzhia: 2 killed in a drone attack (regional mil. admin)",
    { count: 2, party: "UA", claimedBy: "UA" },
  ],
  // a side reporting fighters killed, with no side named, reports its own losses
  [
    "A Houthi military spokesman said four fighters were killed in the raids.",
    { count: 4, party: "houthis", claimedBy: "houthis" },
  ],
  // an army publishing the names of its dead claims them
  [
    "The Karabakh army published the names of 12 more servicemen killed in action.",
    { count: 12, party: "karabakh-authorities", claimedBy: "karabakh-authorities" },
  ],
  // a report's source line speaks for the figures below it
  [
    "Sources: ICRC field office\n- Tuesday: 7 people killed near the bridge",
    { count: 7, party: null, claimedBy: "ICRC" },
  ],
  // the Gaza health ministry is Hamas's; the dead are Palestinians
  ["Gaza MoH: 41 killed in Khan Younis overnight", { count: 41, party: "PS", claimedBy: "hamas" }],
  // captives who died are deaths, not captures
  ["Hamas said 3 hostages had been killed in an air strike.", { count: 3, party: null, claimedBy: "hamas" }],
];

describe("casualty party and claimant", () => {
  for (const [text, expected] of table) {
    it(text, () => {
      assert.deepEqual(first(text), expected);
    });
  }

  it("gives a region's governor the side holding the region the article's events happened in", () => {
    const text =
      "Drones struck villages across the Belgorod region overnight. The acting governor of the region said 3 civilians had been killed.";
    assert.equal(first(text)?.claimedBy, "RU");
  });

  it("takes the side of the place where the article's event happened when the claim's sentence names none", () => {
    const tags = tagger.tag({
      title: "",
      text: "A rocket hit a house in Ganja overnight. Four people were killed.",
    });
    assert.equal(tags.casualties[0]?.party, "AZ");
  });

  it("reads civilian or military status from the words around a bare figure", () => {
    const civ = (text: string) => tagger.tag({ title: "", text }).casualties.map((c) => c.civilian);
    assert.deepEqual(civ("Twelve civilians were killed and 30 wounded."), ["civilian", "civilian"]);
    assert.deepEqual(civ("Arm MoD: 6 KIA, 9 WIA"), ["military", "military"]);
    assert.deepEqual(civ("A missile hit the bulk carrier, killing three crew members."), ["civilian"]);
    assert.deepEqual(civ("A missile hit the warship, killing three crew members."), ["military"]);
    assert.deepEqual(civ("The massacre left 240 victims."), ["civilian"]);
  });

  it("reads a hostage who died as killed", () => {
    const [c] = tagger.tag({ title: "", text: "Two hostages died in captivity, the group said." }).casualties;
    assert.equal(c?.kind, "killed");
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type CasualtyClaim, taggedText } from "@/lib/types/tags";
import { extractCasualties } from "./casualties";
import { docOf } from "./test-support";

/** Casualty forms beyond "N people were killed": one person, several people named one by one, ranges,
 * figures after their victims, estimates, and agents that are not victims. Sentences written for this test. */
type Brief = [CasualtyClaim["kind"], number, CasualtyClaim["qualifier"]];

function brief(text: string): Brief[] {
  return extractCasualties(docOf(text), () => null).map((c) => [c.kind, c.count, c.qualifier]);
}

const table: Array<[string, Brief[]]> = [
  // one person
  ["A shepherd was killed by a mine near the village.", [["killed", 1, "exact"]]],
  ["An aid worker was wounded when the convoy came under fire.", [["injured", 1, "exact"]]],
  ["The drone strike killed a teenager on his way to school.", [["killed", 1, "exact"]]],
  ["The blast killed its driver instantly.", [["killed", 1, "exact"]]],
  ["A 9-year-old girl was among those killed.", [["killed", 1, "exact"]]],
  // the same person named again is not a second death
  [
    "A local reporter was killed on Friday. The reporter had covered the front for years and was killed by a shell.",
    [["killed", 1, "exact"]],
  ],
  // background, not news: a wake for someone who died earlier
  ["Mourners gathered at a wake for a fallen soldier.", []],
  // several people named one by one are one claim
  ["A farmer and his son were killed in the shelling.", [["killed", 2, "exact"]]],
  ["The missile killed a nurse and her three children.", [["killed", 4, "exact"]]],
  // but soldiers and civilians stay apart
  [
    "A soldier and a civilian were wounded.",
    [
      ["injured", 1, "exact"],
      ["injured", 1, "exact"],
    ],
  ],
  // counts written as words or with spaces
  ["A score of herders were shot dead.", [["killed", 20, "exact"]]],
  ["A half-dozen police officers were hurt.", [["injured", 6, "exact"]]],
  ["The agency put civilian deaths at 12 450.", [["killed", 12450, "exact"]]],
  // ranges read at their lower end
  ["Between 40 and 60 villagers were killed in the raid.", [["killed", 40, "at least"]]],
  ["Some 200-300 fighters were taken prisoner.", [["captured", 200, "about"]]],
  // a toll that moved
  [
    "The death toll rose from 18 to 26 overnight.",
    [
      ["killed", 18, "exact"],
      ["killed", 26, "exact"],
    ],
  ],
  // figures after their victims
  ["Among the dead were 8 firefighters.", [["killed", 8, "exact"]]],
  ["Those wounded included at least 15 students.", [["injured", 15, "at least"]]],
  ["The dead number in the thousands, relief groups say.", [["killed", 1000, "vague"]]],
  // ... unless a toll of that kind came first: then they break it down
  ["Thirty people died in the attack. Among the dead were 8 firefighters.", [["killed", 30, "exact"]]],
  // estimates and losses
  ["Military deaths are estimated at 4,000.", [["killed", 4000, "about"]]],
  ["The army's losses have reached 900 servicemen.", [["killed", 900, "exact"]]],
  ["Losses reached 40 tanks and 12 planes.", []],
  ["The losses of the enemy amounted to up to 30 servicemen and four tanks.", [["killed", 30, "up to"]]],
  ["Losses amounted to 12 tanks.", []],
  ["Three civilians, Mira Osei and her two sons, were killed.", [["killed", 3, "exact"]]],
  ["The blast killed a man and his elderly father.", [["killed", 2, "exact"]]],
  [
    "A soldier and a civilian were killed.",
    [
      ["killed", 1, "exact"],
      ["killed", 1, "exact"],
    ],
  ],
  ["Two residents received fatal wounds in the shelling.", [["killed", 2, "exact"]]],
  ["Four soldiers sustained mortal injuries.", [["killed", 4, "exact"]]],
  ["Four soldiers sustained serious injuries.", [["injured", 4, "exact"]]],
  ["Its units had taken prisoner up to a dozen soldiers on the ridge.", [["captured", 12, "up to"]]],
  ["The militia took captive 9 aid workers.", [["captured", 9, "exact"]]],
  ["They took prisoner 3 tanks and a truck.", []],
  ["As many as 70 people may have been killed.", [["killed", 70, "up to"]]],
  ["Up to 70 people could be killed if the dam gives way.", []],
  ["The militia said it had taken 85 soldiers prisoner.", [["captured", 85, "exact"]]],
  // headlines and digest lines drop the article
  ["Medic wounded near Lachin corridor", [["injured", 1, "exact"]]],
  [
    "Kharkiv: woman killed, 3 hurt",
    [
      ["killed", 1, "exact"],
      ["injured", 3, "exact"],
    ],
  ],
  ["Civilian deaths climb to 77", [["killed", 77, "exact"]]],
  // two nouns for one kind of person, and "more of its"
  ["Four crew members were injured.", [["injured", 4, "exact"]]],
  ["The ministry listed 19 more of its servicemen as killed.", [["killed", 19, "exact"]]],
  ["Moscow loses 300 troops in a day, Kyiv says", [["killed", 300, "exact"]]],
  // a denial of reports or claims covers the figure inside them
  ["The army denied reports that 30 soldiers had been captured.", []],
  ["Officials rejected the claims that 12 pilots were killed.", []],
  ["The agency feared that dozens may have died.", [["killed", 12, "vague"]]],
  // figures in scare quotes, as hasty digests write them
  ["Militia: took 'hundreds' of conscripts prisoner", [["captured", 100, "vague"]]],
  ["Port hit, 'a couple' hurt", [["injured", 2, "exact"]]],
  // a people's plural name is the noun
  ["About 300 Georgians were evacuated; 40 Armenians were killed.", [["killed", 40, "exact"]]],
  // bodies are deaths whatever the verb; a force's bare losses are its men
  ["Retreating troops left behind 25 bodies.", [["killed", 25, "exact"]]],
  ["Government units lost ~150 near the bridge.", [["killed", 150, "about"]]],
  ["The club lost 3 in a row.", []],
  // relatives are not the missing; hospital is a wound
  ["Hundreds of relatives of soldiers still missing rallied in the square.", []],
  ["Nine people were rushed to hospital.", [["injured", 9, "exact"]]],
  [
    "The ministry said 14 were killed, and 30 people were taken to hospital.",
    [
      ["killed", 14, "exact"],
      ["injured", 30, "exact"],
    ],
  ],
  // killed and wounded mixed in one figure is not a death toll
  ["They lost 900 troops, a figure that includes the wounded.", []],
  // "among the dead" with a place or time phrase between
  ["Among the dead from Sunday's raid were 6 nurses.", [["killed", 6, "exact"]]],
  // a date is not the start of a range
  ["The death toll since Oct. 7 rose to 1,250.", [["killed", 1250, "exact"]]],
  // digest tolls: a figure after a plural of kind, a toll's figure with no noun, a date in figures
  ["Arm MoD: total mil deaths 874", [["killed", 874, "exact"]]],
  ["earlier toll 'approx. 10' revised up", [["killed", 10, "about"]]],
  ["district civ toll since 27/9 now 18", [["killed", 18, "exact"]]],
  ["approx. 100 taken hostage overnight", [["captured", 100, "about"]]],
  ["4 journos hurt in 2nd strike", [["injured", 4, "exact"]]],
  // "up from" compares with the sentence's first figure
  [
    "The ministry said 550 people had been killed and 4,926 injured, up from 528.",
    [
      ["killed", 550, "exact"],
      ["injured", 4926, "exact"],
      ["killed", 528, "exact"],
    ],
  ],
  // hostages due to be freed are not a new capture
  ["The first 13 hostages held in the strip are due to be freed on Friday.", []],
  // more ways of dying, being hurt and being taken
  ["Nine people were gunned down at a checkpoint.", [["killed", 9, "exact"]]],
  ["Three people are in critical condition.", [["injured", 3, "exact"]]],
  ["Fifteen people required hospital treatment.", [["injured", 15, "exact"]]],
  ["About 200 soldiers surrendered to the advancing troops.", [["captured", 200, "about"]]],
  ["Militants beheaded 3 hostages.", [["killed", 3, "exact"]]],
  ["The group held 13 hostages.", [["captured", 13, "exact"]]],
  // people listed after things with one verb
  ["The army said it had captured 3 villages and 40 servicemen.", [["captured", 40, "exact"]]],
  ["They destroyed 12 tanks and 40 soldiers fled.", []],
  // past a relative clause to the main verb
  ["Eleven marines who had crossed the river were taken prisoner.", [["captured", 11, "exact"]]],
  ["About 2,000 refugees who lived in the two camps remain unaccounted for.", [["missing", 2000, "about"]]],
  ["Nine soldiers who died in the fighting were buried on Monday.", [["killed", 9, "exact"]]],
  // "among the dead" after a toll breaks it down
  ["Over 100 people were killed, at least 35 children among the dead.", [["killed", 100, "more than"]]],
  // a figure ending a digest line, with a time-stamped line after it
  [
    "at least 21 civs killed, 70+ wounded\n15:00 figures from the hospital:",
    [
      ["killed", 21, "at least"],
      ["injured", 70, "more than"],
    ],
  ],
  // a table in two lines
  [
    "civilian dead | wounded\n21 | 72",
    [
      ["killed", 21, "exact"],
      ["injured", 72, "exact"],
    ],
  ],
  [
    "killed | injured\napprox. 30 | 50+",
    [
      ["killed", 30, "about"],
      ["injured", 50, "more than"],
    ],
  ],
  // a figure ending a line is not grouped with a time on the next one
  [
    "dead | injured\n21 | 72\n16:20 shelling resumed",
    [
      ["killed", 21, "exact"],
      ["injured", 72, "exact"],
    ],
  ],
  // a day before its month; a side's name opening a table label
  [
    "names of 16 more fallen soldiers published, total since 27 Sep now 673",
    [
      ["killed", 16, "exact"],
      ["killed", 673, "exact"],
    ],
  ],
  ["- NK army dead per its own list: 1,177 (names published)", [["killed", 1177, "exact"]]],
  // a digest list item with no article
  [
    "UA drone hit a minibus, driver killed, 6 passengers hurt",
    [
      ["killed", 1, "exact"],
      ["injured", 6, "exact"],
    ],
  ],
  // more digest forms
  ["Arm MoD: still unaccounted for — approx. 240 servicemen", [["missing", 240, "about"]]],
  ["civs WIA x2, per the ombudsman", [["injured", 2, "exact"]]],
  ["toll since 27.09 = 220", [["killed", 220, "exact"]]],
  ["NK ombudsman: total civ deaths since start approx 31", [["killed", 31, "about"]]],
  ["UN monitors: civilian deaths in Ukraine top 11,000", [["killed", 11000, "more than"]]],
  [
    "Strikes killed 22, wounded 111 over past 24h",
    [
      ["killed", 22, "exact"],
      ["injured", 111, "exact"],
    ],
  ],
  ["at least 60 soldiers & civs held by the other side", [["captured", 60, "at least"]]],
  ["Three reporters — two French and a Russian photographer — were wounded.", [["injured", 3, "exact"]]],
  // manners, burns, a body
  ["At least 600 villagers were hacked, stabbed or strangled to death.", [["killed", 600, "at least"]]],
  [
    "Three sailors died and four others were badly burned.",
    [
      ["killed", 3, "exact"],
      ["injured", 4, "exact"],
    ],
  ],
  ["Rescuers searched the rubble for the body of a commander.", [["killed", 1, "exact"]]],
  ["Twelve houses were burned.", []],
  ["Israel is due to free 90 prisoners in return.", []],
  // one more person, a couple, an office over a place, a bare headline object
  [
    "The crash killed two crew members and injured a third.",
    [
      ["killed", 2, "exact"],
      ["injured", 1, "exact"],
    ],
  ],
  [
    "Gunmen killed one man and wounded another.",
    [
      ["killed", 1, "exact"],
      ["injured", 1, "exact"],
    ],
  ],
  [
    "RU: couple killed in car, daughter injured",
    [
      ["killed", 2, "exact"],
      ["injured", 1, "exact"],
    ],
  ],
  ["village head shot dead by sniper", [["killed", 1, "exact"]]],
  ["Drone attack on port kills dockworker", [["killed", 1, "exact"]]],
  ["A second worker was unaccounted for.", [["missing", 1, "exact"]]],
  ["A fourth person, an elderly neighbour, died in hospital.", [["killed", 1, "exact"]]],
  // possessives, "with" phrases, quoted subjects, a toll's earlier figure with no noun
  ["The ministry said 974 of Karabakh's servicemen had been killed.", [["killed", 974, "exact"]]],
  ["Two journalists with them were also hurt.", [["injured", 2, "exact"]]],
  ['AZ: "occupiers" lost 2,300', [["killed", 2300, "exact"]]],
  ["It raised its military toll from 300 a day earlier.", [["killed", 300, "exact"]]],
  // a release later in another clause does not undo a capture
  ["At least 60 soldiers held by the other side; talks on a swap stalled.", [["captured", 60, "at least"]]],
  // translated and Arabic-language copy
  ["34 civilians received injuries of various degree.", [["injured", 34, "exact"]]],
  [
    "Two civilians died, one more received shrapnel wounds.",
    [
      ["killed", 2, "exact"],
      ["injured", 1, "exact"],
    ],
  ],
  ["More than 200 of the militia's elements were killed.", [["killed", 200, "more than"]]],
  ["Among its forces three martyrs fell.", [["killed", 3, "exact"]]],
  [
    "The strike led to the martyrdom of two young men and the injury of a civilian.",
    [
      ["killed", 2, "exact"],
      ["injured", 1, "exact"],
    ],
  ],
  ["3 Arm. soldiers taken prisoner near the village", [["captured", 3, "exact"]]],
  ["Killed in the West Bank incl. E. Jerusalem: 397", [["killed", 397, "exact"]]],
  // a denial of responsibility does not deny the deaths; a bracket is the reporter's
  [
    "Both sides deny responsibility for the shelling of the hospital (5 killed, per MSF).",
    [["killed", 5, "exact"]],
  ],
  // more toll forms: arrows, "(was N)", the toll after its figure
  [
    "mil. toll since 27/09 588 -> 604",
    [
      ["killed", 588, "exact"],
      ["killed", 604, "exact"],
    ],
  ],
  [
    "CIV TOLL 63 (WAS 61)",
    [
      ["killed", 63, "exact"],
      ["killed", 61, "exact"],
    ],
  ],
  [
    "The blast brought to at least 27 the number of civilians killed in the city.",
    [["killed", 27, "at least"]],
  ],
  // a pronoun for one person; a verb before a place phrase
  [
    "Officials first said a sailor was missing, then that he had been killed.",
    [
      ["missing", 1, "exact"],
      ["killed", 1, "exact"],
    ],
  ],
  ["He said he was wounded in 2016.", []],
  ["The enemy lost on the Kupiansk direction up to 75 servicemen.", [["killed", 75, "up to"]]],
  ["They stayed in the city 3 days.", []],
  // a quotation opening with the figure; a breakdown after "among them"
  ["The army said it killed 'more than 200 rebels' in the raid.", [["killed", 200, "more than"]]],
  [
    "The strike killed at least 33 people, among them 14 children and nine women.",
    [["killed", 33, "at least"]],
  ],
  // an agent is not a victim
  ["A gunman killed four worshippers at the shrine.", [["killed", 4, "exact"]]],
  ["Two snipers wounded a medic.", [["injured", 1, "exact"]]],
  [
    "9 killed 14 injured after the strike",
    [
      ["killed", 9, "exact"],
      ["injured", 14, "exact"],
    ],
  ],
];

describe("casualty forms", () => {
  for (const [text, expected] of table) {
    it(text, () => {
      assert.deepEqual(brief(text), expected);
    });
  }

  it("reads a figure that ends a headline above its body", () => {
    const doc = docOf(
      taggedText("Drone strike on market kills nine", "KHERSON, May 3 - A drone hit the market."),
    );
    assert.deepEqual(
      extractCasualties(doc, () => null).map((c) => [c.kind, c.count]),
      [["killed", 9]],
    );
  });

  it("counts a person named again in the body after the headline, but not twice in the body", () => {
    const doc = docOf(
      taggedText(
        "Regional governor killed in ambush",
        "The governor was killed on the highway. The governor had been killed, aides confirmed, by a roadside bomb.",
      ),
    );
    assert.deepEqual(
      extractCasualties(doc, () => null).map((c) => c.count),
      [1, 1],
    );
  });

  it("spans the whole group when victims are named one by one", () => {
    const [c] = extractCasualties(docOf("A farmer and his son were killed in the shelling."), () => null);
    assert.equal(c?.evidence.text, "A farmer and his son were killed");
  });
});

describe("running toll or single incident", () => {
  const rows: Array<[string, boolean]> = [
    ["Kyiv says 9,000 of its troops have died.", true],
    ["The official toll among servicemen is now 1,177.", true],
    ["Over the course of the war 400 children have been killed.", true],
    ["Over 300 people have been killed in the clashes, which began on Sept 27.", true],
    ["At least 12 people have been killed in a strike on the station.", false],
    ["Four soldiers have been killed overnight.", false],
    ["Five soldiers were killed on Tuesday.", false],
  ];
  for (const [text, cumulative] of rows) {
    it(text, () => {
      const [c] = extractCasualties(docOf(text), () => null);
      assert.equal(c?.cumulative, cumulative);
    });
  }
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractStatements } from "./statements";
import { docOf } from "./test-support";

// Hasty digest lines written for these tests: [speaker, direct, quote].
type Row = [speaker: string, direct: boolean, quote: string];

function rows(text: string): Row[] {
  return extractStatements(docOf(text)).map((s) => [s.speaker, s.direct, s.quote]);
}

const table: Array<[string, string, Row[]]> = [
  // A quotation that opens a longer claim stays in it; the whole line is the source's reported words.
  [
    "quote opening a claim",
    "AZ MoD: 'up to 40 Armenian soldiers destroyed' near Fuzuli overnight",
    [["AZ MoD", false, "'up to 40 Armenian soldiers destroyed' near Fuzuli overnight"]],
  ],
  [
    "vague word in scare quotes",
    "UA GS: 'dozens' of RU troops killed near Bakhmut",
    [["UA GS", false, "'dozens' of RU troops killed near Bakhmut"]],
  ],
  [
    "two quoted catchwords and a tail",
    "AZ MoD: 'heavy losses', 'panic' in Armenian ranks",
    [["AZ MoD", false, "'heavy losses', 'panic' in Armenian ranks"]],
  ],
  [
    "quotation inside the claim",
    "Arm MoD: Baku 'lying again' about Goris",
    [["Arm MoD", false, "Baku 'lying again' about Goris"]],
  ],
  // A claim that is all one quotation is still direct.
  [
    "whole claim quoted",
    "Arm MoD: 'no such strike took place'.",
    [["Arm MoD", true, "no such strike took place"]],
  ],
  // A clipped word's dot does not end the claim.
  [
    "compass letter",
    "IDF: 3 soldiers wounded in n. Gaza clashes",
    [["IDF", false, "3 soldiers wounded in n. Gaza clashes"]],
  ],
  [
    "clipped noun",
    "IRGC: op. 'Black Rain' hit two bases",
    [["IRGC", false, "op. 'Black Rain' hit two bases"]],
  ],
  // Offices written with clipped words and dots.
  [
    "regional governor clipped",
    "Sumy reg. gov: 2 civs killed in Shostka shelling",
    [["Sumy reg. gov", false, "2 civs killed in Shostka shelling"]],
  ],
  [
    "ministry clipped",
    "Leb. health min.: strikes on Sidon killed 9",
    [["Leb. health min.", false, "strikes on Sidon killed 9"]],
  ],
  [
    "side code and clipped office",
    "FR def. min.: Paris will send 2 more jets",
    [["FR def. min.", false, "Paris will send 2 more jets"]],
  ],
  [
    "committee clipped",
    "local cttee: 40+ killed incl. 9 children",
    [["local cttee", false, "40+ killed incl. 9 children"]],
  ],
  // A side's code before an office's acronym.
  [
    "code and acronym",
    "UA SOF: 12 officers dead, 30 wounded",
    [["UA SOF", false, "12 officers dead, 30 wounded"]],
  ],
  [
    "two-letter code and acronym",
    "IL PMO: 5 hostages released today",
    [["IL PMO", false, "5 hostages released today"]],
  ],
  // Three-letter country codes and emergency services.
  ["alpha-3 code", "SDN: most dead women & children", [["SDN", false, "most dead women & children"]]],
  ["emergency service", "MDA: 3 lightly hurt by shrapnel", [["MDA", false, "3 lightly hurt by shrapnel"]]],
  // An office word closing a phrase with a clipped office or a known acronym; a bare known acronym.
  [
    "clipped office closing",
    "Gaza health min: 900 killed since Friday",
    [["Gaza health min", false, "900 killed since Friday"]],
  ],
  [
    "acronym, noun, office",
    "IPC review committee: famine in Tawila camp",
    [["IPC review committee", false, "famine in Tawila camp"]],
  ],
  [
    "bare known acronym",
    "CENTCOM: 3 drones downed over the Red Sea",
    [["CENTCOM", false, "3 drones downed over the Red Sea"]],
  ],
  [
    "boss",
    "Wagner boss: his men hold 'all of Soledar'",
    [["Wagner boss", false, "his men hold 'all of Soledar'"]],
  ],
  // A count before a dash is no source; a dashed source line still is.
  [
    "count before paired dashes",
    "Four aid workers — two nurses and a driver — were hurt, officials said.",
    [["officials", false, "Four aid workers — two nurses and a driver — were hurt"]],
  ],
  [
    "dashed source line",
    "Arm MoD - shelling of Goris - 2 hurt",
    [["Arm MoD", false, "shelling of Goris - 2 hurt"]],
  ],
  // Not sources.
  ["place heading", "Kherson: 3 dead in shelling", []],
  ["no clipped word", "Day 40: heavy fighting in the east. Kyiv quiet", []],
];

describe("digest lines: quotes inside claims, clipped offices", () => {
  for (const [name, text, want] of table) {
    it(name, () => assert.deepEqual(rows(text), want));
  }
});

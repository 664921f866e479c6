import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractStatements } from "./statements";
import { docOf } from "./test-support";

// Reported speech in wire and hasty-digest style, written for these tests: [speaker, direct, quote].
type Row = [speaker: string, direct: boolean, quote: string];

function rows(text: string): Row[] {
  return extractStatements(docOf(text)).map((s) => [s.speaker, s.direct, s.quote]);
}

const table: Array<[string, Row[]]> = [
  ["The ICRC demanded that aid convoys be let through.", [["The ICRC", false, "aid convoys be let through"]]],
  [
    "The foreign ministry said in a statement the talks had failed.",
    [["The foreign ministry", false, "the talks had failed"]],
  ],
  ["Pashinyan says: we are ready for talks", [["Pashinyan", false, "we are ready for talks"]]],
  [
    "The minister stressed civilians were not targeted.",
    [["The minister", false, "civilians were not targeted"]],
  ],
  [
    "Aliyev vowed the army would liberate every village.",
    [["Aliyev", false, "the army would liberate every village"]],
  ],
  ["UA air force: 30 of 35 drones shot down", [["UA air force", false, "30 of 35 drones shot down"]]],
  [
    "The border town was shelled overnight, the border guard service said.",
    [["the border guard service", false, "The border town was shelled overnight"]],
  ],
  [
    "Hajiyev told reporters the shelling of Ganja was a war crime.",
    [["Hajiyev", false, "the shelling of Ganja was a war crime"]],
  ],
  ["Zelensky wrote on X that air defences were working.", [["Zelensky", false, "air defences were working"]]],
  [
    "AZ MoD: Armenian forces shelled Tartar overnight",
    [["AZ MoD", false, "Armenian forces shelled Tartar overnight"]],
  ],
  ["“We will not retreat” — Pashinyan", [["Pashinyan", true, "We will not retreat"]]],
  ["azerbaijan says it retook jabrayil", [["azerbaijan", false, "it retook jabrayil"]]],
  [
    "Getachew Reda tells Reuters Tigrayan forces pulled out of Afar",
    [["Getachew Reda", false, "Tigrayan forces pulled out of Afar"]],
  ],
  ["EHRC says at least 100 killed in Axum", [["EHRC", false, "at least 100 killed in Axum"]]],
  ["WFP warns 5 million face famine", [["WFP", false, "5 million face famine"]]],
  ["Gaza health ministry says toll passes 30,000", [["Gaza health ministry", false, "toll passes 30,000"]]],
  [
    "eritrea's info minister: allegations are baseless",
    [["eritrea's info minister", false, "allegations are baseless"]],
  ],
  ["armenia's foreign ministry: talks postponed", [["armenia's foreign ministry", false, "talks postponed"]]],
  ["Kyiv: explosions heard", []],
  [
    "The governor said on Telegram: 'Two people were wounded in the town'",
    [["The governor", true, "Two people were wounded in the town"]],
  ],
  [
    'The ministry said in a statement: "The strikes were precise."',
    [["The ministry", true, "The strikes were precise."]],
  ],
  ["pashinyan says armenia ready for talks", [["pashinyan", false, "armenia ready for talks"]]],
  [
    "kremlin says putin, erdogan discussed karabakh",
    [["kremlin", false, "putin, erdogan discussed karabakh"]],
  ],
  ["ENDF: TPLF positions overrun near Alamata", [["ENDF", false, "TPLF positions overrun near Alamata"]]],
  [
    "Tigray comms bureau: drone strike hit Mekelle",
    [["Tigray comms bureau", false, "drone strike hit Mekelle"]],
  ],
  ["Aliyev said, however, the army would press on.", [["Aliyev", false, "the army would press on"]]],
  ["The minister told parliament the army was ready.", [["The minister", false, "the army was ready"]]],
  [
    "Stepanyan told the BBC Armenian forces held the line.",
    [["Stepanyan", false, "Armenian forces held the line"]],
  ],
  [
    "Jeyhun Bayramov, Azerbaijan's foreign minister, said the deal was fair.",
    [["Jeyhun Bayramov", false, "the deal was fair"]],
  ],
  ["The ombudsman said shelling continued.", [["The ombudsman", false, "shelling continued"]]],
  ["Sources told the agency the offensive had stalled.", [["Sources", false, "the offensive had stalled"]]],
  ["The ministry said so.", []],
  // Attributions without a speech verb are not statements.
  ["According to the ministry, the road was cut.", []],
];

describe("extractStatements: digest and wire phrasings", () => {
  for (const [text, expected] of table) {
    it(text, () => {
      assert.deepEqual(rows(text), expected);
    });
  }
});

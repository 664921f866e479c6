import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractStatements } from "./statements";
import { docOf } from "./test-support";

// Hasty digest lines (Telegram-style bullets, short forms, no punctuation), written for these tests:
// [speaker, quote]. All are reported, none direct.
type Row = [speaker: string, quote: string];

function rows(text: string): Row[] {
  return extractStatements(docOf(text)).map((s) => [s.speaker, s.quote]);
}

const positives: Array<[string, Row[]]> = [
  [
    "AZ MoD: 3 tanks destroyed | Arm MoD: attack repelled",
    [
      ["AZ MoD", "3 tanks destroyed"],
      ["Arm MoD", "attack repelled"],
    ],
  ],
  [
    "Arm MoD: AZ drone downed; AZ MoD: claim false",
    [
      ["Arm MoD", "AZ drone downed"],
      ["AZ MoD", "claim false"],
    ],
  ],
  ["UA GS update: 1,100 RU troops killed", [["UA GS", "1,100 RU troops killed"]]],
  ["AZ MoD statement: Arm forces shelled Tartar", [["AZ MoD", "Arm forces shelled Tartar"]]],
  ["Pashinyan on FB: we will not give up Shusha", [["Pashinyan", "we will not give up Shusha"]]],
  ["Tigray comms on X: ENDF shelling Adigrat", [["Tigray comms", "ENDF shelling Adigrat"]]],
  ["Aliyev (tweet): Hadrut liberated", [["Aliyev", "Hadrut liberated"]]],
  ["Aliyev tweets: Hadrut liberated", [["Aliyev", "Hadrut liberated"]]],
  ["Arm MoD confirms 3 dead", [["Arm MoD", "3 dead"]]],
  ["RSF confirms withdrawal from Jebel Moya", [["RSF", "withdrawal from Jebel Moya"]]],
  ["BREAKING: AZ MoD says Hadrut taken", [["AZ MoD", "Hadrut taken"]]],
  ["🇺🇦 GS: 1,200 RU troops killed in 24h", [["🇺🇦 GS", "1,200 RU troops killed in 24h"]]],
  ["AZ MoD → 3 villages taken near Jabrayil", [["AZ MoD", "3 villages taken near Jabrayil"]]],
  ["arm mod says az shelling goris", [["arm mod", "az shelling goris"]]],
  ["AZ MoD says took 3 villages near Jabrayil", [["AZ MoD", "took 3 villages near Jabrayil"]]],
  ["SAF spox - RSF drones hit Kosti power station", [["SAF spox", "RSF drones hit Kosti power station"]]],
  ["Houthis say they hit a tanker in the Red Sea", [["Houthis", "they hit a tanker in the Red Sea"]]],
  ["Gaza MoH: toll rises to 30,000", [["Gaza MoH", "toll rises to 30,000"]]],
  ["- UN OCHA: 25k displaced from Sennar in a week", [["UN OCHA", "25k displaced from Sennar in a week"]]],
  [
    "ENDF spox Daniel Abebe: TPLF positions overrun near Alamata",
    [["Daniel Abebe", "TPLF positions overrun near Alamata"]],
  ],
  [
    "2/ Arm MoD says AZ used Smerch on Stepanakert, AZ MoD denies",
    [["Arm MoD", "AZ used Smerch on Stepanakert"]],
  ],
  [
    "AZ MoD:\n- 3 tanks destroyed near Fuzuli\n- 2 drones downed over Tartar\nKarabakh: heavy fighting",
    [
      ["AZ MoD", "3 tanks destroyed near Fuzuli"],
      ["AZ MoD", "2 drones downed over Tartar"],
    ],
  ],
  [
    "[08:15] AZ MoD: Arm positions near Fuzuli destroyed",
    [["AZ MoD", "Arm positions near Fuzuli destroyed"]],
  ],
  ["(UPDATE) Arm MoD: AZ drone downed", [["Arm MoD", "AZ drone downed"]]],
  ["Residents tell Reuters: the army shelled the camp", [["Residents", "the army shelled the camp"]]],
  ["Arm MoD spox Anna Vardanyan (via FB): AZ attack repelled", [["Anna Vardanyan", "AZ attack repelled"]]],
  ["AZ MoD says Arm shelled Tartar; 2 civs killed", [["AZ MoD", "Arm shelled Tartar; 2 civs killed"]]],
  ["AZ MoD says Arm shelled Tartar; Arm MoD denies", [["AZ MoD", "Arm shelled Tartar"]]],
  [
    "AZ: Arm shelled Tartar. Arm: AZ lying about losses",
    [
      ["AZ", "Arm shelled Tartar"],
      ["Arm", "AZ lying about losses"],
    ],
  ],
  ["UN: 1.2 mil displaced, aid worth $2 bn pledged", [["UN", "1.2 mil displaced, aid worth $2 bn pledged"]]],
  [
    "Houthi mil spox: targeted MSC ship with missiles",
    [["Houthi mil spox", "targeted MSC ship with missiles"]],
  ],
  ["Israeli media: cabinet approved the deal", [["Israeli media", "cabinet approved the deal"]]],
  ["WAFA: settlers attacked village near Nablus", [["WAFA", "settlers attacked village near Nablus"]]],
  ["JEM: RSF attack on Tina repelled", [["JEM", "RSF attack on Tina repelled"]]],
  ["UN SecGen: fighting must stop now", [["UN SecGen", "fighting must stop now"]]],
  [
    "kyiv mayor: explosions in the capital, stay in shelters",
    [["kyiv mayor", "explosions in the capital, stay in shelters"]],
  ],
];

// Headings, citations and places that open a line with a colon or dash are no source speaking.
const negatives: Array<[string, Row[]]> = [
  ["Per AZ MoD: 3 villages taken", []],
  ["Via Arm MoD: 2 drones downed", []],
  ["Source: AZ MoD", []],
  ["Sources: Arm MoD, NK ombudsman", []],
  ["2 civ killed in Tartar per AZ prosecutor", []],
  ["3 killed in Barda (AZ prosecutor)", []],
  ["El Fasher: RSF shelling continues", []],
  ["Donetsk Oblast: heavy shelling all night", []],
  ["Bakhmut direction: 40 assaults repelled", []],
  ["Update 3: death toll rises to 40", []],
  ["GAZA: strikes continue overnight", []],
  // A source after a dash at the end of a line cites it, like a source in brackets.
  ["3 villages liberated - AZ MoD", []],
  ["Five killed in Kharkiv strike – governor", []],
  ["NOTE: figures are unverified", []],
  ["Casualties: 12 killed, 30 wounded", []],
  ["Video: Arm MoD footage of strikes near Fuzuli", []],
  ["Tigray: communications blackout continues", []],
  ["Khartoum - clashes near the airport", []],
  ["🇦🇿🇦🇲 clashes near Tovuz", []],
  ["Arm MoD rejects AZ claims", []],
  ["Arm MoD calls AZ claims lies", []],
  ["GAZA: strikes continue overnight", []],
  // A source after a dash at the end of a line cites it, like a source in brackets.
  ["3 villages liberated - AZ MoD", []],
  ["Five killed in Kharkiv strike – governor", []],
  ["NOTE: figures are unverified", []],
  ["Casualties:\n- 12 killed\n- 30 wounded", []],
  ["AZ MoD:\nArmenian forces shelled Tartar", []],
  ["North Darfur: RSF shelling of Abu Shouk camp", []],
];

for (const [name, table] of [
  ["sources", positives],
  ["no source", negatives],
] as const) {
  describe(`digest lines: ${name}`, () => {
    for (const [text, expected] of table) {
      it(text, () => {
        assert.deepEqual(rows(text), expected);
      });
    }
  });
}

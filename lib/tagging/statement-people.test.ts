import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractStatements } from "./statements";
import { docOf } from "./test-support";

// Ordinary people and unnamed officials as speakers, written for these tests (names invented):
// [speaker, direct, quote].
type Row = [speaker: string, direct: boolean, quote: string];

function rows(text: string): Row[] {
  return extractStatements(docOf(text)).map((s) => [s.speaker, s.direct, s.quote]);
}

const table: Array<[string, Row[]]> = [
  [
    "The ministry said 9 were hurt. “The cellar held,” rescue worker Dana Ilves said.",
    [
      ["The ministry", false, "9 were hurt"],
      ["Dana Ilves", true, "The cellar held"],
    ],
  ],
  [
    "Kyiv called the report “a fabrication”, and the ministry denied that any troops had crossed.",
    [
      ["Kyiv", true, "a fabrication"],
      ["the ministry", false, "any troops had crossed"],
    ],
  ],
  [
    "A priest in Axum told AP that soldiers had gone from house to house.",
    [["A priest in Axum", false, "soldiers had gone from house to house"]],
  ],
  [
    "A mother of three said the militia had taken her sons.",
    [["A mother of three", false, "the militia had taken her sons"]],
  ],
  [
    "A member of the local resistance committee said water had run out.",
    [["A member of the local resistance committee", false, "water had run out"]],
  ],
  [
    "“They took everything,” a farmer from Humera told the BBC.",
    [["a farmer from Humera", true, "They took everything"]],
  ],
  [
    "A Ukrainian soldier near Pokrovsk said the shelling never stopped.",
    [["A Ukrainian soldier near Pokrovsk", false, "the shelling never stopped"]],
  ],
  [
    "Displaced people in Adré told MSF they had walked for days.",
    [["Displaced people in Adré", false, "they had walked for days"]],
  ],
  [
    "A paramedic in Khan Younis said ambulances could not reach the wounded.",
    [["A paramedic in Khan Younis", false, "ambulances could not reach the wounded"]],
  ],
  [
    "The UN envoy met Ethiopia's foreign minister on Monday. He said afterwards that talks had been constructive.",
    [["The UN envoy", false, "talks had been constructive"]],
  ],
  [
    "The Kremlin spokesman was asked about the strike. He declined to comment but said talks were possible.",
    [["The Kremlin spokesman", false, "talks were possible"]],
  ],
  [
    "Amina Yusuf, 41, fled with her children. “We walked for six days,” she said.",
    [["Amina Yusuf", true, "We walked for six days"]],
  ],
  [
    "The minister was defiant:\n“We will not withdraw a single soldier.”",
    [["The minister", true, "We will not withdraw a single soldier."]],
  ],
  [
    "‘We need water,’ one displaced woman told MSF staff in Tawila.",
    [["one displaced woman", true, "We need water"]],
  ],
];

// Outlets, firms, bloggers and armed wings.
const outlets: Array<[string, Row[]]> = [
  [
    "The UKMTO maritime agency said a vessel was hit by a projectile off Hodeidah.",
    [["The UKMTO maritime agency", false, "a vessel was hit by a projectile off Hodeidah"]],
  ],
  [
    "British maritime security firm Ambrey said the tanker was struck twice.",
    [["Ambrey", false, "the tanker was struck twice"]],
  ],
  [
    "Israel's Channel 12 reported that talks had stalled.",
    [["Israel's Channel 12", false, "talks had stalled"]],
  ],
  [
    "Ukraine's General Staff said in its morning update Russia had lost 1,100 troops.",
    [["Ukraine's General Staff", false, "Russia had lost 1,100 troops"]],
  ],
  [
    "Pro-Kremlin bloggers said the bridge was damaged.",
    [["Pro-Kremlin bloggers", false, "the bridge was damaged"]],
  ],
  [
    "Tigray Television, run by the TPLF, reported that federal troops were shelling Mekelle.",
    [["Tigray Television", false, "federal troops were shelling Mekelle"]],
  ],
  [
    "IDF spokesperson Rear Adm. Dan Shalev said troops had located a tunnel shaft.",
    [["Dan Shalev", false, "troops had located a tunnel shaft"]],
  ],
  [
    "A UN document seen by Reuters said aid deliveries had fallen by half.",
    [["UN", false, "aid deliveries had fallen by half"]],
  ],
];

// Nouns that look like speech verbs, and speech that is denied or withheld.
const negatives: Array<[string, Row[]]> = [
  ["Azerbaijani claims that Armenian forces shelled Tartar could not be verified.", []],
  ["The army did not say how many soldiers were killed.", []],
  ["The ministry declined to say whether the town had fallen.", []],
  ["Victims: 12 identified so far", []],
  ["The army spokesman denied the reports.", []],
  ["Baku rejected the claims and denied the allegations.", []],
];

for (const [name, rowsOf] of [
  ["people and unnamed officials", table],
  ["outlets, firms and bloggers", outlets],
  ["no statement", negatives],
] as const) {
  describe(`statements by ${name}`, () => {
    for (const [text, expected] of rowsOf) {
      it(text, () => {
        assert.deepEqual(rows(text), expected);
      });
    }
  });
}

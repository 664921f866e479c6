import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractStatements } from "./statements";
import { docOf } from "./test-support";

type Row = [speaker: string, direct: boolean, quote: string];

function rows(text: string): Row[] {
  return extractStatements(docOf(text)).map((s) => [s.speaker, s.direct, s.quote]);
}

/** Wire copy where the attribution is followed by more words of its own, and questions in quotes. */
const table: Array<[string, string, Row[]]> = [
  [
    "content first, attribution, then a participle naming the event in quotes",
    'Four fishermen were missing after the night of shelling, the UN\'s refugee agency said on Friday, calling the raid "shameful".',
    [
      ["the UN's refugee agency", false, "Four fishermen were missing after the night of shelling"],
      ["the UN's refugee agency", true, "shameful"],
    ],
  ],
  [
    "said X, calling Y 'Z': the clause stops before the participle",
    'The UNHCR\'s high commissioner said about 900 families had fled the valley, calling the week "a disaster".',
    [
      ["The UNHCR's high commissioner", true, "a disaster"],
      ["The UNHCR's high commissioner", false, "about 900 families had fled the valley"],
    ],
  ],
  [
    "a watchdog speaks",
    "A missile hit the grain terminal in the port, the UN's food watchdog says.",
    [["the UN's food watchdog", false, "A missile hit the grain terminal in the port"]],
  ],
  [
    "a pronoun's attribution followed by an 'as' clause",
    "Rockets hit a crowded market on Friday, Governor Ivan Petrenko said on Telegram. Six more were still missing late at night, he said, as rescuers searched the rubble.",
    [
      ["Ivan Petrenko", false, "Rockets hit a crowded market on Friday"],
      ["Ivan Petrenko", false, "Six more were still missing late at night"],
    ],
  ],
  [
    "'without giving details' is no part of the report",
    "The Ruritanian army said that it hit 'an enemy depot' near the bridge, without giving details.",
    [["The Ruritanian army", false, "it hit 'an enemy depot' near the bridge"]],
  ],
  [
    "told reporters with a time phrase after it",
    "After nine hours of talks, the two sides agreed to swap prisoners, the Turkish foreign minister told reporters shortly after midnight.",
    [
      [
        "the Turkish foreign minister",
        false,
        "After nine hours of talks, the two sides agreed to swap prisoners",
      ],
    ],
  ],
  [
    "a question in quotes ends its sentence; the speaker opens the next",
    'Lilit Avetyan has lived in the cellar for ten days. "Which soldier lives in my kitchen?" Avetyan asked, holding up a cup.',
    [["Avetyan", true, "Which soldier lives in my kitchen?"]],
  ],
  [
    "a question with a pronoun after it takes the earlier speaker",
    'Kevin Marrow, a farmer, said the well had gone dry. "Where do we go now?" he asked.',
    [
      ["Kevin Marrow", false, "the well had gone dry"],
      ["Kevin Marrow", true, "Where do we go now?"],
    ],
  ],
];

describe("statements: asides after the attribution, questions", () => {
  for (const [name, text, expected] of table) {
    it(name, () => assert.deepEqual(rows(text), expected));
  }
});

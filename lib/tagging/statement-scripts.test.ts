import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractStatements } from "./statements";
import { docOf } from "./test-support";

// Lines in Cyrillic, with flags, without capitals, and wire slugs glued to a headline, written for these tests:
// [speaker, role, affiliation, quote].
type Row = [speaker: string, role: string | null, affiliation: string | null, quote: string];

function rows(text: string): Row[] {
  return extractStatements(docOf(text)).map((s) => [s.speaker, s.role, s.affiliation, s.quote]);
}

const table: Array<[string, Row[]]> = [
  [
    "Міноборони РФ заявило, що знищило 20 дронів.",
    [["Міноборони РФ", "Міноборони", "RU", "знищило 20 дронів"]],
  ],
  [
    "Минобороны России сообщает, что сбиты 12 беспилотников",
    [["Минобороны России", "Минобороны", "RU", "сбиты 12 беспилотников"]],
  ],
  ["Генштаб ЗСУ: знищено 12 танків", [["Генштаб ЗСУ", "Генштаб", "UA", "знищено 12 танків"]]],
  ["🇦🇲 MoD: AZ drone downed over Martuni", [["🇦🇲 MoD", "MoD", "AM", "AZ drone downed over Martuni"]]],
  [
    "EXCLUSIVE-Ukraine says Russia used banned munitions",
    [["EXCLUSIVE-Ukraine", null, "UA", "Russia used banned munitions"]],
  ],
  // Lines without capitals: acronyms the lexicon keeps in capitals, names next to their office.
  ["idf: 2 soldiers killed in southern gaza", [["idf", null, "IL", "2 soldiers killed in southern gaza"]]],
  ["un says 10 million displaced in sudan", [["un", null, "UN", "10 million displaced in sudan"]]],
  [
    "tigray spokesman getachew: federal troops shelled mekelle",
    [["getachew", "spokesman", "tplf", "federal troops shelled mekelle"]],
  ],
  // A Russian sentence with no speech verb reports nothing.
  ["Взрывы прогремели в Белгороде ночью.", []],
];

describe("statements in other scripts and with wire slugs", () => {
  for (const [text, expected] of table) {
    it(text, () => {
      assert.deepEqual(rows(text), expected);
    });
  }
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractStatements } from "./statements";
import { docOf } from "./test-support";

type Row = [speaker: string, direct: boolean, quote: string];

function rows(text: string): Row[] {
  return extractStatements(docOf(text)).map((s) => [s.speaker, s.direct, s.quote]);
}

/** Translated wire copy and live-blog or digest lines that hand over to another source. */
const table: Array<[string, string, Row[]]> = [
  [
    "translated: 'it was reported by' names the source after the content",
    "After the bombardment of the village of Tarsk, three residents died, it was reported by the regional governor in his Telegram channel.",
    [["the regional governor", false, "After the bombardment of the village of Tarsk, three residents died"]],
  ],
  [
    "translated: 'it has been announced by'",
    "Two power lines were cut in the night, it has been announced by the regional administration.",
    [["the regional administration", false, "Two power lines were cut in the night"]],
  ],
  ["a passive with no 'it' is no attribution", "The convoy was reported by drivers to have turned back.", []],
  [
    "digest: an arrow hands over to a second source",
    "rebel mil spox: 'we hit the frigate, direct hit' -> CENTCOM: frigate hit, no casualties, still under way",
    [
      ["rebel mil spox", true, "we hit the frigate, direct hit"],
      ["CENTCOM", false, "frigate hit, no casualties, still under way"],
    ],
  ],
  [
    "digest: an arrow after an event hands over to a source",
    "air strikes on ~20 sites near the coast -> rebels: 3 fighters killed, 4 wounded",
    [["rebels", false, "3 fighters killed, 4 wounded"]],
  ],
  [
    "digest: an arrow straight after the source is its separator",
    "AZ MoD -> 3 tanks destroyed near Fuzuli",
    [["AZ MoD", false, "3 tanks destroyed near Fuzuli"]],
  ],
  [
    "digest: a spaced slash between a place and a source",
    "zarya (north bank) / RU MoD: 2 boats destroyed, up to 20 marines killed",
    [["RU MoD", false, "2 boats destroyed, up to 20 marines killed"]],
  ],
  [
    "digest: a slash between two spellings of a place is no source",
    "kupiansk / kupyansk: heavy shelling overnight",
    [],
  ],
  [
    "digest: 'say our sources' after a claim opened by a quoted word",
    "zarya: push of 2 km near the mine; 'scores' of enemy downed, say our sources",
    [["our sources", false, "'scores' of enemy downed"]],
  ],
  [
    "live blog: 'X media report' after a time stamp",
    "19:10 The mayor's deputy among the wounded, Turkish media report",
    [["Turkish media", false, "The mayor's deputy among the wounded"]],
  ],
];

describe("statements: translated copy, arrows and trailing sources in digests", () => {
  for (const [name, text, expected] of table) {
    it(name, () => assert.deepEqual(rows(text), expected));
  }
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseTagLine } from "./jsonl";

describe("parseTagLine", () => {
  const table: Array<[string, boolean, RegExp | null]> = [
    ['{"id":"a","title":"T","text":"body"}', true, null],
    ['{"id":5,"title":"T","text":"","published":"2020-10-04T08:00:00Z","source":"x"}', true, null],
    ['{"id":"a","title":"T"}', false, /text/],
    ['{"title":"T","text":"x"}', false, /id/],
    ["[1,2]", false, /expected/],
    ["{oops", false, /not valid JSON/],
  ];
  for (const [line, ok, error] of table) {
    it(line, () => {
      const r = parseTagLine(line);
      assert.equal(r.ok, ok);
      if (!r.ok && error) assert.match(r.error, error);
    });
  }
});

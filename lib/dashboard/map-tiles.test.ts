import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { INITIAL_TILE_HEALTH, type TileEvent, type TileVerdict, tileReducer, tileVerdict } from "./map-tiles";

const req = (at: number): TileEvent => ({ type: "request", at });
const load = (at: number): TileEvent => ({ type: "load", at });
const fail = (at: number): TileEvent => ({ type: "error", at });
const many = (n: number, make: (at: number) => TileEvent, at = 0) =>
  Array.from({ length: n }, () => make(at));

describe("tile fallback", () => {
  const cases: Array<[string, TileEvent[], number, TileVerdict]> = [
    ["nothing asked yet", [], 60_000, "waiting"],
    ["asked, just now", many(4, req), 1_000, "waiting"],
    ["asked, no answer for 6 s (server accepts and hangs)", many(4, req), 6_000, "outlines"],
    ["first tile loaded", [...many(4, req), load(500)], 1_000, "tiles"],
    ["all loaded, long ago: nothing is waiting", [...many(2, req), load(100), load(200)], 600_000, "tiles"],
    ["six refused in a row (dead port)", [...many(6, req), ...many(6, fail, 50)], 100, "outlines"],
    ["five refused: not yet", [...many(6, req), ...many(5, fail, 50)], 100, "waiting"],
    [
      "a load between failures resets the count",
      [...many(8, req), ...many(4, fail, 10), load(20), ...many(3, fail, 30)],
      100,
      "tiles",
    ],
    [
      "worked, then the server died",
      [...many(4, req), ...many(4, load, 10), ...many(6, req, 5_000), ...many(6, fail, 5_010)],
      5_020,
      "outlines",
    ],
    [
      "worked, then the server hangs",
      [...many(2, req), ...many(2, load, 10), ...many(3, req, 5_000)],
      11_000,
      "outlines",
    ],
    [
      "slow but answering: every answer restarts the clock",
      [...many(3, req), load(5_000), load(10_000)],
      15_000,
      "tiles",
    ],
  ];
  for (const [name, events, now, expected] of cases) {
    test(name, () =>
      assert.equal(tileVerdict(events.reduce(tileReducer, INITIAL_TILE_HEALTH), now), expected),
    );
  }

  test("an answer to a request never counted leaves pending at zero", () => {
    assert.equal(tileReducer(INITIAL_TILE_HEALTH, load(1)).pending, 0);
  });
});

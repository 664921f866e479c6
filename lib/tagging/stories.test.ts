import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CasualtyClaim } from "@/lib/types/tags";
import { clusterStories, dedupeClaims, sameStory, storySignature } from "./stories";

const pairs: Array<[string, [string, string], [string, string], boolean]> = [
  [
    "one wire story, two outlets",
    [
      "Azerbaijan says 12 civilians killed in missile strike on Ganja",
      "Twelve civilians were killed when a missile hit a residential area of Ganja overnight, officials in Baku said.",
    ],
    [
      "Missile strike on Ganja kills 12 civilians, Azerbaijan says",
      "Twelve civilians were killed when a missile struck a residential area of Ganja overnight, Baku said on Sunday.",
    ],
    true,
  ],
  [
    "two stories about one town",
    [
      "Azerbaijan says 12 civilians killed in missile strike on Ganja",
      "Twelve civilians were killed when a missile hit a residential area of Ganja overnight.",
    ],
    [
      "Ganja mayor opens new school",
      "The mayor of Ganja opened a school for 600 pupils on Monday, the city administration said.",
    ],
    false,
  ],
  [
    "the next day's update with a new figure",
    [
      "Armenia reports 31 more military deaths",
      "Armenia's defence ministry said on Monday that 31 more servicemen had been killed, bringing the toll to 1,119.",
    ],
    [
      "Armenia reports 45 more military deaths",
      "Armenia's defence ministry said on Tuesday that 45 more servicemen had been killed, bringing the toll to 1,164.",
    ],
    false,
  ],
  [
    "different stories on the same day",
    ["Armenia mobilises reservists", "Armenia declared martial law and a general mobilisation on Sunday."],
    ["EU calls for restraint", "The European Union urged both sides to return to talks without delay."],
    false,
  ],
];

describe("sameStory", () => {
  for (const [name, a, b, expected] of pairs) {
    it(name, () => assert.equal(sameStory(storySignature(...a), storySignature(...b)), expected));
  }
});

describe("clusterStories", () => {
  it("puts rewrites of one story in one cluster named after its first article", () => {
    const clusters = clusterStories([
      { id: "a", title: pairs[0]?.[1][0] ?? "", lead: pairs[0]?.[1][1] ?? "" },
      { id: "b", title: pairs[1]?.[2][0] ?? "", lead: pairs[1]?.[2][1] ?? "" },
      { id: "c", title: pairs[0]?.[2][0] ?? "", lead: pairs[0]?.[2][1] ?? "" },
    ]);
    assert.deepEqual(
      [...clusters.entries()],
      [
        ["a", "a"],
        ["b", "b"],
        ["c", "a"],
      ],
    );
  });
});

const claim = (count: number, over: Partial<CasualtyClaim> = {}): CasualtyClaim => ({
  kind: "killed",
  count,
  qualifier: "exact",
  civilian: "civilian",
  party: null,
  claimedBy: null,
  cumulative: false,
  evidence: { text: `${count} killed`, start: 0, end: 9 },
  ...over,
});

describe("dedupeClaims", () => {
  it("merges a figure repeated across a cluster into one claim with several sources", () => {
    const out = dedupeClaims([
      { storyId: "s1", source: "outlet-a", claim: claim(12) },
      { storyId: "s1", source: "outlet-b", claim: claim(12, { claimedBy: "AZ" }) },
      { storyId: "s1", source: "outlet-b", claim: claim(12) },
      { storyId: "s1", source: "outlet-c", claim: claim(40, { civilian: "military" }) },
      { storyId: "s2", source: "outlet-a", claim: claim(12) },
    ]);
    assert.deepEqual(
      out.map((c) => [c.storyId, c.count, c.claimedBy, c.sources]),
      [
        ["s1", 12, "AZ", ["outlet-a", "outlet-b"]],
        ["s1", 40, null, ["outlet-c"]],
        ["s2", 12, null, ["outlet-a"]],
      ],
    );
  });

  it("keeps one side's claim apart from the other side's", () => {
    const out = dedupeClaims([
      { storyId: "s", source: "x", claim: claim(100, { party: "AM", claimedBy: "AZ" }) },
      { storyId: "s", source: "y", claim: claim(100, { party: "AM", claimedBy: "AM" }) },
    ]);
    assert.equal(out.length, 2);
  });
});

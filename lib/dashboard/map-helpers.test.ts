import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { ClaimView } from "../types/facts";
import { EVENT_TYPES, type PlacePrecision } from "../types/tags";
import { syntheticIncidents } from "./map-fixture";
import {
  claimsByIncident,
  figureText,
  incidentCasualties,
  incidentMagnitude,
  placeRepresentation,
  placeWithAltNames,
} from "./map-incidents";
import { EVENT_STYLE, MAX_DIAMETER, MIN_DIAMETER, markerDiameter } from "./map-style";

const claim = (over: Partial<ClaimView>): ClaimView => ({
  seq: 1,
  id: 1,
  kind: "killed",
  count: 1,
  qualifier: "exact",
  vagueWord: null,
  civilian: "civilian",
  party: "AZ",
  claimedBy: "AZ",
  cumulative: false,
  incidentId: 7,
  storyId: null,
  reportedAt: "2020-10-11T00:00:00Z",
  sources: [],
  ...over,
});

describe("incidentCasualties", () => {
  const cases: Array<[string, Array<Partial<ClaimView>>, number]> = [
    ["no claims", [], 0],
    ["one claim", [{ count: 5 }], 5],
    ["the same loss repeated is counted once", [{ count: 5 }, { count: 5, id: 2 }], 5],
    [
      "rival figures for the same loss: the largest",
      [
        { count: 5, claimedBy: "AZ" },
        { count: 12, claimedBy: "AM", id: 2 },
      ],
      12,
    ],
    ["killed and injured add up", [{ count: 5 }, { kind: "injured", count: 20, id: 2 }], 25],
    ["civilians and soldiers add up", [{ count: 5 }, { civilian: "military", count: 3, id: 2 }], 8],
    ["two parties' losses add up", [{ count: 5 }, { party: "AM", count: 4, id: 2 }], 9],
    [
      "largest per kind, then summed",
      [
        { count: 2 },
        { count: 9, id: 2 },
        { kind: "injured", count: 4, id: 3 },
        { kind: "injured", count: 1, id: 4 },
      ],
      13,
    ],
    ["a zero or broken count adds nothing", [{ count: 0 }, { count: Number.NaN, id: 2 }], 0],
  ];
  for (const [name, input, expected] of cases) {
    test(name, () => assert.equal(incidentCasualties(input.map(claim)), expected));
  }
});

describe("claimsByIncident", () => {
  test("groups by incident and drops claims tied to none", () => {
    const grouped = claimsByIncident([
      claim({ id: 1, incidentId: 7 }),
      claim({ id: 2, incidentId: null }),
      claim({ id: 3, incidentId: 7 }),
      claim({ id: 4, incidentId: 8 }),
    ]);
    assert.deepEqual(
      [...grouped].map(([id, list]) => [id, list.map((c) => c.id)]),
      [
        [7, [1, 3]],
        [8, [4]],
      ],
    );
  });
});

describe("incidentMagnitude", () => {
  const { incidents } = syntheticIncidents(1, { south: 0, west: 0, north: 1, east: 1 });
  const incident = incidents[0];
  assert.ok(incident);
  test("by sources counts the articles", () =>
    assert.equal(incidentMagnitude(incident, [claim({ count: 40 })], "sources"), incident.sources.length));
  test("by casualties counts the people", () =>
    assert.equal(incidentMagnitude(incident, [claim({ count: 40 })], "casualties"), 40));
});

describe("markerDiameter", () => {
  const cases: Array<[number, number]> = [
    [0, MIN_DIAMETER],
    [-3, MIN_DIAMETER],
    [Number.NaN, MIN_DIAMETER],
    [1, 20],
    [3, 24],
    [15, 32],
    [100, MAX_DIAMETER],
    [1_000_000, MAX_DIAMETER],
  ];
  for (const [magnitude, expected] of cases) {
    test(`${magnitude} → ${expected} px`, () => assert.equal(markerDiameter(magnitude), expected));
  }
  test("never shrinks as the magnitude grows", () => {
    for (let n = 0; n < 500; n++) assert.ok(markerDiameter(n + 1) >= markerDiameter(n));
  });
});

describe("placeRepresentation", () => {
  const cases: Array<[PlacePrecision, string, number | null]> = [
    ["city", "pin", null],
    ["district", "area", 15_000],
    ["region", "area", 60_000],
    ["country", "approximate", null],
  ];
  for (const [precision, kind, radius] of cases) {
    test(`${precision} → ${kind}`, () => {
      const shown = placeRepresentation(precision);
      assert.equal(shown.kind, kind);
      assert.equal(shown.radiusMetres, radius);
    });
  }
});

describe("placeWithAltNames", () => {
  const cases: Array<[string, string[], string]> = [
    ["Stepanakert", ["Khankendi"], "Stepanakert — also Khankendi"],
    ["Shusha", ["Shushi", "Shusha", "Shushi"], "Shusha — also Shushi"],
    ["Ganja", [], "Ganja"],
    ["Ganja", [""], "Ganja"],
    [
      "Nakhchivan",
      ["Nakhichevan", "Naxçıvan", "Nakhijevan", "Нахичевань", "Նախիջևան"],
      "Nakhchivan — also Nakhichevan, Naxçıvan, Nakhijevan and 2 more",
    ],
  ];
  for (const [name, altNames, expected] of cases) {
    test(expected, () => assert.equal(placeWithAltNames({ name, altNames }), expected));
  }
});

describe("EVENT_STYLE", () => {
  test("every event type has its own shape and colour pair", () => {
    const pairs = EVENT_TYPES.map((type) => `${EVENT_STYLE[type].shape}|${EVENT_STYLE[type].colour}`);
    assert.equal(new Set(pairs).size, EVENT_TYPES.length);
  });
});

describe("syntheticIncidents", () => {
  test("is deterministic and stays inside the bounds", () => {
    const bounds = { south: 38.3, west: 43.4, north: 43.6, east: 50.9 };
    const a = syntheticIncidents(500, bounds, 3);
    const b = syntheticIncidents(500, bounds, 3);
    assert.deepEqual(a, b);
    assert.equal(a.incidents.length, 500);
    for (const { place } of a.incidents) {
      assert.ok(place.lat > bounds.south - 0.5 && place.lat < bounds.north + 0.5);
      assert.ok(place.lon > bounds.west - 0.5 && place.lon < bounds.east + 0.5);
    }
  });
});

describe("figureText", () => {
  const cases: Array<[Partial<ClaimView>, string]> = [
    [{ count: 5, qualifier: "at least", civilian: "civilian" }, "at least 5 civilians killed"],
    [{ count: 1, qualifier: "exact", civilian: "military", kind: "injured" }, "1 soldier injured"],
    [{ count: 12, qualifier: "about", civilian: "unknown", kind: "missing" }, "about 12 missing"],
    [
      { count: 24, qualifier: "vague", vagueWord: "dozens", civilian: "unknown" },
      "“dozens” (read as 24) killed",
    ],
    [{ count: 30, qualifier: "up to", civilian: "military", kind: "captured" }, "up to 30 soldiers captured"],
    [{ count: 3, qualifier: "more than", civilian: "civilian" }, "more than 3 civilians killed"],
  ];
  for (const [input, expected] of cases) {
    test(expected, () => assert.equal(figureText(claim(input)), expected));
  }
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { emptyTags, type PlaceTag } from "@/lib/types/tags";
import { distanceKm, type IncidentKey, incidentReports, mergeIncidents, sameIncident } from "./incidents";

const at = (lat: number, lon: number, time: string, type: IncidentKey["type"] = "shelling"): IncidentKey => ({
  type,
  lat,
  lon,
  time,
});

describe("sameIncident", () => {
  const base = at(40.68, 46.36, "2020-10-04T02:00:00Z");
  const table: Array<[string, IncidentKey, boolean]> = [
    ["same place and hour", at(40.68, 46.36, "2020-10-04T03:00:00Z"), true],
    ["10 km away", at(40.77, 46.36, "2020-10-04T03:00:00Z"), true],
    ["20 km away", at(40.86, 46.36, "2020-10-04T03:00:00Z"), false],
    ["23 h later", at(40.68, 46.36, "2020-10-05T01:00:00Z"), true],
    ["25 h later", at(40.68, 46.36, "2020-10-05T03:00:00Z"), false],
    ["another type", at(40.68, 46.36, "2020-10-04T02:00:00Z", "missile-strike"), false],
  ];
  for (const [name, other, expected] of table)
    it(name, () => assert.equal(sameIncident(base, other), expected));

  it("measures great-circle distance", () => {
    assert.ok(Math.abs(distanceKm(40.1792, 44.4991, 40.4093, 49.8671) - 455) < 10);
  });
});

const place = (name: string, lat: number, lon: number, start: number, role: PlaceTag["role"]): PlaceTag => ({
  id: `test:${name}`,
  name,
  altNames: [],
  lat,
  lon,
  type: "city",
  country: "AZ",
  role,
  evidence: { text: name, start, end: start + name.length },
});

describe("incident reports and merging", () => {
  const text = "Shelling hit Tartar overnight. Officials spoke in Baku.";
  const tags = {
    ...emptyTags(),
    eventTypes: ["shelling", "statement-diplomacy"] as IncidentKey["type"][],
    places: [place("Tartar", 40.34, 46.93, 13, "incident"), place("Baku", 40.41, 49.87, 50, "mentioned")],
  };

  it("makes one report per incident site and sited event type", () => {
    const reports = incidentReports(text, tags, {
      articleId: "a1",
      source: "outlet-a",
      time: "2020-10-04T02:00:00Z",
    });
    assert.deepEqual(
      reports.map((r) => [r.type, r.placeName]),
      [["shelling", "Tartar"]],
    );
  });

  it("counts the sources of one incident reported by several outlets", () => {
    const r1 = incidentReports(text, tags, {
      articleId: "a1",
      source: "outlet-a",
      time: "2020-10-04T02:00:00Z",
    });
    const r2 = incidentReports(text, tags, {
      articleId: "a2",
      source: "outlet-b",
      time: "2020-10-04T09:00:00Z",
    });
    const r3 = incidentReports(text, tags, {
      articleId: "a3",
      source: "outlet-a",
      time: "2020-10-06T09:00:00Z",
    });
    const merged = mergeIncidents([...r1, ...r2, ...r3]);
    assert.deepEqual(
      merged.map((i) => [i.placeName, i.sources, i.articleIds]),
      [
        ["Tartar", ["outlet-a", "outlet-b"], ["a1", "a2"]],
        ["Tartar", ["outlet-a"], ["a3"]],
      ],
    );
  });
});

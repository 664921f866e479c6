import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { IncidentView } from "../types/facts";
import {
  buildClusterIndex,
  CLUSTER_MAX_ZOOM,
  clusterMembers,
  clustersHolding,
  visibleFeatures,
} from "./map-clusters";
import { syntheticIncidents } from "./map-fixture";

const bounds = { south: 38.3, west: 43.4, north: 43.6, east: 50.9 };
const bbox: [number, number, number, number] = [bounds.west, bounds.south, bounds.east, bounds.north];

const at = (id: number, lat: number, lon: number): IncidentView => {
  const base = syntheticIncidents(1, bounds).incidents[0];
  assert.ok(base);
  return { ...base, id, place: { ...base.place, lat, lon } };
};

const countOf = (features: ReturnType<typeof visibleFeatures>) =>
  features.reduce((sum, f) => sum + (f.kind === "cluster" ? f.count : 1), 0);

describe("clustering", () => {
  test("5,000 incidents over the region become a few hundred marks at most, none lost", () => {
    const { incidents } = syntheticIncidents(5_000, bounds);
    // The synthetic spread strays a little past the bounds: ask for the whole world to count them all.
    const features = visibleFeatures(buildClusterIndex(incidents), [-180, -85, 180, 85], 7);
    assert.ok(features.length < 300, `${features.length} marks`);
    assert.equal(countOf(features), 5_000);
  });

  const cases: Array<[string, IncidentView[], number, string[]]> = [
    [
      "two incidents at one spot form a cluster (else one marker hides the other)",
      [at(1, 39.8, 46.75), at(2, 39.8, 46.75)],
      7,
      ["cluster"],
    ],
    ["a lone incident is a marker", [at(1, 39.8, 46.75)], 7, ["incident"]],
    [
      "at the deepest zoom nothing is clustered",
      [at(1, 39.8, 46.75), at(2, 39.8, 46.75)],
      CLUSTER_MAX_ZOOM + 1,
      ["incident", "incident"],
    ],
    [
      "three in one town form a cluster",
      [at(1, 39.8, 46.75), at(2, 39.8, 46.75), at(3, 39.81, 46.76)],
      7,
      ["cluster"],
    ],
    [
      "far apart stay apart",
      [at(1, 39.8, 46.75), at(2, 40.68, 46.36), at(3, 41.7, 44.8)],
      7,
      ["incident", "incident", "incident"],
    ],
    ["an incident with no coordinates is left out", [at(1, Number.NaN, 46)], 7, []],
  ];
  for (const [name, incidents, zoom, kinds] of cases) {
    test(name, () => {
      const features = visibleFeatures(buildClusterIndex(incidents), bbox, zoom);
      assert.deepEqual(features.map((f) => f.kind).sort(), kinds);
    });
  }

  test("members and holding", () => {
    const index = buildClusterIndex([
      at(1, 39.8, 46.75),
      at(2, 39.8, 46.75),
      at(3, 39.81, 46.76),
      at(4, 41.7, 44.8),
    ]);
    const features = visibleFeatures(index, bbox, 7);
    const cluster = features.find((f) => f.kind === "cluster");
    assert.ok(cluster && cluster.kind === "cluster");
    assert.deepEqual(clusterMembers(index, cluster.clusterId).sort(), [1, 2, 3]);
    assert.deepEqual([...clustersHolding(index, features, new Set([2]))], [cluster.clusterId]);
    assert.deepEqual([...clustersHolding(index, features, new Set([4]))], []);
    assert.deepEqual([...clustersHolding(index, features, new Set())], []);
  });
});

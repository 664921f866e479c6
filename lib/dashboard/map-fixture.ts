import type { ClaimView, IncidentView, SourceRef } from "../types/facts";
import { EVENT_TYPES, type PlacePrecision } from "../types/tags";

/** A small deterministic generator (mulberry32), so a benchmark draws the same map every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const PRECISIONS: PlacePrecision[] = ["city", "city", "city", "city", "district", "region", "country"];

export interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

/**
 * Synthetic incidents spread over bounds (around a few hot spots, as fighting is), each with one to
 * three sources and about one casualty claim in two: load for measuring the map, never real data.
 */
export function syntheticIncidents(
  count: number,
  bounds: Bounds,
  seed = 1,
): { incidents: IncidentView[]; claims: ClaimView[] } {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const spots = Array.from({ length: 12 }, () => ({
    lat: bounds.south + next() * (bounds.north - bounds.south),
    lon: bounds.west + next() * (bounds.east - bounds.west),
  }));
  const start = Date.parse("2020-09-27T00:00:00Z");
  const incidents: IncidentView[] = [];
  const claims: ClaimView[] = [];
  for (let id = 1; id <= count; id++) {
    const spot = pick(spots);
    const at = new Date(start + Math.floor(next() * 44 * 86_400_000)).toISOString();
    const sources: SourceRef[] = Array.from({ length: 1 + Math.floor(next() * 3) }, (_, i) => ({
      articleId: id * 10 + i,
      feedName: `Outlet ${i + 1}`,
      outlet: null,
      url: `https://outlet${i + 1}.example/${id}`,
      title: `Synthetic report ${id}`,
      publishedAt: at,
      evidence: null,
      sentence: null,
    }));
    incidents.push({
      seq: id,
      id,
      eventType: pick(EVENT_TYPES),
      place: {
        id: `synthetic:${id}`,
        name: `Place ${id % 400}`,
        altNames: id % 9 === 0 ? [`Other name ${id % 400}`] : [],
        lat: spot.lat + (next() - 0.5) * 0.8,
        lon: spot.lon + (next() - 0.5) * 0.8,
        type: pick(PRECISIONS),
        country: "XX",
      },
      actors: [],
      firstReportedAt: at,
      lastReportedAt: at,
      sources,
    });
    if (next() < 0.5) {
      claims.push({
        seq: count + id,
        id,
        kind: next() < 0.6 ? "killed" : "injured",
        count: 1 + Math.floor(next() * next() * 60),
        qualifier: "exact",
        vagueWord: null,
        civilian: next() < 0.5 ? "civilian" : "military",
        party: null,
        claimedBy: null,
        cumulative: false,
        incidentId: id,
        storyId: null,
        reportedAt: at,
        sources: sources.slice(0, 1),
      });
    }
  }
  return { incidents, claims };
}

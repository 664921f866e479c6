import type { PlacePrecision } from "@/lib/types/tags";
import type { Gazetteer } from "./gazetteer";

/** One place a mention may stand for, flattened from a GeoNames row or an extra place. */
export interface Candidate {
  /** >= 0: GeoNames row; < 0: extra place -(index + 1). */
  ref: number;
  id: string;
  country: string;
  lat: number;
  lon: number;
  population: number;
  type: PlacePrecision;
  /** Matched by the place's own name (not an alternate, old or foreign one). */
  primary: boolean;
  regional: boolean;
  supplement: boolean;
  cueOnly: boolean;
  /** A capital or first-level seat, or a supplement or country entry: worth matching without a cue. */
  strong: boolean;
  admin1: string;
  /** A national capital: like a country, often a metonym for its government ("Baku said"). */
  capital: boolean;
}

const STRONG_POPULATION = 100_000;
const SEAT_POPULATION = 50_000;

function fromExtra(gaz: Gazetteer, index: number, primary: boolean): Candidate | null {
  const e = gaz.extras[index];
  if (!e) return null;
  return {
    ref: -(index + 1),
    id: e.id,
    country: e.country,
    lat: e.lat,
    lon: e.lon,
    population: e.population,
    type: e.type,
    primary,
    regional: e.regional,
    supplement: e.type !== "country",
    cueOnly: e.cueOnly,
    strong: true,
    admin1: e.admin1 ?? "",
    capital: false,
  };
}

function fromRow(gaz: Gazetteer, row: number, primary: boolean): Candidate {
  const c = gaz.cities;
  const population = c.population[row] ?? 0;
  const feature = c.features[c.feature[row] ?? 0] ?? "";
  return {
    ref: row,
    id: `geonames:${c.geonameId[row]}`,
    country: c.countries[c.country[row] ?? 0] ?? "",
    lat: c.lat[row] ?? 0,
    lon: c.lon[row] ?? 0,
    population,
    type: "city",
    primary,
    regional: false,
    supplement: false,
    cueOnly: false,
    // First-level seats count as well known only when sizeable: Harper, Liberia is a seat of 17,000.
    strong:
      population >= STRONG_POPULATION ||
      feature === "PPLC" ||
      (feature === "PPLA" && population >= SEAT_POPULATION),
    admin1: c.admin1[row] ?? "",
    capital: feature === "PPLC",
  };
}

// Index entry arrays are stable (see NameIndex.lookup), so their expansion is memoised per gazetteer.
const expanded = new WeakMap<Gazetteer, WeakMap<readonly number[], readonly Candidate[]>>();

/**
 * The distinct places behind a mention's encoded references, supplement redirects applied. The result
 * is shared between calls: callers must not change it.
 */
export function expandRefs(gaz: Gazetteer, refs: readonly number[]): readonly Candidate[] {
  let memo = expanded.get(gaz);
  if (!memo) {
    memo = new WeakMap();
    expanded.set(gaz, memo);
  }
  const hit = memo.get(refs);
  if (hit) return hit;
  const out = expandUncached(gaz, refs);
  memo.set(refs, out);
  return out;
}

function expandUncached(gaz: Gazetteer, refs: readonly number[]): Candidate[] {
  const out: Candidate[] = [];
  for (const enc of refs) {
    const ref = enc >> 1;
    const primary = (enc & 1) === 1;
    const redirected = ref >= 0 ? gaz.redirect.get(ref) : -ref - 1;
    // A row's alternate names stay alternate after the redirect, so that a supplement place that lists
    // the name itself wins ("Xocavənd" is listed for Hadrut, and is an old name of Martuni's row).
    const cand = redirected !== undefined ? fromExtra(gaz, redirected, primary) : fromRow(gaz, ref, primary);
    if (cand && ref >= 0 && redirected !== undefined) cand.capital = fromRow(gaz, ref, primary).capital;
    if (!cand) continue;
    const dup = out.findIndex((c) => c.id === cand.id);
    if (dup < 0) out.push(cand);
    else if (cand.primary && !out[dup]?.primary) out[dup] = cand;
  }
  return out;
}

/** The public shape of a candidate's place: preferred name and other names. */
export function placeNamesOf(gaz: Gazetteer, cand: Candidate): { name: string; altNames: string[] } {
  if (cand.ref < 0) {
    const e = gaz.extras[-cand.ref - 1];
    return { name: e?.name ?? "", altNames: e?.altNames ?? [] };
  }
  return { name: gaz.cities.name[cand.ref] ?? "", altNames: [] };
}

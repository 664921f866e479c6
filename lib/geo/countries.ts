import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { z } from "zod";
import { foldName, isIndexableScript } from "./fold";
import { type CountryExtras, countryExtrasSchema } from "./schema";

/** One country as the gazetteer knows it: ISO code, display name, a rough centre, every accepted name. */
export interface CountryRecord {
  code: string;
  name: string;
  lat: number;
  lon: number;
  names: string[];
}

// Only the fields we read from the world-countries package; the rest is ignored.
const packageCountrySchema = z.object({
  cca2: z.string(),
  name: z.object({
    common: z.string(),
    official: z.string(),
    native: z.record(z.string(), z.object({ common: z.string(), official: z.string() })).optional(),
  }),
  altSpellings: z.array(z.string()).default([]),
  latlng: z.array(z.number()),
  demonyms: z.record(z.string(), z.object({ f: z.string(), m: z.string() })).optional(),
  translations: z.record(z.string(), z.object({ common: z.string(), official: z.string() })).default({}),
});
type PackageCountry = z.infer<typeof packageCountrySchema>;

let packageCountries: PackageCountry[] | null = null;

/** The package's country list, read and validated once per process (it never changes at run time). */
function readPackageCountries(): PackageCountry[] {
  if (!packageCountries) {
    const require = createRequire(import.meta.url);
    const raw: unknown = JSON.parse(readFileSync(require.resolve("world-countries/countries.json"), "utf8"));
    packageCountries = z.array(packageCountrySchema).parse(raw);
  }
  return packageCountries;
}

export function readCountryExtras(dataDir: string): CountryExtras {
  const raw: unknown = JSON.parse(readFileSync(path.join(dataDir, "gazetteer", "countries.json"), "utf8"));
  return countryExtrasSchema.parse(raw);
}

// An all-capitals alias of two or three letters is an ISO code ("AM", "IN", "IT"): in text it is a word.
const ISO_LIKE = /^[A-Z]{2,3}$/;

/**
 * The country table. A name that the extras file gives to one country is taken from every other one
 * ("Congo" means the DRC in news copy, not the Republic of the Congo).
 */
export function buildCountries(extras: CountryExtras): CountryRecord[] {
  const claimed = new Map<string, string>();
  for (const [code, aliases] of Object.entries(extras.aliases)) {
    for (const a of aliases) claimed.set(foldName(a), code);
  }
  const dropped = new Set(extras.dropAliases.map(foldName));
  return readPackageCountries().map((c) => {
    const rus = c.translations.rus;
    const candidates = [
      c.name.common,
      c.name.official,
      ...c.altSpellings,
      ...Object.values(c.name.native ?? {}).map((n) => n.common),
      ...(rus ? [rus.common, rus.official] : []),
    ].filter((n) => !ISO_LIKE.test(n) && isIndexableScript(n));
    const own = candidates.filter((n) => {
      const key = foldName(n);
      const owner = claimed.get(key);
      return !dropped.has(key) && (owner === undefined || owner === c.cca2);
    });
    const names = [...new Set([...own, ...(extras.aliases[c.cca2] ?? [])])];
    return {
      code: c.cca2,
      name: extras.displayNames[c.cca2] ?? c.name.common,
      lat: c.latlng[0] ?? 0,
      lon: c.latlng[1] ?? 0,
      names,
    };
  });
}

/** Folded demonym or adjective → ISO code, from the package's English demonyms and the extras file. */
export function buildDemonyms(extras: CountryExtras): Map<string, string> {
  const table = new Map<string, string>();
  for (const c of readPackageCountries()) {
    const eng = c.demonyms?.eng;
    if (!eng) continue;
    table.set(foldName(eng.m), c.cca2);
    table.set(foldName(eng.f), c.cca2);
  }
  for (const [code, words] of Object.entries(extras.demonyms)) {
    for (const w of words) table.set(foldName(w), code);
  }
  // Plurals ("armenians") stored as well, so that the hot path needs one lookup and no new string.
  for (const [key, code] of [...table]) if (!table.has(`${key}s`)) table.set(`${key}s`, code);
  return table;
}

/** Same as lookupDemonym for a word already folded (the hot path: every capitalised token); plurals are in the table. */
export function demonymOfFolded(table: Map<string, string>, folded: string): string | null {
  return table.get(folded) ?? null;
}

/** The country a demonym names, trying the word as written and then without a plural "s". */
export function lookupDemonym(table: Map<string, string>, word: string): string | null {
  const key = foldName(word.replace(/['’]s$/, ""));
  const hit = table.get(key);
  if (hit) return hit;
  if (key.endsWith("s")) return table.get(key.slice(0, -1)) ?? null;
  return null;
}

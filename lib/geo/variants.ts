/**
 * Second tries for a multi-word name that is not in the index as written: the Arabic article in its
 * other spellings ("Al-Obeid" for El Obeid, "Al-Nuhud" for En Nahud), and a unit named after its
 * town in another transliteration ("Zaporozhye region" for Zaporizhzhia Oblast).
 */
import { expandRefs } from "./candidates";
import { foldName } from "./fold";
import type { Gazetteer } from "./gazetteer";

const ARTICLES = new Set([
  "al",
  "el",
  "an",
  "en",
  "ad",
  "ed",
  "ar",
  "er",
  "as",
  "es",
  "ash",
  "at",
  "et",
  "az",
  "ez",
]);
// Letters before which the article takes their sound ("an-Nuhud", "ad-Daein", "ash-Shati").
const SUN_LETTERS = new Set(["t", "d", "r", "z", "s", "n", "l"]);
const UNIT_WORDS = new Set(["region", "oblast", "province"]);

/** Whether a folded word is a spelling of the Arabic article. */
export function isArticle(word: string): boolean {
  return ARTICLES.has(word);
}

/** The other keys a name opening with the Arabic article may be indexed under, best first. */
export function articleVariants(parts: string[]): string[] {
  const [article, next, ...rest] = parts;
  if (article === undefined || next === undefined || !ARTICLES.has(article)) return [];
  const tail = [next, ...rest].join(" ");
  const first = next.charAt(0);
  const out = ["al", "el"];
  if (SUN_LETTERS.has(first)) out.push(`a${first}`, `e${first}`);
  if (next.startsWith("sh")) out.push("ash", "esh");
  return out.filter((a) => a !== article).map((a) => `${a} ${tail}`);
}

/**
 * "Kharkov region", "Zaporozhye oblast": the unit named after the town that the first word names, under
 * the town's own name. Null when the words are no town and unit.
 */
export function unitOfTown(gaz: Gazetteer, town: string, unit: string): readonly number[] | null {
  if (!UNIT_WORDS.has(unit)) return null;
  const refs = gaz.names.lookup(town);
  if (refs.length === 0) return null;
  for (const c of expandRefs(gaz, refs)) {
    if (c.type !== "city") continue;
    const own = c.ref >= 0 ? (gaz.cities.name[c.ref] ?? "") : (gaz.extras[-c.ref - 1]?.name ?? "");
    const found = gaz.names.lookup(`${foldName(own)} ${unit}`);
    if (found.length > 0) return found;
  }
  return null;
}

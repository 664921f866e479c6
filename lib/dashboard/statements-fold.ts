import transliterate from "@sindresorhus/transliterate";

/**
 * Spellings that differ between transliteration schemes of the same name (Russian-style "Chavushoglu",
 * English "Cavusoglu", Azerbaijani "Çavuşoğlu"; "Hajiyev" and "Hacıyev"; "Aliev" and "Aliyev"). Applied
 * to both the search words and the names, so a false merge only ever widens a match, never hides one.
 */
const LOOSE: Array<[RegExp, string]> = [
  [/dzh|zh/g, "j"],
  [/kh/g, "x"],
  [/ch|c/g, "j"],
  [/sh/g, "s"],
  [/ph/g, "p"],
  [/iy/g, "i"],
  [/([a-z])\1/g, "$1"],
];

/** Schwa is written "a" in some English spellings (Aliyev) and "e" in others (Khankendi). */
const SCHWA = /[əƏ]/;

/**
 * Accents on Latin letters are dropped before transliterating: the library spells ü as "ue" (German
 * style), but Turkish and Azerbaijani names in English drop the dots (Mevlüt → Mevlut).
 */
const LATIN_MARKS = /(\p{Script=Latin})\p{M}+/gu;

function loose(text: string): string {
  let out = transliterate(text.normalize("NFD").replace(LATIN_MARKS, "$1").normalize("NFC"))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  for (const [pattern, replacement] of LOOSE) out = out.replace(pattern, replacement);
  return out;
}

/** Folded spellings of a name for matching: one, or two when the name has a letter read two ways. */
export function nameKeys(text: string): string[] {
  const keys = [loose(text)];
  if (SCHWA.test(text)) keys.push(loose(text.replace(/ə/g, "e").replace(/Ə/g, "E")));
  return keys;
}

/** The search words folded the same way (one key: a reader types one spelling). */
export function foldQuery(text: string): string {
  return loose(text);
}

const cache = new Map<string, string[]>();
const CACHE_LIMIT = 20_000;

/** nameKeys, remembered: speakers repeat across thousands of statements and every keystroke re-filters. */
export function cachedNameKeys(text: string): string[] {
  let keys = cache.get(text);
  if (!keys) {
    // A hard bound rather than an LRU: names are few, and a rebuild costs microseconds per name.
    if (cache.size >= CACHE_LIMIT) cache.clear();
    keys = nameKeys(text);
    cache.set(text, keys);
  }
  return keys;
}

/** Whether a folded query is found in any folded spelling of a text; an empty query matches all. */
export function nameMatches(query: string, text: string | null): boolean {
  if (!query) return true;
  if (!text) return false;
  return cachedNameKeys(text).some((key) => key.includes(query));
}

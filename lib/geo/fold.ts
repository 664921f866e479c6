/**
 * Name folding: the one normal form under which gazetteer names and text spans are compared. Both sides
 * go through the same function, so a spelling difference the fold erases (case, accents, the Azerbaijani
 * schwa written as "ə" or "ǝ", hyphens, apostrophes) never stops a match.
 */

// Letters that NFD does not decompose but that writers routinely replace by a plain Latin letter.
const LETTER_MAP: Record<string, string> = {
  ə: "a",
  ǝ: "a",
  ı: "i",
  ł: "l",
  ø: "o",
  đ: "d",
  ħ: "h",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  þ: "th",
};

const MARKS = /[\u0300-\u036f]/g;
const SPECIAL = /[əǝıłøđħßæœþ]/g;
const DROP = /['’ʼʻ`´.]/g;
const SPACE = /[\s\-‐‑–—_]+/g;

/** Only a-z and spaces: already folded (most names; a loop is cheaper than a regular expression). */
function isPlain(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x61 || c > 0x7a) && c !== 0x20) return false;
  }
  return true;
}

/** The folded form of a name: lower case, no accents, single spaces, no apostrophes or dots. */
export function foldName(name: string): string {
  return foldLower(name.toLowerCase());
}

/** foldName of a string already in lower case. */
export function foldLower(lower: string): string {
  if (isPlain(lower)) return lower;
  return lower
    .normalize("NFD")
    .replace(MARKS, "")
    .replace(SPECIAL, (c) => LETTER_MAP[c] ?? c)
    .replace(DROP, "")
    .replace(SPACE, " ")
    .trim();
}

/**
 * Whether a name is in a script the matcher reads (Latin, Greek-free Cyrillic, Armenian, Georgian).
 * Names in other scripts are skipped at load time: they cost memory and never match the feeds we read.
 */
export function isIndexableScript(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 0x250 || (c >= 0x400 && c < 0x530) || (c >= 0x530 && c < 0x590)) continue;
    if ((c >= 0x10a0 && c < 0x1100) || (c >= 0x1e00 && c < 0x1f00) || (c >= 0x2018 && c <= 0x2019)) continue;
    return false;
  }
  return true;
}

/** Whether a string holds Cyrillic letters (Russian input gets declension-tolerant matching). */
export function hasCyrillic(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x400 && c < 0x530) return true;
  }
  return false;
}

// Russian endings. The index keeps names in the nominative, so it strips only nominative endings; a
// word of running text may be in any case, so it is tried with each case ending removed in turn.
const NOMINATIVE_ENDINGS = [
  "ыи",
  "ии",
  "ои",
  "ая",
  "яя",
  "ое",
  "ее",
  "ые",
  "ие",
  "ь",
  "а",
  "я",
  "о",
  "е",
  "ы",
  "и",
];
const CASE_ENDINGS = [
  "ого",
  "его",
  "ому",
  "ему",
  "ыми",
  "ими",
  "ой",
  "ои",
  "ом",
  "ем",
  "ам",
  "ям",
  "ах",
  "ях",
  "ую",
  "юю",
  "ых",
  "их",
  "ым",
  "им",
  "еи",
  "ью",
  "а",
  "я",
  "е",
  "и",
  "у",
  "ю",
  "ы",
];
const MIN_STEM = 3;

function stripNominative(word: string): string {
  for (const end of NOMINATIVE_ENDINGS) {
    if (word.length - end.length >= MIN_STEM && word.endsWith(end)) return word.slice(0, -end.length);
  }
  return word;
}

/** The index key of a folded, possibly multi-word Cyrillic name: each word without its nominative ending. */
export function stemRussian(folded: string): string {
  return folded.split(" ").map(stripNominative).join(" ");
}

/** The stems a folded Cyrillic word of running text may have: as written, and each case ending cut. */
export function russianStemsOf(word: string): string[] {
  const out = [stripNominative(word)];
  for (const end of CASE_ENDINGS) {
    if (word.length - end.length >= MIN_STEM && word.endsWith(end)) {
      const stem = word.slice(0, -end.length);
      if (!out.includes(stem)) out.push(stem);
      const again = stripNominative(stem);
      if (!out.includes(again)) out.push(again);
    }
  }
  if (!out.includes(word)) out.push(word);
  return out;
}

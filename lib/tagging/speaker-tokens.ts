import type { Doc } from "./doc";
import {
  DETERMINERS,
  isParticle,
  NOT_NAMES,
  NP_INNER,
  nameWord,
  OFFICE_MODIFIERS,
  PLACE_NOUNS,
  ROLE_WORDS,
  STATEMENT_VERBS,
  TITLE_ABBR,
} from "./speaker-words";

/** Which tokens may belong to a speaker's phrase, and which runs of them are a person's name. */

const w = (doc: Doc, i: number): string => doc.tokens[i]?.norm ?? "";

const AUXILIARIES = new Set(
  "is are was were has have had will would could can may must should did does".split(" "),
);

const capsCache = new WeakMap<Doc, Map<number, boolean>>();

/** A sentence in capitals throughout or in title case, where capitals say nothing about names. */
function capsLine(doc: Doc, si: number): boolean {
  if (doc.shouted.has(si)) return true;
  let cache = capsCache.get(doc);
  if (!cache) {
    cache = new Map();
    capsCache.set(doc, cache);
  }
  const hit = cache.get(si);
  if (hit !== undefined) return hit;
  const s = doc.sentences[si];
  let words = 0;
  let caps = 0;
  for (let k = s?.from ?? 0; k < (s?.to ?? 0); k++) {
    const t = doc.tokens[k];
    if (t?.kind !== "word" || t.norm.length < 3) continue;
    words++;
    if (t.cap) caps++;
  }
  const out = words >= 4 && caps >= words * 0.8;
  cache.set(si, out);
  return out;
}

export function npToken(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (!t) return false;
  // "Israel's Channel 12 reported": a short number after a capitalised word is part of a name.
  if (t.kind === "num")
    return (
      t.text.length <= 3 &&
      !!doc.tokens[i - 1]?.cap &&
      !NOT_NAMES.has(doc.tokens[i - 1]?.norm ?? "") &&
      doc.tokens[i - 1]?.end === t.start - 1 &&
      doc.tokens[i + 1]?.start !== t.end
    );
  if (t.kind === "word") {
    // "pro-Kremlin bloggers", "anti-Houthi tribes"
    if (t.norm.startsWith("pro-") || t.norm.startsWith("anti-")) return true;
    // "HEAVY FIGHTING IN KARABAKH AS AZERBAIJAN SAYS": in a line set all in capitals (or title case) the
    // small words still end a phrase.
    if (t.cap && NOT_NAMES.has(t.norm) && !DETERMINERS.has(t.norm) && capsLine(doc, t.sentence)) return false;
    return (
      nameWord(t.text, t.cap) ||
      (isParticle(t.norm) && !!doc.tokens[i - 1]?.cap && !!doc.tokens[i + 1]?.cap) ||
      ROLE_WORDS.has(t.norm) ||
      NP_INNER.has(t.norm) ||
      PLACE_NOUNS.has(t.norm) ||
      OFFICE_MODIFIERS.has(t.norm) ||
      !!doc.mentionAt[i] ||
      // "tigray spokesman getachew: …": in a line without capitals names and places stand next to an office.
      (doc.caseless.has(t.sentence) &&
        (ROLE_WORDS.has(w(doc, i - 1)) || ROLE_WORDS.has(w(doc, i + 1))) &&
        !STATEMENT_VERBS.has(t.norm) &&
        !NOT_NAMES.has(t.norm) &&
        !AUXILIARIES.has(t.norm))
    );
  }
  // A dash or dot joins words only when it touches them ("Amir-Abdollahian" split, "U.S."), not " - ".
  const prev = doc.tokens[i - 1];
  const touching = prev !== undefined && prev.end === t.start;
  return t.norm === "'" || ((t.norm === "-" || t.norm === ".") && touching);
}

/** Two to four capitalised words that are not roles or actors: a person's name. */
export function isNameRun(doc: Doc, from: number, to: number): boolean {
  // "Lt. Col. Dan Levi": titles cut short with a dot lead the name.
  let a = from;
  while (a + 1 < to && TITLE_ABBR.has(w(doc, a)) && w(doc, a + 1) === ".") a += 2;
  if (to - a < 2 || to - a > 4) return false;
  for (let k = a; k < to; k++) {
    const t = doc.tokens[k];
    if (t?.kind !== "word" || ROLE_WORDS.has(t.norm)) return false;
    if (!nameWord(t.text, t.cap) && !(isParticle(t.norm) && k > a && k < to - 1)) return false;
    const m = doc.mentionAt[k];
    if (m && m.via !== "person") return false;
  }
  return true;
}

import { nounPhrase, word } from "./casualty-phrase";
import { KIND_AFTER, KIND_BEFORE, PERSON_NOUNS } from "./casualty-words";
import type { Doc } from "./doc";
import type { CountPhrase } from "./numbers";
import { wordClass } from "./text";

/**
 * Singular mentions count one: "a civilian was killed", "killing its pilot", "the governor was shot
 * dead". The determiner stands where a figure would, so the casualty patterns read the rest as they
 * read "12 civilians were killed".
 */
const INDEFINITE = new Set(["a", "an"]);
/** Determiners that may point back at someone already counted ("the journalist", "his wife"). */
const DEFINITE = new Set(["the", "its", "his", "her", "their", "our"]);

/** Words that may open a one-person phrase wherever they stand. */
const OPENER_WORDS = wordClass("a an the its his her their our he she another".split(" "));
/** Verbs of kind that take their victims after them ("killing a soldier"). */
const VERBS_OF_KIND = wordClass(Object.keys(KIND_BEFORE));

/** Plural person nouns that do not end in -s. */
const PLURAL_FORMS = new Set([
  "people",
  "children",
  "schoolchildren",
  "police",
  "staff",
  "personnel",
  "crew",
  "militia",
  "pax",
  "ppl",
  "civ",
  "idp",
  "mil",
  "life",
]);

const NOUN_AFTER = new Set(
  "deaths fatalities injuries casualties toll tolls population areas area targets infrastructure buildings homes objects convoy column".split(
    " ",
  ),
);

const SINGULAR = new Set(
  Object.keys(PERSON_NOUNS).filter((w) => !PLURAL_FORMS.has(w) && !/(?:s|men|children|people)$/.test(w)),
);

// "village head", "district chief": read as people by the noun phrase only after a word of place.
SINGULAR.add("head");
SINGULAR.add("chief");

export function singularNoun(w: string): boolean {
  return SINGULAR.has(w);
}

/** A singular person noun within the next four tokens: the cheap test before reading a noun phrase. */
function personSoon(tokens: Doc["tokens"], j: number, to: number): boolean {
  for (let k = j; k < Math.min(to, j + 4); k++) if (singularNoun(tokens[k]?.norm ?? "")) return true;
  return false;
}

export interface SingularCount extends CountPhrase {
  /** "the", "its" and the like: may refer to someone counted before. */
  definite: boolean;
}

/**
 * One-person count phrases in tokens [from, to) that do not overlap `taken` (figures already found).
 * Only the determiner is the phrase; the noun after it is read by the casualty patterns.
 */
export function singularCounts(doc: Doc, from: number, to: number, taken: CountPhrase[]): SingularCount[] {
  const { tokens } = doc;
  const out: SingularCount[] = [];
  let t = 0;
  for (let i = from; i < to; i++) {
    const tok = tokens[i];
    if (tok?.kind !== "word") continue;
    const det = tok.norm;
    const before = tokens[i - 1];
    const prev = i > 0 ? (before?.norm ?? "") : "";
    // The cheap test first, by word classes: most words are neither a determiner nor at a line's start
    // nor after a verb of kind.
    const prevClasses = i > 0 ? (before?.classes ?? 0) : 0;
    if (
      (tok.classes & OPENER_WORDS) === 0 &&
      i !== from &&
      !(before?.kind === "punct" && (prevClasses & LEAD_MARKS) !== 0) &&
      (prevClasses & VERBS_OF_KIND) === 0
    )
      continue;
    while (t < taken.length && (taken[t]?.to ?? 0) <= i) t++;
    const cur = taken[t];
    if (cur && cur.from <= i) continue;
    const definite = DEFINITE.has(det);
    // "killing two and injuring a third", "wounding another": one more person after a verb of kind.
    const afterVerb = KIND_BEFORE[prev] !== undefined;
    if (afterVerb && (det === "another" || (det === "a" && ORDINALS.has(word(tokens, i + 1))))) {
      const end = det === "another" ? i + 1 : i + 2;
      if (!singularNoun(word(tokens, end)) && !singularNoun(word(tokens, end + 1))) {
        out.push({ value: 1, qualifier: "exact", from: i, to: end, definite: false });
        continue;
      }
    }
    // "then that he had been killed": a pronoun for one person, counted unless already counted.
    if ((det === "he" || det === "she") && passiveKindAfter(tokens, i + 1, to) && !yearAfter(tokens, i, to)) {
      out.push({ value: 1, qualifier: "exact", from: i, to: i + 1, definite: true });
      continue;
    }
    if (!definite && !INDEFINITE.has(det)) {
      // Only at a line's start or after a verb of kind can a bare noun count one.
      const atLead = i === from || LINE_LEADS.has(prev);
      const bare = atLead ? headlineSingular(doc, i, from, to) : afterVerb ? bareObject(doc, i, to) : null;
      if (bare) out.push(bare);
      continue;
    }
    // "one of the soldiers", "the death of a soldier" and "the bodies of the crew" are read elsewhere.
    if (definite && prev === "of") continue;
    if (!personSoon(tokens, i + 1, to)) continue;
    const np = nounPhrase(doc, i + 1, to);
    if (!np || np.head === null || np.head - i > 4) continue;
    if (!singularNoun(word(tokens, np.head))) continue;
    // "civilian deaths", "a civilian area": the noun is an adjective there.
    if (NOUN_AFTER.has(word(tokens, np.head + 1))) continue;
    out.push({ value: 1, qualifier: "exact", from: i, to: i + 1, definite });
  }
  return out;
}

const LINE_LEADS = new Set([":", "-", "–", "—", "|", "*", "•", ","]);
const LEAD_MARKS = wordClass(LINE_LEADS);

/**
 * Headlines and digest lines drop the article: "Journalist wounded in Martuni", "Kherson: man killed".
 * At the start of a sentence or line, a singular person noun followed straight by a word of kind counts
 * one; the phrase is empty and starts at the noun.
 */
function headlineSingular(doc: Doc, i: number, from: number, to: number): SingularCount | null {
  const { tokens } = doc;
  if (i !== from && !LINE_LEADS.has(word(tokens, i - 1))) return null;
  if (tokens[i]?.kind !== "word") return null;
  // "RU: couple killed in car": a couple is two.
  if (word(tokens, i) === "couple" && KIND_AFTER[word(tokens, i + 1)])
    return { value: 2, qualifier: "exact", from: i, to: i + 1, definite: false };
  if (!personSoon(tokens, i, to)) return null;
  const np = nounPhrase(doc, i, to);
  if (!np || np.head === null || np.head - i > 2 || !singularNoun(word(tokens, np.head))) return null;
  let after = np.head + 1;
  // "serviceman found dead", "soldier reported killed".
  if (["found", "reported", "confirmed", "feared", "shot"].includes(word(tokens, after))) after++;
  const next = word(tokens, after);
  if (!KIND_AFTER[next] || NOUN_AFTER.has(next)) return null;
  // "civilian dead | wounded" is a table's header.
  if (["|", ":"].includes(word(tokens, after + 1))) return null;
  return { value: 1, qualifier: "exact", from: i, to: i, definite: false };
}

const PASSIVE_AUX = new Set(["was", "had", "has", "been", "is", "later", "also", "reportedly"]);

/** "he was killed", "she had been wounded": auxiliaries, then a word of kind. */
function passiveKindAfter(tokens: Doc["tokens"], j: number, to: number): boolean {
  let k = j;
  while (k < to && PASSIVE_AUX.has(word(tokens, k))) k++;
  return k > j && KIND_AFTER[word(tokens, k)] !== undefined && KIND_AFTER[word(tokens, k)] !== "captured";
}

/** "he was wounded in 2016": a year after it makes the pronoun's injury a past one. */
function yearAfter(tokens: Doc["tokens"], i: number, to: number): boolean {
  for (let k = i; k < Math.min(to, i + 10); k++)
    if (/^(?:19|20)\d\d$/.test(tokens[k]?.text ?? "")) return true;
  return false;
}

const ORDINALS = new Set([
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
]);

/** Headlines drop articles after a verb too: "Drone attack kills dockworker", "Shelling wounds medic". */
function bareObject(doc: Doc, i: number, to: number): SingularCount | null {
  const { tokens } = doc;
  if (!KIND_BEFORE[word(tokens, i - 1)] || tokens[i]?.kind !== "word") return null;
  if (!personSoon(tokens, i, to)) return null;
  const np = nounPhrase(doc, i, to);
  if (!np || np.head === null || np.head - i > 2 || !singularNoun(word(tokens, np.head))) return null;
  return { value: 1, qualifier: "exact", from: i, to: i, definite: false };
}

/** Merge two sorted lists of count phrases into one, by position. */
export function mergeCounts<T extends CountPhrase>(a: T[], b: T[]): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x && (!y || x.from <= y.from)) {
      out.push(x);
      i++;
    } else if (y) {
      out.push(y);
      j++;
    }
  }
  return out;
}

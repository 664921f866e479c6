import type { Doc } from "./doc";
import {
  APPOSITIVE_OPENERS,
  DETERMINERS,
  DOC_NOUNS,
  NOT_NAMES,
  NP_INNER,
  OFFICE_MODIFIERS,
  PLACE_NOUNS,
  PRE_VERB,
  PRONOUNS,
  ROLE_WORDS,
} from "./speaker-words";
import type { Np } from "./statement-frames";

export { NP_INNER };

import { isNameRun, npToken } from "./speaker-tokens";
import type { Token } from "./text";

export const w = (tokens: Token[], i: number): string => tokens[i]?.norm ?? "";

const SEEN_BY = new Set(["seen", "obtained", "reviewed", "viewed", "quoted", "cited", "verified"]);
/** Token range of the noun phrase that ends right before `v` (the speech verb), within the sentence. */
export function npBefore(
  doc: Doc,
  v: number,
  sentenceFrom: number,
): { from: number; to: number; appositive?: [number, number] } | null {
  const { tokens } = doc;
  let k = v - 1;
  while (k >= sentenceFrom && PRE_VERB.has(w(tokens, k))) k--;
  if (PRONOUNS.has(w(tokens, k))) return { from: k, to: k + 1 };
  let appositive: [number, number] | undefined;
  // "Halima Adam, 34, told …": an age set off by commas.
  if (w(tokens, k) === "," && tokens[k - 1]?.kind === "num" && w(tokens, k - 2) === ",") k -= 3;
  // "The Rapid Support Forces (RSF) said": the acronym in brackets belongs to the name.
  let bracketTo = -1;
  if (w(tokens, k) === ")" && w(tokens, k - 2) === "(" && tokens[k - 1]?.cap && k - 3 >= sentenceFrom) {
    bracketTo = k + 1;
    k -= 3;
  }
  if (w(tokens, k) === "," && bracketTo < 0) {
    // "Georgia, which lies between the two, has said ..."; "Hikmet Hajiyev, an aide to the president, said"
    let c = k - 1;
    while (c > sentenceFrom && w(tokens, c) !== ",") c--;
    if (c <= sentenceFrom) return null;
    const opener = w(tokens, c + 1);
    if (isNameRun(doc, c + 1, k) || acronymAfterRole(doc, c, k, sentenceFrom)) {
      // "A spokeswoman for the ministry, Leyla Abdullayeva, said": the name speaks, the phrase is her role.
      const head = npBefore(doc, c, sentenceFrom);
      return {
        from: c + 1,
        to: k,
        ...(head ? { appositive: [head.from, head.to] as [number, number] } : {}),
      };
    }
    // "Jeyhun Bayramov, Azerbaijan's foreign minister, said": a possessive actor before the office.
    let possessive = false;
    if (doc.mentionAt[c + 1] && w(tokens, c + 2) === "'") {
      for (let r = c + 3; r < k; r++) if (ROLE_WORDS.has(w(tokens, r))) possessive = true;
    }
    if (!APPOSITIVE_OPENERS.has(opener) && !ROLE_WORDS.has(opener) && !possessive) return null;
    appositive = [c + 1, k];
    k = c - 1;
    // "Pablo Ruiz, 34, a teacher, says": an age between the name and its appositive.
    if (tokens[k]?.kind === "num" && w(tokens, k - 1) === ",") k -= 2;
  }
  // "the statement said", "the army's communique said": the document stands for its issuer.
  const docHead = bracketTo < 0 && DOC_NOUNS.has(w(tokens, k)) && k > sentenceFrom;
  const end = docHead ? k : k + 1;
  const to = bracketTo > 0 ? bracketTo : k + 1;
  let from = end;
  if (docHead) k--;
  while (k >= sentenceFrom && npToken(doc, k)) {
    from = k;
    if (DETERMINERS.has(w(tokens, k)) && !["for", "of", "to"].includes(w(tokens, k - 1))) break;
    k--;
  }
  // Trim leading connective words that happen to be capitalised ("Meanwhile Turkey said").
  while (
    from < to &&
    ((NOT_NAMES.has(w(tokens, from)) && !DETERMINERS.has(w(tokens, from))) ||
      ["for", "of", "'", "s", "-", ".", "to"].includes(w(tokens, from)))
  )
    from++;
  if (from >= end) {
    // "a source familiar with the talks said", "a diplomat close to the negotiations told Reuters"
    const described = describedSource(doc, end, sentenceFrom);
    if (described) return described;
    // Lower-case digests ("guliyev says …"): one word opening the line before the verb is the speaker.
    const t = tokens[k];
    const opens = k === sentenceFrom || tokens[k - 1]?.kind === "punct";
    if (t?.kind === "word" && opens && doc.caseless.has(t.sentence)) return { from: k, to: k + 1 };
    return null;
  }
  // "A UN document seen by Reuters said": the document speaks, not the outlet that saw it.
  if (w(tokens, from - 1) === "by" && SEEN_BY.has(w(tokens, from - 2))) {
    const doc0 = npBefore(doc, from - 2, sentenceFrom);
    return doc0 && DOC_NOUNS.has(w(tokens, doc0.to - 1)) ? doc0 : null;
  }
  // "a senior official in Kyiv said": the place belongs to the speaker's description; "researchers in
  // the US said" without a role before the place is no speaker at all.
  if (["in", "at", "from", "near", "across", "inside", "of"].includes(w(tokens, from - 1))) {
    const head = w(tokens, from - 2);
    // "Doctors at Ayder Referral Hospital in Mekelle": a facility may carry the place too.
    const facility = PLACE_NOUNS.has(head) || !!tokens[from - 2]?.cap;
    if ((!ROLE_WORDS.has(head) && !facility) || from - 2 < sentenceFrom) return null;
    const outer = npBefore(doc, from - 1, sentenceFrom);
    if (!outer) return null;
    return { from: roleList(doc, outer.from, sentenceFrom), to, ...(appositive ? { appositive } : {}) };
  }
  // "France, Russia and the United States said": a list of actors speaks together.
  let f = from;
  while (
    isActorStart(doc, f) &&
    (w(tokens, f - 1) === "and" || w(tokens, f - 1) === ",") &&
    doc.mentionAt[f - 2] &&
    f - 2 >= sentenceFrom
  ) {
    let g = doc.mentionAt[f - 2]?.from ?? f - 2;
    if (DETERMINERS.has(w(tokens, g - 1))) g--;
    // The list must open its clause: "France, Russia and the US said", not "… on Stepanakert, AZ MoD denies".
    const before = tokens[g - 1];
    const opens = before?.kind !== "word" || ["and", "both", "of", "for"].includes(before.norm);
    if (g < sentenceFrom || (g > sentenceFrom && !opens)) break;
    f = g;
  }
  // "The foreign ministers of Russia, France and the US said": the office before the list speaks.
  if (f < from && ["of", "for"].includes(w(tokens, f - 1)) && ROLE_WORDS.has(w(tokens, f - 2))) {
    const outer = npBefore(doc, f - 1, sentenceFrom);
    if (outer && outer.to === f - 1) f = outer.from;
  }
  return { from: roleList(doc, f, sentenceFrom), to, ...(appositive ? { appositive } : {}) };
}

/** Words that tie an unnamed source to what it knows: "familiar with", "briefed on", "close to". */
function sourceTie(doc: Doc, a: number): number {
  const x = w(doc.tokens, a);
  const y = w(doc.tokens, a + 1);
  if ((x === "familiar" && y === "with") || (x === "briefed" && y === "on") || (x === "close" && y === "to"))
    return 2;
  if (
    (x === "involved" && y === "in") ||
    (x === "privy" && y === "to") ||
    (x === "knowledgeable" && y === "about")
  )
    return 2;
  if (x === "with" && y === "knowledge" && w(doc.tokens, a + 2) === "of") return 3;
  return 0;
}

/** "a source familiar with the talks": a role tied to what it knows, up to `end`. */
function describedSource(doc: Doc, end: number, sentenceFrom: number): Np | null {
  for (let a = end - 2; a >= Math.max(sentenceFrom + 1, end - 9); a--) {
    const t = doc.tokens[a];
    if (t?.kind === "punct") return null;
    if (!sourceTie(doc, a)) continue;
    const head = npBefore(doc, a, sentenceFrom);
    if (!head || !ROLE_WORDS.has(w(doc.tokens, head.to - 1)) || head.to !== a) return null;
    return { from: head.from, to: end };
  }
  return null;
}

const isActorStart = (doc: Doc, i: number): boolean =>
  !!doc.mentionAt[i] || (DETERMINERS.has(w(doc.tokens, i)) && !!doc.mentionAt[i + 1]);

/** "Residents and aid workers said": two groups joined by "and" speak together. */
function roleList(doc: Doc, from: number, sentenceFrom: number): number {
  const { tokens } = doc;
  if (w(tokens, from - 1) !== "and" || !ROLE_WORDS.has(w(tokens, from - 2)) || from - 2 < sentenceFrom)
    return from;
  if (
    !ROLE_WORDS.has(w(tokens, from)) &&
    !OFFICE_MODIFIERS.has(w(tokens, from)) &&
    !DETERMINERS.has(w(tokens, from))
  )
    return from;
  const outer = npBefore(doc, from - 1, sentenceFrom);
  return outer && outer.to === from - 1 ? outer.from : from;
}

/** "The UN's humanitarian office, OCHA, said": an acronym set off by commas after an office names it. */
function acronymAfterRole(doc: Doc, c: number, k: number, sentenceFrom: number): boolean {
  if (k - c - 1 < 1 || k - c - 1 > 2) return false;
  for (let i = c + 1; i < k; i++) {
    const t = doc.tokens[i];
    if (!t || !/^\p{Lu}[\p{Lu}\d-]{1,7}$/u.test(t.text)) return false;
  }
  const head = npBefore(doc, c, sentenceFrom);
  if (!head) return false;
  for (let i = head.from; i < head.to; i++) if (ROLE_WORDS.has(w(doc.tokens, i))) return true;
  return false;
}

/** Token range of a noun phrase that starts at `i` ("said Nikol Pashinyan, the prime minister"). */
export function npAfter(
  doc: Doc,
  i: number,
  sentenceTo: number,
): { from: number; to: number; appositive?: [number, number] } | null {
  const { tokens } = doc;
  if (PRONOUNS.has(w(tokens, i))) return { from: i, to: i + 1 };
  // "said a statement from the Sudan Doctors Network": the issuer; "said the statement": whoever issued it.
  if (DETERMINERS.has(w(tokens, i)) && DOC_NOUNS.has(w(tokens, i + 1))) {
    if (["from", "by", "of"].includes(w(tokens, i + 2))) return npAfter(doc, i + 3, sentenceTo);
    return { from: i, to: i + 2 };
  }
  let k = i;
  while (
    k < sentenceTo &&
    npToken(doc, k) &&
    !(k > i && DETERMINERS.has(w(tokens, k)) && !["for", "of", "to"].includes(w(tokens, k - 1)))
  )
    k++;
  while (k > i && ["for", "of", "the", "a", "an", "to", "-", "'", "."].includes(w(tokens, k - 1))) k--;
  if (k === i) return null;
  // "said the Rapid Support Forces (RSF)": the acronym in brackets belongs to the name.
  if (w(tokens, k) === "(" && w(tokens, k + 2) === ")" && tokens[k + 1]?.cap && k + 2 < sentenceTo) k += 3;
  let appositive: [number, number] | undefined;
  if (w(tokens, k) === ",") {
    let e = k + 1;
    while (e < sentenceTo && e < k + 12 && tokens[e]?.kind !== "punct") e++;
    const first = w(tokens, k + 1);
    if (APPOSITIVE_OPENERS.has(first) || ROLE_WORDS.has(first)) appositive = [k + 1, e];
    // "said a nurse, Almaz Tesfaye, who …": the name after a role speaks, the role is its appositive.
    else if (DETERMINERS.has(w(tokens, i)) && ROLE_WORDS.has(w(tokens, k - 1)) && isNameRun(doc, k + 1, e))
      return { from: k + 1, to: e, appositive: [i, k] };
  }
  return { from: i, to: k, ...(appositive ? { appositive } : {}) };
}

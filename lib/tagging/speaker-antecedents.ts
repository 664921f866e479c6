import type { Doc } from "./doc";
import { npAfter, npBefore, w } from "./speaker-phrase";
import { APPOSITIVE_OPENERS, DOC_NOUNS, NOT_NAMES, ROLE_WORDS } from "./speaker-words";
import { resolveSpeaker, type Speaker, type SpeakerContext } from "./speakers";

const ISSUE_VERBS = new Set(
  "issued released published put posted sent circulated shared carried read said added".split(" "),
);

const textOf = (doc: Doc, from: number, to: number): string =>
  doc.text.slice(doc.tokens[from]?.start ?? 0, doc.tokens[to - 1]?.end ?? 0);

/**
 * Who issued "the statement": an actor named in the phrase ("the RSF statement"), else the subject that
 * issued one shortly before ("The army issued a statement. … the statement said"), else the last body
 * that spoke.
 */
export function issuerOf(doc: Doc, from: number, to: number, ctx: SpeakerContext): Speaker | null {
  // "the ministry's statement": the owner speaks.
  for (let k = from + 1; k < to - 1; k++) {
    if (w(doc.tokens, k) !== "'") continue;
    const owner = resolveSpeaker(doc, { from, to: k }, ctx);
    if (owner) return { ...owner, from, to };
  }
  for (let k = from; k < to - 1; k++) {
    const m = doc.mentionAt[k];
    if (m && m.via !== "person")
      return {
        speaker: textOf(doc, m.from, m.to),
        role: null,
        affiliation: m.actor,
        person: false,
        from,
        to,
      };
  }
  const noun = w(doc.tokens, to - 1);
  const si = doc.tokens[from]?.sentence ?? 0;
  for (let s = si; s >= Math.max(0, si - 3); s--) {
    const sen = doc.sentences[s];
    if (!sen) continue;
    const end = s === si ? from : sen.to;
    for (let k = sen.from; k < end; k++) {
      if (w(doc.tokens, k) !== noun) continue;
      // "The army issued a statement": the subject of the verb before the document.
      for (let v = k - 1; v > sen.from && v >= k - 4; v--) {
        if (!ISSUE_VERBS.has(w(doc.tokens, v))) continue;
        const np = npBefore(doc, v, sen.from);
        const sp = np && !DOC_NOUNS.has(w(doc.tokens, np.to - 1)) ? resolveSpeaker(doc, np, ctx) : null;
        if (sp) return { ...sp, from, to };
      }
    }
  }
  // A statement or communique with no issuer named: the body that spoke just before.
  if (noun === "report" || noun === "post" || noun === "message") return null;
  const last = ctx.others[ctx.others.length - 1];
  const near = last && (doc.tokens[last.from]?.sentence ?? -9) >= si - 3;
  return last && near ? { ...last, from, to } : null;
}

const nameTok = (doc: Doc, k: number): boolean => {
  const t = doc.tokens[k];
  const m = doc.mentionAt[k];
  return (
    t?.kind === "word" &&
    t.cap &&
    !ROLE_WORDS.has(t.norm) &&
    !NOT_NAMES.has(t.norm) &&
    (!m || m.via === "person")
  );
};

/**
 * The last person introduced with a role in the sentences before `at` ("Oleh Marchenko, the regional
 * governor, …"; "Governor Oleh Marchenko …"), for a "he" or "she" with no speaker before it.
 */
export function namedBefore(doc: Doc, at: number): Speaker | null {
  const si = doc.tokens[at]?.sentence ?? 0;
  const first = doc.sentences[Math.max(0, si - 3)]?.from ?? 0;
  for (let k = at - 1; k >= first; k--) {
    if (!nameTok(doc, k)) continue;
    let a = k;
    while (a - 1 >= first && nameTok(doc, a - 1) && doc.tokens[a - 1]?.sentence === doc.tokens[k]?.sentence)
      a--;
    const len = k + 1 - a;
    const sen = doc.sentences[doc.tokens[k]?.sentence ?? 0];
    if (len >= 2 && len <= 4 && sen) {
      const roleBefore = ROLE_WORDS.has(w(doc.tokens, a - 1));
      const after = w(doc.tokens, k + 1) === ",";
      const roleAfter =
        after && (APPOSITIVE_OPENERS.has(w(doc.tokens, k + 2)) || ROLE_WORDS.has(w(doc.tokens, k + 2)));
      // "Amina Yusuf, 41, fled …": an age marks a person too.
      const aged = after && doc.tokens[k + 2]?.kind === "num" && w(doc.tokens, k + 3) === ",";
      if (roleBefore || roleAfter || aged) {
        const np = npBefore(doc, k + 1, sen.from);
        let e = k + 2;
        while (e < sen.to && e < k + 12 && doc.tokens[e]?.kind !== "punct") e++;
        const appositive: [number, number] | undefined = roleAfter ? [k + 2, e] : undefined;
        const sp = np
          ? resolveSpeaker(doc, { ...np, ...(appositive ? { appositive } : {}) }, { people: [], others: [] })
          : null;
        if (sp?.person) return sp;
      }
    }
    k = a;
  }
  return null;
}

/** Offices held by one person: "the envoy", "the Kremlin spokesman", "the regional governor". */
const PERSON_ROLES = new Set(
  `envoy minister spokesman spokeswoman spokesperson president ambassador commander chief official diplomat
   governor mayor prosecutor adviser advisor aide secretary head leader director coordinator commissioner
   general premier chancellor king emir ombudsman rapporteur representative negotiator mediator`.split(/\s+/),
);

/** The office that opened the sentence before `at` ("The UN envoy met …"), for a "he" or "she" after it. */
export function officeBefore(doc: Doc, at: number): Speaker | null {
  const si = doc.tokens[at]?.sentence ?? 0;
  const prev = doc.sentences[si - 1];
  const own = doc.sentences[si];
  if (!prev || !own || at > own.from + 1) return null;
  const np = npAfter(doc, prev.from, prev.to);
  const next = np ? doc.tokens[np.to] : undefined;
  if (!np || next?.kind !== "word" || next.cap || !PERSON_ROLES.has(w(doc.tokens, np.to - 1))) return null;
  return resolveSpeaker(doc, np, { people: [], others: [] });
}

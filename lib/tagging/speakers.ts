import type { Doc } from "./doc";
import type { PersonEntry } from "./lexicon-schema";
import { acronymActor, cyrillicSide, firstActor } from "./speaker-actors";
import { issuerOf, namedBefore, officeBefore } from "./speaker-antecedents";
import {
  DOC_NOUNS,
  isParticle,
  NOT_NAMES,
  nameWord,
  OFFICE_MODIFIERS,
  PRONOUNS,
  ROLE_WORDS,
  TITLE_ABBR,
} from "./speaker-words";

/** Who said something, as far as the sentence (and the lexicon) tells. */
export interface Speaker {
  speaker: string;
  role: string | null;
  affiliation: string | null;
  /** A named person rather than a role or an institution. */
  person: boolean;
  /** The lexicon entry of a known person, so that later spellings map back to the first one. */
  entry?: PersonEntry;
  /** Token range of the words that name the speaker, or of the pronoun that points back to one. */
  from: number;
  to: number;
}

/** What came before in the article, for "he said" and "the ministry said". */
export interface SpeakerContext {
  people: Speaker[];
  others: Speaker[];
}

import { NP_INNER, npAfter, npBefore, w } from "./speaker-phrase";

export { npAfter, npBefore };

function textOf(doc: Doc, from: number, to: number): string {
  const a = doc.tokens[from];
  const b = doc.tokens[to - 1];
  return a && b ? doc.text.slice(a.start, b.end) : "";
}

/** Role words as written, e.g. "Foreign Minister" out of "Turkish Foreign Minister Mevlut Cavusoglu". */
function roleIn(doc: Doc, from: number, to: number): string | null {
  let a = -1;
  let b = -1;
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k];
    if (!t) continue;
    const m = doc.mentionAt[k];
    // Role words inside a multi-word name still read as the role ("AZ MoD"); a one-word name does not.
    const inName = m && (m.to - m.from === 1 || doc.lex.actors.get(m.actor)?.kind !== "country");
    if (ROLE_WORDS.has(t.norm) && !inName) {
      if (a < 0) a = k;
      b = k + 1;
    } else if (a >= 0 && !(NP_INNER.has(t.norm) && b === k)) break;
  }
  return a >= 0 ? textOf(doc, a, b) : null;
}

// A unit's noun ends a place's name, even in capitals: "the governor of Belgorod Region Igor Semyonov".
const UNIT_NOUNS = new Set([
  "region",
  "oblast",
  "province",
  "district",
  "governorate",
  "krai",
  "raion",
  "rayon",
]);

/**
 * Turn a noun phrase into a speaker: a named person (lexicon or capitalised name), else the role as
 * written, else the country or organisation; "he"/"she" point back to the last person quoted or named.
 */
export function resolveSpeaker(
  doc: Doc,
  np: { from: number; to: number; appositive?: [number, number] },
  ctx: SpeakerContext,
): Speaker | null {
  const { tokens } = doc;
  const { from, to } = np;
  if (to - from === 1 && (w(tokens, from) === "it" || w(tokens, from) === "they")) {
    // "it said": the last organisation or country that spoke or was named.
    const last = ctx.others[ctx.others.length - 1];
    if (last) return { ...last, from, to };
    let m = null;
    for (const x of doc.mentions) {
      if (x.from >= from) break;
      if (x.via === "name" || x.via === "metonym") m = x;
    }
    return m
      ? { speaker: textOf(doc, m.from, m.to), role: null, affiliation: m.actor, person: false, from, to }
      : null;
  }
  if (to - from === 1 && PRONOUNS.has(w(tokens, from))) {
    const before = tokens[from]?.start ?? 0;
    let best: Speaker | null = null;
    for (const p of ctx.people) if ((tokens[p.from]?.start ?? 0) < before) best = p;
    for (const m of doc.mentions) {
      if (m.from >= from) break;
      if (m.via === "person" && m.person && (!best || m.from >= best.to)) {
        const named = textOf(doc, m.from, m.to);
        const fuller = ctx.people.find((p) => p.speaker.endsWith(named));
        best = fuller ?? {
          speaker: textOf(doc, m.from, m.to),
          role: m.person.role,
          affiliation: m.person.affiliation,
          person: true,
          from: m.from,
          to: m.to,
        };
      }
    }
    // "Oleh Marchenko, the regional governor, … he said": a person named with a role, who has not spoken.
    if (!best && w(tokens, from) !== "it") best = namedBefore(doc, from);
    // "the spokesman ... he said": a role that spoke last stands for the person.
    if (!best) best = [...ctx.others].reverse().find((o) => o.role !== null) ?? null;
    // "The UN envoy met … . He said …": a person's office that opened the sentence before.
    if (!best && w(tokens, from) !== "it" && w(tokens, from) !== "they") best = officeBefore(doc, from);
    return best ? { ...best, from, to } : null;
  }
  // "un says …" in a line without capitals: the acronym the lexicon knows in capitals.
  const lower = to - from === 1 ? acronymActor(doc, from) : null;
  if (lower)
    return { speaker: textOf(doc, from, to), role: null, affiliation: lower, person: false, from, to };
  // An acronym of an organisation outside the lexicon ("ACLED said") speaks under its own name.
  if (to - from === 1 && /^[A-Z]{3,6}$/.test(tokens[from]?.text ?? "") && !doc.mentionAt[from]) {
    return { speaker: textOf(doc, from, to), role: null, affiliation: null, person: false, from, to };
  }
  if (DOC_NOUNS.has(w(tokens, to - 1)) && to - from >= 2) return issuerOf(doc, from, to, ctx);
  const appRole = np.appositive ? roleIn(doc, np.appositive[0], np.appositive[1]) : null;
  // The appositive speaks for the speaker only when it is a role ("the co-chairs of the Minsk Group"),
  // not a relative clause ("which borders Azerbaijan").
  const appActor = np.appositive && appRole ? firstActor(doc, np.appositive[0], np.appositive[1]) : null;
  // A person: a lexicon entry, or a run of two or more capitalised words that are not roles or actors.
  let personMention = null;
  for (let k = from; k < to; k++) {
    const m = doc.mentionAt[k];
    if (m?.via === "person") personMention = m;
  }
  let nameFrom = -1;
  let nameTo = -1;
  for (let k = to - 1; k >= from; k--) {
    const t = tokens[k];
    if (!t) break;
    const m = doc.mentionAt[k];
    // The "s" of a possessive ("russia's lavrov") and a title cut short ("Gov.", "Brig.") are no name.
    const nameLike =
      t.kind === "word" &&
      (nameWord(t.text, t.cap) || doc.caseless.has(t.sentence) || (nameTo > 0 && isParticle(t.norm))) &&
      !ROLE_WORDS.has(t.norm) &&
      !NOT_NAMES.has(t.norm) &&
      !(t.norm === "s" && w(tokens, k - 1) === "'") &&
      !(TITLE_ABBR.has(t.norm) && w(tokens, k + 1) === ".") &&
      !UNIT_NOUNS.has(t.norm) &&
      (!m || m.via === "person") &&
      !cyrillicSide(t.norm);
    if (nameLike || (nameTo > 0 && (t.norm === "-" || t.norm === "."))) {
      if (nameTo < 0) nameTo = k + 1;
      nameFrom = k;
    } else if (nameTo > 0) break;
  }
  // A dot or dash may join name parts ("U.S.") but never opens a name (". John Smith" after "Gov.").
  while (
    nameFrom >= 0 &&
    nameFrom < nameTo &&
    (w(tokens, nameFrom) === "." || w(tokens, nameFrom) === "-" || isParticle(w(tokens, nameFrom)))
  )
    nameFrom++;
  if (nameFrom >= nameTo) nameFrom = nameTo = -1;
  // "the governor of Kherson Oblast", "a resident of El Geneina": capitalised words after a preposition
  // name the speaker's place or body, not the speaker.
  const lead = w(tokens, nameFrom - 1) === "the" ? nameFrom - 2 : nameFrom - 1;
  if (!personMention && nameFrom > from && ["of", "in", "from", "at", "for"].includes(w(tokens, lead)))
    nameFrom = nameTo = -1;
  const afterTitle = w(tokens, nameFrom - 1) === "." && TITLE_ABBR.has(w(tokens, nameFrom - 2));
  let titleFrom = nameFrom;
  while (
    titleFrom - 2 >= from &&
    w(tokens, titleFrom - 1) === "." &&
    TITLE_ABBR.has(w(tokens, titleFrom - 2))
  )
    titleFrom -= 2;
  const titleRole = titleFrom < nameFrom ? textOf(doc, titleFrom, nameFrom) : null;
  const nameLen = nameTo - nameFrom;
  // One capitalised word is a surname only after a title or a possessive: "Minister Gabriel", "Germany's Gabriel".
  // A lone capitalised word is a surname after a title or a possessive ("Minister Gabriel", "Germany's
  // Gabriel"), when it is the whole phrase ("Guliyev said"), or when a fuller name ended with it.
  const lone = textOf(doc, nameFrom, nameTo);
  const sentenceOf = tokens[from]?.sentence ?? -1;
  const titled =
    nameLen === 1 &&
    nameTo === to &&
    (ROLE_WORDS.has(w(tokens, nameFrom - 1)) ||
      w(tokens, nameFrom - 1) === "s" ||
      afterTitle ||
      (nameFrom === from &&
        to - from === 1 &&
        (/^\p{Lu}\p{Ll}{2,}$/u.test(lone) || doc.shouted.has(sentenceOf) || doc.caseless.has(sentenceOf))) ||
      ctx.people.some((p) => p.speaker.endsWith(` ${lone}`)));
  // "the Nuba Relief Network said": capitalised words before an institution's head word name the body,
  // not a person.
  if (!personMention && nameFrom >= 0 && nameTo < to) {
    let orgHead = true;
    // "the Houthi-run Saba news agency": lower-case office words may lead up to the head word.
    for (let k = nameTo; k < to; k++) {
      const x = w(tokens, k);
      if (!ROLE_WORDS.has(x) && !(k < to - 1 && OFFICE_MODIFIERS.has(x))) orgHead = false;
      if (!tokens[k]?.cap && !OFFICE_MODIFIERS.has(x) && k === nameTo) orgHead = false;
    }
    if (orgHead) nameFrom = nameTo = -1;
  }
  // "Aliyev's office said": the office speaks, for the person's side.
  const officeFrom = nameTo + 2;
  if (
    nameFrom >= 0 &&
    nameTo < to - 2 &&
    w(tokens, nameTo) === "'" &&
    w(tokens, nameTo + 1) === "s" &&
    ROLE_WORDS.has(w(tokens, to - 1))
  ) {
    const pm = doc.mentionAt[nameTo - 1]?.person;
    return {
      speaker: textOf(doc, nameFrom, to),
      role: roleIn(doc, officeFrom, to),
      affiliation: pm?.affiliation ?? firstActor(doc, officeFrom, to) ?? firstActor(doc, from, nameFrom),
      person: false,
      from,
      to,
    };
  }
  if (personMention || (nameFrom >= 0 && (nameLen >= 2 || titled))) {
    const pm = personMention?.person;
    const a = nameFrom >= 0 ? nameFrom : (personMention?.from ?? from);
    const b = nameFrom >= 0 ? nameTo : (personMention?.to ?? to);
    let speaker = textOf(doc, a, b);
    // A surname alone after the full name was given: use the fullest form seen.
    const earlier = ctx.people.find(
      (p) => (pm && p.entry === pm) || (p.speaker.endsWith(speaker) && p.speaker.length > speaker.length),
    );
    if (earlier) speaker = earlier.speaker;
    return {
      speaker,
      role: roleIn(doc, from, a) ?? titleRole ?? appRole ?? earlier?.role ?? pm?.role ?? null,
      affiliation: firstActor(doc, from, a) ?? appActor ?? pm?.affiliation ?? earlier?.affiliation ?? null,
      person: true,
      ...(pm ? { entry: pm } : {}),
      from,
      to,
    };
  }
  const role = roleIn(doc, from, to);
  const actor = firstActor(doc, from, to);
  if (role) {
    let affiliation = actor ?? appActor;
    if (!affiliation) {
      // "the ministry said": the last speaker with the same head word.
      const head = role.toLowerCase().split(/\s+/).pop() ?? "";
      const prior = [...ctx.others].reverse().find((o) => o.role?.toLowerCase().endsWith(head));
      affiliation = prior?.affiliation ?? null;
    }
    return { speaker: textOf(doc, from, to), role, affiliation, person: false, from, to };
  }
  if (actor) {
    return {
      speaker: textOf(doc, from, to),
      role: appRole,
      affiliation: appActor ?? actor,
      person: false,
      from,
      to,
    };
  }
  return null;
}

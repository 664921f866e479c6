import type { Doc } from "./doc";
import type { PersonEntry } from "./lexicon-schema";
import { NOT_NAMES, PRE_VERB, PRONOUNS, ROLE_WORDS } from "./speaker-words";
import type { Token } from "./text";

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

const w = (tokens: Token[], i: number): string => tokens[i]?.norm ?? "";

const NP_INNER = new Set(["the", "a", "an", "for", "of", "'", "s", "-", ".", "to"]);
const DETERMINERS = new Set(["the", "a", "an"]);
const APPOSITIVE_OPENERS = new Set(["which", "who", "whose", "a", "an", "the", "one", "its", "his", "her"]);

function npToken(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (!t) return false;
  if (t.kind === "word") return t.cap || ROLE_WORDS.has(t.norm) || NP_INNER.has(t.norm) || !!doc.mentionAt[i];
  // A dash or dot joins words only when it touches them ("Amir-Abdollahian" split, "U.S."), not " - ".
  const prev = doc.tokens[i - 1];
  const touching = prev !== undefined && prev.end === t.start;
  return t.norm === "'" || ((t.norm === "-" || t.norm === ".") && touching);
}

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
  if (w(tokens, k) === ",") {
    // "Iran, which shares a border with Azerbaijan, has said ..."; "Hikmet Hajiyev, an aide to the president, said"
    let c = k - 1;
    while (c > sentenceFrom && w(tokens, c) !== ",") c--;
    if (c <= sentenceFrom) return null;
    const opener = w(tokens, c + 1);
    if (isNameRun(doc, c + 1, k)) {
      // "A spokeswoman for the ministry, Leyla Abdullayeva, said": the name speaks, the phrase is her role.
      const head = npBefore(doc, c, sentenceFrom);
      return {
        from: c + 1,
        to: k,
        ...(head ? { appositive: [head.from, head.to] as [number, number] } : {}),
      };
    }
    if (!APPOSITIVE_OPENERS.has(opener) && !ROLE_WORDS.has(opener)) return null;
    appositive = [c + 1, k];
    k = c - 1;
  }
  const to = k + 1;
  let from = to;
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
  if (from >= to) return null;
  // "a senior official in Kyiv said": the place belongs to the speaker's description; "researchers in
  // the US said" without a role before the place is no speaker at all.
  if (["in", "at", "from", "near", "across", "inside", "of"].includes(w(tokens, from - 1))) {
    const head = w(tokens, from - 2);
    if (!ROLE_WORDS.has(head) || from - 2 < sentenceFrom) return null;
    const outer = npBefore(doc, from - 1, sentenceFrom);
    if (!outer) return null;
    return { from: outer.from, to, ...(appositive ? { appositive } : {}) };
  }
  // "France, Russia and the United States said": a list of actors speaks together.
  let f = from;
  const isActorStart = (i: number) =>
    !!doc.mentionAt[i] || (DETERMINERS.has(w(tokens, i)) && !!doc.mentionAt[i + 1]);
  while (
    isActorStart(f) &&
    (w(tokens, f - 1) === "and" || w(tokens, f - 1) === ",") &&
    doc.mentionAt[f - 2]
  ) {
    f = doc.mentionAt[f - 2]?.from ?? f - 2;
    if (DETERMINERS.has(w(tokens, f - 1))) f--;
  }
  return { from: f, to, ...(appositive ? { appositive } : {}) };
}

/** Two to four capitalised words that are not roles or actors: a person's name. */
function isNameRun(doc: Doc, from: number, to: number): boolean {
  if (to - from < 2 || to - from > 4) return false;
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k];
    if (t?.kind !== "word" || !t.cap || ROLE_WORDS.has(t.norm)) return false;
    const m = doc.mentionAt[k];
    if (m && m.via !== "person") return false;
  }
  return true;
}

/** Token range of a noun phrase that starts at `i` ("said Nikol Pashinyan, the prime minister"). */
export function npAfter(
  doc: Doc,
  i: number,
  sentenceTo: number,
): { from: number; to: number; appositive?: [number, number] } | null {
  const { tokens } = doc;
  if (PRONOUNS.has(w(tokens, i))) return { from: i, to: i + 1 };
  let k = i;
  while (
    k < sentenceTo &&
    npToken(doc, k) &&
    !(k > i && DETERMINERS.has(w(tokens, k)) && !["for", "of", "to"].includes(w(tokens, k - 1)))
  )
    k++;
  while (k > i && ["for", "of", "the", "a", "an", "to", "-", "'", "."].includes(w(tokens, k - 1))) k--;
  if (k === i) return null;
  let appositive: [number, number] | undefined;
  if (w(tokens, k) === ",") {
    let e = k + 1;
    while (e < sentenceTo && e < k + 12 && tokens[e]?.kind !== "punct") e++;
    const first = w(tokens, k + 1);
    if (APPOSITIVE_OPENERS.has(first) || ROLE_WORDS.has(first)) appositive = [k + 1, e];
  }
  return { from: i, to: k, ...(appositive ? { appositive } : {}) };
}

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
    // "the spokesman ... he said": a role that spoke last stands for the person.
    if (!best) best = [...ctx.others].reverse().find((o) => o.role !== null) ?? null;
    return best ? { ...best, from, to } : null;
  }
  // An acronym of an organisation outside the lexicon ("ACLED said") speaks under its own name.
  if (to - from === 1 && /^[A-Z]{3,6}$/.test(tokens[from]?.text ?? "") && !doc.mentionAt[from]) {
    return { speaker: textOf(doc, from, to), role: null, affiliation: null, person: false, from, to };
  }
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
    const nameLike =
      t.kind === "word" &&
      t.cap &&
      !ROLE_WORDS.has(t.norm) &&
      !NOT_NAMES.has(t.norm) &&
      (!m || m.via === "person");
    if (nameLike || (nameTo > 0 && (t.norm === "-" || t.norm === "."))) {
      if (nameTo < 0) nameTo = k + 1;
      nameFrom = k;
    } else if (nameTo > 0) break;
  }
  const nameLen = nameTo - nameFrom;
  // One capitalised word is a surname only after a title or a possessive: "Minister Gabriel", "Germany's Gabriel".
  // A lone capitalised word is a surname after a title or a possessive ("Minister Gabriel", "Germany's
  // Gabriel"), when it is the whole phrase ("Guliyev said"), or when a fuller name ended with it.
  const lone = textOf(doc, nameFrom, nameTo);
  const titled =
    nameLen === 1 &&
    nameTo === to &&
    (ROLE_WORDS.has(w(tokens, nameFrom - 1)) ||
      w(tokens, nameFrom - 1) === "s" ||
      (nameFrom === from && to - from === 1 && /^\p{Lu}\p{Ll}{2,}$/u.test(lone)) ||
      ctx.people.some((p) => p.speaker.endsWith(` ${lone}`)));
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
      role: roleIn(doc, from, a) ?? appRole ?? earlier?.role ?? pm?.role ?? null,
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

function firstActor(doc: Doc, from: number, to: number): string | null {
  for (let k = from; k < to; k++) {
    const m = doc.mentionAt[k];
    if (m && m.via !== "person") return m.actor;
  }
  return null;
}

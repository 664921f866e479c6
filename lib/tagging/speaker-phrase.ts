import type { Doc } from "./doc";
import { NOT_NAMES, PRE_VERB, PRONOUNS, ROLE_WORDS } from "./speaker-words";
import type { Token } from "./text";

export const w = (tokens: Token[], i: number): string => tokens[i]?.norm ?? "";

export const NP_INNER = new Set([
  "the",
  "a",
  "an",
  "for",
  "of",
  "'",
  "s",
  "-",
  ".",
  "to",
  // "one resident", "two officials", "another diplomat"
  "one",
  "two",
  "three",
  "another",
  "several",
  "some",
]);
export const DETERMINERS = new Set(["the", "a", "an"]);
const APPOSITIVE_OPENERS = new Set([
  "which",
  "who",
  "whose",
  "a",
  "an",
  "the",
  "one",
  "its",
  "his",
  "her",
  // asides that describe the occasion, not the speaker: "X, speaking to reporters, said"
  "speaking",
  "writing",
  "addressing",
  "responding",
  "commenting",
  "however",
  "meanwhile",
  "though",
  "in",
  "for",
]);

/** Nouns of places inside a speaker's description: "the governor of Kharkiv region". */
const PLACE_NOUNS = new Set([
  "region",
  "province",
  "oblast",
  "district",
  "city",
  "town",
  "village",
  "county",
  "camp",
  // "a doctor at Ayder hospital said": the facility belongs to the speaker's description too.
  "hospital",
  "clinic",
]);

/** Lower-case words inside an office's name: "the air force", "border guard service", "national security council". */
const OFFICE_MODIFIERS = new Set([
  "air",
  "naval",
  "border",
  "national",
  "regional",
  "intelligence",
  "security",
  "civil",
  "guard",
  "guards",
  "general",
  // grassroots and civic bodies: "a local resistance committee", "the medical relief network"
  "local",
  "resistance",
  "medical",
  "humanitarian",
  "relief",
  "community",
  "tribal",
  "neighbourhood",
  "neighborhood",
  "volunteer",
]);

function npToken(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (!t) return false;
  if (t.kind === "word") {
    return (
      t.cap ||
      ROLE_WORDS.has(t.norm) ||
      NP_INNER.has(t.norm) ||
      PLACE_NOUNS.has(t.norm) ||
      OFFICE_MODIFIERS.has(t.norm) ||
      !!doc.mentionAt[i]
    );
  }
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
    // "Georgia, which lies between the two, has said ..."; "Hikmet Hajiyev, an aide to the president, said"
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
    // "Jeyhun Bayramov, Azerbaijan's foreign minister, said": a possessive actor before the office.
    let possessive = false;
    if (doc.mentionAt[c + 1] && w(tokens, c + 2) === "'") {
      for (let r = c + 3; r < k; r++) if (ROLE_WORDS.has(w(tokens, r))) possessive = true;
    }
    if (!APPOSITIVE_OPENERS.has(opener) && !ROLE_WORDS.has(opener) && !possessive) return null;
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
  if (from >= to) {
    // Lower-case digests ("guliyev says …"): one word opening the line before the verb is the speaker.
    const t = tokens[k];
    const opens = k === sentenceFrom || tokens[k - 1]?.kind === "punct";
    if (t?.kind === "word" && opens && doc.caseless.has(t.sentence)) return { from: k, to: k + 1 };
    return null;
  }
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
